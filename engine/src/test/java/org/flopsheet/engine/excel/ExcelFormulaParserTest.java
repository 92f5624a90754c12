package org.flopsheet.engine.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.flopsheet.engine.unparse.DslFormula;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Excel formulas read back into DSL text, with Excel's grammar and the model's names. */
class ExcelFormulaParserTest {
    /** Defined names as in an exported workbook, and cells B5..B8 of the model sheet holding a, b, c, d. */
    static final ExcelReferences REFS = new ExcelReferences() {
        final Map<String, String> names = Map.of("training_flop", "training_flop", "a", "a", "b", "b", "c", "c");

        @Override
        public String definedName(String name) { return names.get(name); }

        @Override
        public String cell(String sheet, int column, int row) {
            if (sheet != null && !sheet.equals("Model")) return null;
            return column == 2 && row >= 5 && row <= 8 ? "abcd".substring(row - 5, row - 4) : null;
        }
    };

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
        =SQRT(training_flop/(3*a*b*c))   | SQRT(training_flop/(3*a*b*c))
        =-2^2                             | (-2)^2
        =-a^2                             | (-a)^2
        =-(a^2)                           | -a^2
        =2^3^2                            | (2^3)^2
        =a+b*c                            | a + b*c
        =(a+b)*c                          | (a + b)*c
        =a-b-c                            | a - b - c
        =a-(b-c)                          | a - (b - c)
        =3E+25*a                          | 3e25*a
        =1.5E-3                           | 1.5e-3
        =50%*a                            | (50 %)*a
        =a%                               | a/100
        =B5+$B$6                          | a + b
        =Model!B7*'Model'!$B$8            | c*d
        =SUM(B5:B8)                       | SUM(a, b, c, d)
        =MAX(a, b, 1)                     | MAX(a, b, 1)
        =_xlfn.SQRT(a)                    | SQRT(a)
        =IF(a>b,a,b)                      | IF(a > b, a, b)
        =a<>b                             | a != b
        =a=b                              | a == b
        = a * ( b + 1 )                   | a*(b + 1)
        =TRUE                             | TRUE
        =Model!a*'Model'!b                | a*b
        # text, &, array constants and empty arguments, as a person types them
        ="GPU: "&a                        | "GPU: " & a
        ="say ""hi""\"                    | "say ""hi""\"
        =a&b+1                            | a & b + 1
        =(a&b)+1                          | (a & b) + 1
        =INDEX({312,989;80,141},2,1)      | INDEX({312, 989; 80, 141}, 2, 1)
        =MATCH("H100",{"A100","H100"},0)  | MATCH("H100", {"A100", "H100"}, 0)
        ={-1,TRUE}                        | {-1, TRUE}
        =ROUND(a,)                        | ROUND(a, )
        =_xlfn.XLOOKUP(a,b,c)             | XLOOKUP(a, b, c)
        =_xlfn._xlws.SORT(a)              | SORT(a)
        =SUM(B5:B8)&"x"                   | SUM(a, b, c, d) & "x"
        =LARGE(B5:B7,2)                   | LARGE(a, b, c, 2)
        =LARGE((B5,B6:B7),2)              | LARGE(a, b, c, 2)
        =LARGE((a+b),2)                   | LARGE(a + b, 2)
        =MEDIAN(B5:B8)                    | MEDIAN(a, b, c, d)
        """)
    void readsExcelFormulas(String excel, String dsl) {
        assertEquals(dsl, DslFormula.of(ExcelFormulaParser.parse(excel, REFS)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        =INDIRECT("A1")   | the function INDIRECT is not supported
        ="x               | never closed
        ={1,2;3}          | differ in length
        ={1,a}            | numbers, text and TRUE/FALSE only
        =unknown_name*2   | the name 'unknown_name' is not a quantity of this model
        =C9+1             | the cell C9 holds no quantity of this model
        =Other!B5         | the cell Other!B5 holds no quantity
        =#DIV/0!          | an error literal
        =SQRT(a           | expected ')'
        =SQRT(a,b)        | SQRT takes 1 argument, but 2 were given
        =B5:B6            | a range
        =((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a | nests more than 256 levels
        =SUM(B5:C6)       | only one-row or one-column ranges
        =INDEX(B5:B6,2)   | a range in INDEX cannot be read back
        =MATCH(a,B5:B7,0) | a range in MATCH cannot be read back
        =SUMPRODUCT(B5:B6,B7:B8) | a range in SUMPRODUCT cannot be read back
        """)
    void refusesWhatTheModelCannotHold(String excel, String reason) {
        ExcelFormulaException e = assertThrows(ExcelFormulaException.class, () -> ExcelFormulaParser.parse(excel, REFS));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    /** As {@link #REFS}, for a formula in cell C7, and with C5..E8 holding c5, d5 ...; empty cells are skipped in lists. */
    static final ExcelReferences IN_C7 = new ExcelReferences() {
        @Override
        public String definedName(String name) { return null; }

        @Override
        public String cell(String sheet, int column, int row) {
            return column >= 2 && column <= 5 && row >= 5 && row <= 8 ? CellAddress.columnName(column).toLowerCase() + row : null;
        }

        @Override
        public CellAddress host() { return new CellAddress(3, 7); }

        @Override
        public boolean allowsAreas() { return true; }

        @Override
        public boolean skippedInRange(String sheet, int column, int row) { return cell(sheet, column, row) == null; }
    };

    @ParameterizedTest(name = "in C7: {0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # a range where one value is expected is the cell in the formula's row (or column): Excel's implicit intersection
        =B5:B8*2                  | b7*2
        =ROUND(B5:B8,)            | ROUND(b7, )
        =$B$5:$E$5                | c5
        =B:B                      | b7
        =Model!$D:$D+1            | d7 + 1
        # in a list, a range is its cells (empty ones left out), a lone reference a range of one cell
        =SUM(B5:C6)               | SUM(b5, c5, b6, c6)
        =SUM(B:B)                 | SUM(b5, b6, b7, b8)
        =LARGE(B5:B8,2)           | LARGE(b5, b6, b7, b8, 2)
        =AND(C5:C6,TRUE)          | AND(c5, c6, TRUE)
        =SUM(A1,B5)               | SUM(b5)
        =ROUND(B5,1)              | ROUND(b5, 1)
        """)
    void readsRangesAsExcelDoesInACell(String excel, String dsl) {
        assertEquals(dsl, DslFormula.of(ExcelFormulaParser.parse(excel, IN_C7)));
    }

    @ParameterizedTest(name = "in C7: {0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
        =B5:C6                    | meets neither the row nor the column of C7, so Excel gives #VALUE!
        =B1:B4                    | meets neither the row nor the column of C7
        =INDEX(B5:B8,2)           | a range in INDEX cannot be read back
        =COUNTIF(B:B,">1")        | a range in COUNTIF cannot be read back
        """)
    void refusesARangeItCannotReadInACell(String excel, String reason) {
        ExcelFormulaException e = assertThrows(ExcelFormulaException.class, () -> ExcelFormulaParser.parse(excel, IN_C7));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aFlatFormulaOfTwentyThousandTermsIsRefusedNotAStackOverflow() {
        String excel = "=a" + "+a".repeat(19_999);
        ExcelFormulaException e = assertThrows(ExcelFormulaException.class, () -> ExcelFormulaParser.parse(excel, REFS));
        assertTrue(e.getMessage().contains("the formula is 20000 operations deep, more than the 1000 flopsheet accepts"), e.getMessage());
        assertEquals("a + a + a", DslFormula.of(ExcelFormulaParser.parse("=a+a+a", REFS)));
    }
}
