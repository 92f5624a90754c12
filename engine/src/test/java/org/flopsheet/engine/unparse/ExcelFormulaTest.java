package org.flopsheet.engine.unparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelFormulaTest {

    /** Each row: a formula in the DSL (over inputs a, b, flag and d, a duration in days) and the Excel text it must become. */
    @ParameterizedTest(name = "{0}  ->  ={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # DSL                              | Excel
        a + b * 2                          | a+b*2
        (a + b) * 2                        | (a+b)*2
        a - (b - 1)                        | a-(b-1)
        (a - b) - 1                        | a-b-1
        a / (b * 2)                        | a/(b*2)
        a / b / 2                          | a/b/2
        sqrt(a / (3*b*a*b))                | SQRT(a/(3*b*a*b))
        -2^2                               | -(2^2)
        (-2)^2                             | (-2)^2
        (-a)^b                             | (-a)^b
        -a^2                               | -(a^2)
        2^3^2                              | 2^(3^2)
        (2^3)^2                            | 2^3^2
        a^-1                               | a^(-1)
        a - -b                             | a-(-b)
        a * -b                             | a*(-b)
        -a * b                             | -a*b
        -(a + b)                           | -(a+b)
        +a                                 | +a
        3e25                               | 3E+25
        1_000                              | 1000
        4.714045207910317e11               | 4.714045207910317E+11
        1e-7                               | 1E-7
        0.1                                | 0.1
        a = b                              | a=b
        a == b                             | a=b
        a != b                             | a<>b
        a <> b                             | a<>b
        a + 1 >= b * 2                     | a+1>=b*2
        (a > b) = flag                     | (a>b)=flag
        TRUE                               | TRUE
        if(a > b, a, b)                    | IF(a>b,a,b)
        IF(and(flag, a < b), 1, 0)         | IF(AND(flag,a<b),1,0)
        not(flag)                          | NOT(flag)
        max(a, b, 3) + min(a, 1)           | MAX(a,b,3)+MIN(a,1)
        log(a, 2) + log10(b) + ln(pi())    | LOG(a,2)+LOG10(b)+LN(PI())
        power(a, 0.5)                      | POWER(a,0.5)
        round(a / 3, 2)                    | ROUND(a/3,2)
        mod(-a, b)                         | MOD(-a,b)
        "GPU: " & a                        | "GPU: "&a
        "say ""hi""\" & a                  | "say ""hi""\"&a
        a & b + 1                          | a&b+1
        (a & b) + 1                        | (a&b)+1
        {312, 989; 80, -141}               | {312,989;80,-141}
        INDEX({312, 989, 2250}, MATCH("H100", {"A100", "H100", "B200"}, 0)) | INDEX({312,989,2250},MATCH("H100",{"A100","H100","B200"},0))
        XLOOKUP("H100", {"A100", "H100"}, {312, 989}) | _xlfn.XLOOKUP("H100",{"A100","H100"},{312,989})
        SORT({3; 1}) + FILTER({1; 2}, {TRUE; FALSE}) | _xlfn._xlws.SORT({3;1})+_xlfn._xlws.FILTER({1;2},{TRUE;FALSE})
        TEXTJOIN(", ", TRUE, {"a", "b"})   | _xlfn.TEXTJOIN(", ",TRUE,{"a","b"})
        round(a, )                         | ROUND(a,)
        if(flag, , 2)                      | IF(flag,,2)
        LARGE(a, b, a, 2)                  | LARGE((a,b,a),2)
        PERCENTILE.INC(a, b, 0.3)          | _xlfn.PERCENTILE.INC((a,b),0.3)
        SMALL(3, -1.5, 2, 1)               | SMALL({3,-1.5,2},1)
        LARGE(a, 2)                        | LARGE(a,2)
        SUM(a, b, 2)                       | SUM(a,b,2)
        """)
    void writesExcelText(String dsl, String excel) throws Exception {
        assertEquals(excel, ExcelFormula.of(formulaOf("x = " + dsl)));
    }

    /** The unit checker's conversions appear as the multiplication and division they are. */
    @ParameterizedTest(name = "{0}  ->  ={1}")
    @CsvSource(delimiter = '|', textBlock = """
        x = d s                  | d*86400
        x = (d + d) s            | (d+d)*86400
        x = -d s                 | -d*86400
        x = d*d s^2              | d*d*7464960000
        x = d min                | d*1440
        x = d + (3 h)            | d+3/24
        x = d week               | d/7
        x = d year               | d*4/1461
        x = 1 / (d + 12 h)       | 1/(d+12/24)
        x = (d + 12 h) / b s     | (d+12/24)/b*86400
        """)
    void writesUnitConversions(String definition, String excel) throws Exception {
        assertEquals(excel, ExcelFormula.of(formulaOf(definition)));
    }

    @ParameterizedTest(name = "{0}  ->  ={1}")
    @CsvSource(delimiter = '|', textBlock = """
        a * b / d    | $C$2*$C$3/'other sheet'!B7
        """)
    void writesReferencesAsTold(String dsl, String excel) throws Exception {
        String text = ExcelFormula.of(formulaOf("x = " + dsl), name -> switch (name) {
            case "a" -> "$C$2";
            case "b" -> "$C$3";
            default -> "'other sheet'!B7";
        });
        assertEquals(excel, text);
    }

    private static Expr formulaOf(String definition) throws Exception {
        Sheet sheet = Compiler.compile(SourceFile.of("t.flop", """
                input a = 2
                input b = 3
                input flag = TRUE
                input d = 2 day
                """ + definition + "\n"));
        return sheet.quantity("x").formula();
    }
}
