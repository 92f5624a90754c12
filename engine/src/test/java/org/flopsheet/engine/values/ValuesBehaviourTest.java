package org.flopsheet.engine.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.TestSheets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text, logicals and arrays as Excel treats them, row by row: what a formula gives (text as is, arrays
 * as Excel writes an array constant, ';' between rows).
 */
class ValuesBehaviourTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # text in arithmetic is read as a number when it is one
        "3" + 1                  | 4
        "1.5e3" * 2              | 3000
        "50%" * 10               | 5
        "a" + 1                  | #VALUE!
        -"2"                     | -2
        # a logical is never equal to a number, and sorts above numbers; text sorts between them
        TRUE = 1                 | FALSE
        TRUE <> 1                | TRUE
        TRUE > 5                 | TRUE
        FALSE < 0                | FALSE
        1 < "a"                  | TRUE
        "z" < TRUE               | TRUE
        # text compares without case
        "abc" = "ABC"            | TRUE
        "b" > "A"                | TRUE
        # & joins text; numbers show as Excel's General format writes them (15 significant digits)
        "GPU: " & "H100"         | GPU: H100
        1 & 2                    | 12
        "x" & 1/3                | x0.333333333333333
        "x" & 1e20               | x1E+20
        "x" & 0.1 + 0.2          | x0.3
        "a" & TRUE               | aTRUE
        "a" & 1/0                | #DIV/0!
        "he said ""hi""\"       | he said "hi"
        # empty arguments are legal: Excel reads them as 0
        ROUND(2.5,)              | 3
        # an omitted optional argument takes its default on text and arrays too
        LOG("100")               | 2
        LOG({10, 1000})          | {1,3}
        IF(TRUE,,2)              | 0
        IF(FALSE, 1)             | FALSE
        # result types follow the values, not a function's name
        IFERROR(1 > 0, FALSE)    | TRUE
        IFERROR(1/0, FALSE)      | FALSE
        IF(TRUE, "yes", "no")    | yes
        # SUM counts logicals and text typed as arguments, but only the numbers of an array
        SUM(TRUE, 1)             | 2
        SUM("3", 1)              | 4
        SUM("a", 1)              | #VALUE!
        SUM({1, "2", TRUE})      | 1
        AVERAGE({1, "x", 3})     | 2
        MAX({-1, TRUE})          | -1
        # arrays: element by element, a single row or column repeated, #N/A where one operand has no element
        {1, 2, 3} * 2            | {2,4,6}
        {1, 2, 3} + {10, 20, 30} | {11,22,33}
        {1, 2, 3} + {10, 20}     | {11,22,#N/A}
        {1; 2} * {10, 20}        | {10,20;20,40}
        {1, 2} > 1               | {FALSE,TRUE}
        "n" & {1, 2}             | {"n1","n2"}
        SQRT({4, 9})             | {2,3}
        {4, 0} / {2, 0}          | {2,#DIV/0!}
        SUM({1, 2; 3, 4})        | 10
        AND({TRUE, 1})           | TRUE
        OR({0, FALSE})           | FALSE
        IF({TRUE, FALSE}, "a", "b") | {"a","b"}
        IFERROR({1, 0} / {1, 0}, 0) | {1,0}
        IFERROR(1 / {1, 0}, -1)  | {1,-1}
        IFERROR({1; 0} / {0; 0}, {7, 8})   | {7,8;7,8}
        IFNA({1, 2}, {7, 8})               | {1,2}
        # an array given to a list of numbers is that list (flattened, row by row); only scalar parameters lift
        SMALL({1, 2, 3, -8}, 1)            | -8
        LARGE({1, 2; 3, 4}, 2)             | 3
        LARGE({1, 2, 3}, {1, 2})           | {3,2}
        SMALL({1, "-1"}, 1)                | 1
        PERCENTILE.INC({1, 3, 2, 4}, 0.3)  | 1.9
        GCD({4, 8, 12})                    | 4
        LCM({4, 8, 12; 1, 2, 3})           | 24
        MULTINOMIAL({1, 0, 3})             | 4
        # GCD, LCM, MULTINOMIAL read text as numbers and refuse logicals, in arrays too
        GCD({4, "8", 12})                  | 4
        GCD({4, TRUE, 12})                 | #VALUE!
        GCD(4, TRUE)                       | #VALUE!
        MULTINOMIAL(TRUE, 1)               | #VALUE!
        # an empty argument of the functions that came from the Analysis ToolPak is #N/A, elsewhere 0
        MROUND(, 5)                        | #N/A
        MROUND(7, )                        | #N/A
        GCD(, 5)                           | #N/A
        # "" typed in AND, OR, XOR is skipped; with nothing else to go by, #VALUE!
        AND("", TRUE)                      | TRUE
        OR("", FALSE)                      | FALSE
        XOR("", TRUE)                      | TRUE
        AND("")                            | #VALUE!
        OR("0")                            | #VALUE!
        SEQUENCE(0)                        | #VALUE!
        """)
    void evaluatesLikeExcel(String formula, String expected) {
        assertEquals(expected, TestSheets.value(formula));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # Microsoft's documented examples where the function's page gives them; array constants stand for its ranges
        LEN("Phoenix, AZ")                        | 11
        LEN("")                                   | 0
        LEFT("Sale Price", 4)                     | Sale
        LEFT("Sweden")                            | S
        RIGHT("Sale Price", 5)                    | Price
        RIGHT("Stock Number")                     | r
        MID("Fluid Flow", 1, 5)                   | Fluid
        MID("Fluid Flow", 7, 20)                  | Flow
        MID("Fluid Flow", 20, 5)                  | ''
        MID("Fluid Flow", 0, 5)                   | #VALUE!
        UPPER("total")                            | TOTAL
        LOWER("E. E. Cummings")                   | e. e. cummings
        PROPER("this is a TITLE")                 | This Is A Title
        PROPER("2-way street")                    | 2-Way Street
        PROPER("76BudGet")                        | 76Budget
        TRIM(" First Quarter   Earnings ")        | First Quarter Earnings
        SUBSTITUTE("Sales Data", "Sales", "Cost") | Cost Data
        SUBSTITUTE("Quarter 1, 2008", "1", "2", 1) | Quarter 2, 2008
        SUBSTITUTE("Quarter 1, 2011", "1", "2", 3) | Quarter 1, 2012
        REPLACE("abcdefghijk", 6, 5, "*")         | abcde*k
        REPLACE("2009", 3, 2, "10")               | 2010
        FIND("M", "Miriam McGovern")              | 1
        FIND("m", "Miriam McGovern")              | 6
        FIND("M", "Miriam McGovern", 3)           | 8
        FIND("z", "Miriam McGovern")              | #VALUE!
        SEARCH("e", "Statements", 6)              | 7
        SEARCH("margin", "Profit Margin")         | 8
        SEARCH("p*t", "Profit Margin")            | 1
        REPT("*-", 3)                             | *-*-*-
        REPT("x", -1)                             | #VALUE!
        EXACT("word", "word")                     | TRUE
        EXACT("Word", "word")                     | FALSE
        ISTEXT("H100")                            | TRUE
        ISTEXT(100)                               | FALSE
        VALUE("$1,000")                           | 1000
        VALUE("1.5e3")                            | 1500
        VALUE("abc")                              | #VALUE!
        TEXT(1234.567, "$#,##0.00")               | $1,234.57
        TEXT(0.285, "0.0%")                       | 28.5%
        TEXT(1234.567, "0.00E+00")                | 1.23E+03
        TEXT(4.5, "0")                            | 5
        TEXT(-4.5, "0.00")                        | -4.50
        TEXT(84153.6, "#,##0.00")                 | 84,153.60
        TEXT(0.5, "General")                      | 0.5
        CONCAT("The", " ", "sun", " ", "will come up tomorrow.") | The sun will come up tomorrow.
        CONCAT({"a", "b"; "c", "d"})              | abcd
        CONCATENATE("Stream population for ", "brook trout", " species is ", 32, "/mile") | Stream population for brook trout species is 32/mile
        TEXTJOIN(", ", TRUE, "US Dollar", "", "Euro") | US Dollar, Euro
        TEXTJOIN(", ", FALSE, "a", "", "b")       | a, , b
        TEXTJOIN("-", TRUE, {1, 2, 3})            | 1-2-3
        LEN({"a", "bb"})                          | {1,2}
        """)
    void textFunctions(String formula, String expected) {
        assertEquals(expected, TestSheets.value(formula));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        INDEX({1, 2; 3, 4}, 2, 2)                            | 4
        INDEX({1, 2; 3, 4}, 0, 2)                            | {2;4}
        INDEX({1, 2; 3, 4}, 2, 0)                            | {3,4}
        INDEX({312, 989, 2250}, 2)                           | 989
        INDEX({1, 2; 3, 4}, 3, 1)                            | #REF!
        INDEX({1, 2; 3, 4}, -1, 1)                           | #VALUE!
        MATCH(39, {25, 38, 40, 41}, 1)                       | 2
        MATCH(39, {25, 38, 40, 41})                          | 2
        MATCH(41, {25, 38, 40, 41}, 0)                       | 4
        MATCH(40, {25, 38, 40, 41}, -1)                      | #N/A
        MATCH("h100", {"A100", "H100", "B200"}, 0)           | 2
        MATCH("B*", {"A100", "H100", "B200"}, 0)             | 3
        MATCH("X", {"A100", "H100"}, 0)                      | #N/A
        XMATCH("H100", {"A100", "H100", "B200"})             | 2
        XMATCH(35, {10, 20, 30, 40}, 1)                      | 4
        XMATCH(35, {10, 20, 30, 40}, -1)                     | 3
        XMATCH(20, {20, 10, 20}, 0, -1)                      | 3
        XLOOKUP("H100", {"A100", "H100"}, {312, 989})        | 989
        XLOOKUP("X", {"A100", "H100"}, {312, 989})           | #N/A
        XLOOKUP("X", {"A100", "H100"}, {312, 989}, "none")   | none
        XLOOKUP("H100", {"A100"; "H100"}, {312, 80; 989, 80}) | {989,80}
        VLOOKUP(2, {1, "a"; 2, "b"; 3, "c"}, 2, FALSE)       | b
        VLOOKUP(2.5, {1, "a"; 2, "b"; 3, "c"}, 2)            | b
        VLOOKUP(2.5, {1, "a"; 2, "b"; 3, "c"}, 2, TRUE)      | b
        VLOOKUP(0, {1, "a"; 2, "b"}, 2)                      | #N/A
        VLOOKUP(1, {1, "a"; 2, "b"}, 3)                      | #REF!
        VLOOKUP(1, {1, "a"; 2, "b"}, 0)                      | #VALUE!
        VLOOKUP("h1*", {"A100", 312; "H100", 989}, 2, FALSE) | 989
        HLOOKUP("b", {"a", "b"; 1, 2}, 2, FALSE)             | 2
        CHOOSE(2, "1st", "2nd", "3rd")                       | 2nd
        CHOOSE(4, 1, 2, 3)                                   | #VALUE!
        CHOOSE(0, 1, 2, 3)                                   | #VALUE!
        ROWS({1, 2; 3, 4; 5, 6})                             | 3
        COLUMNS({1, 2; 3, 4; 5, 6})                          | 2
        ROWS(7)                                              | 1
        TRANSPOSE({1, 2, 3})                                 | {1;2;3}
        TRANSPOSE({1, 2; 3, 4})                              | {1,3;2,4}
        SORT({3; 1; 2})                                      | {1;2;3}
        SORT({3; 1; 2}, 1, -1)                               | {3;2;1}
        SORT({"b", 2; "a", 1; "c", 3}, 2)                    | {"a",1;"b",2;"c",3}
        SORT({3, 1, 2}, 1, 1, TRUE)                          | {1,2,3}
        SORT({TRUE; "b"; 2})                                 | {2;"b";TRUE}
        UNIQUE({1; 2; 1; 3})                                 | {1;2;3}
        UNIQUE({1; 2; 1; 3}, FALSE, TRUE)                    | {2;3}
        UNIQUE({"a"; "A"})                                   | a
        FILTER({1; 2; 3}, {TRUE; FALSE; TRUE})               | {1;3}
        FILTER({1, 2, 3}, {1, 0, 1})                         | {1,3}
        FILTER({1; 2}, {FALSE; FALSE})                       | #CALC!
        FILTER({1; 2}, {FALSE; FALSE}, "none")               | none
        FILTER({1; 2}, {TRUE, FALSE})                        | #VALUE!
        SEQUENCE(2, 3)                                       | {1,2,3;4,5,6}
        SEQUENCE(3, 1, 10, -2)                               | {10;8;6}
        SEQUENCE(1)                                          | 1
        """)
    void lookupAndArrayFunctions(String formula, String expected) {
        assertEquals(expected, TestSheets.value(formula));
    }

    /** Excel takes only ranges in the criteria functions' ranges, so the rows name array quantities: a, b, c. */
    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
        a = {100000, 200000, 300000, 400000} && b = {7000, 14000, 21000, 28000} | SUMIF(a, ">160000", b) | 63000
        a = {100000, 200000, 300000, 400000}                                  | SUMIF(a, ">160000")    | 900000
        a = {100000, 200000, 300000, 400000} && b = {7000, 14000, 21000, 28000} | SUMIF(a, 300000, b)    | 21000
        a = {"Vegetables", "Fruits", "Vegetables"} && b = {2300, 5500, 800}    | SUMIF(a, "Fruits", b)  | 5500
        a = {"Vegetables", "Fruits", "Vegetables"} && b = {2300, 5500, 800}    | SUMIF(a, "V*", b)      | 3100
        a = {1, 2} && b = {1, 2, 3}                                           | SUMIF(a, ">0", b)      | #VALUE!
        a = {"apples", "oranges", "peaches", "apples"}                        | COUNTIF(a, "apples")   | 2
        a = {32, 54, 75, 86}                                                  | COUNTIF(a, ">55")      | 2
        a = {32, 54, 75, 86}                                                  | COUNTIF(a, "<>" & 75)  | 3
        a = {"apples", "oranges", "peaches", "apples"}                        | COUNTIF(a, "*es")      | 4
        a = {"apples", "oranges", "peaches", "apples"}                        | COUNTIF(a, "?????es")  | 2
        a = {1, "1", TRUE}                                                    | COUNTIF(a, 1)          | 1
        a = {7000, 14000, 21000, 28000}                                       | AVERAGEIF(a, "<23000") | 14000
        a = {7000, 14000}                                                     | AVERAGEIF(a, ">50000") | #DIV/0!
        a = {5, 4, 15, 3, 22, 12, 10, 33} && b = {"Apples", "Apples", "Artichokes", "Artichokes", "Bananas", "Bananas", "Carrots", "Carrots"} && d = {"Tom", "Sarah", "Tom", "Sarah", "Tom", "Sarah", "Tom", "Sarah"} | SUMIFS(a, b, "=A*", d, "Tom") | 20
        a = {5, 4, 15, 3, 22, 12, 10, 33} && b = {"Apples", "Apples", "Artichokes", "Artichokes", "Bananas", "Bananas", "Carrots", "Carrots"} && d = {"Tom", "Sarah", "Tom", "Sarah", "Tom", "Sarah", "Tom", "Sarah"} | SUMIFS(a, b, "<>Bananas", d, "Tom") | 30
        a = {"Yes", "Yes", "Yes", "No"} && b = {"No", "Yes", "Yes", "Yes"}    | COUNTIFS(a, "=Yes", b, "=Yes") | 2
        a = {75, 94, 86}                                                      | AVERAGEIFS(a, a, ">70", a, "<90") | 80.5
        a = {89, 93, 96, 85, 91, 88} && b = {1, 2, 2, 3, 1, 1}                | MAXIFS(a, b, 1)        | 91
        a = {89, 93, 96, 85, 91, 88} && b = {1, 2, 2, 3, 1, 1}                | MINIFS(a, b, 1)        | 88
        a = {10, 11} && b = {"a", "b"}                                        | MAXIFS(a, b, "c")      | 0
        a = {3, 4; 8, 6; 1, 9} && b = {2, 7; 6, 7; 5, 3}                      | SUMPRODUCT(a, b)       | 156
        a = {1, 2} && b = {3, 4, 5}                                           | SUMPRODUCT(a, b)       | #VALUE!
        a = {1, "a", 3}                                                       | SUMPRODUCT(a)          | 4
        """)
    void criteriaFunctions(String ranges, String formula, String expected) {
        String inputs = "input " + String.join("\ninput ", ranges.split(" && ")) + "\n";
        assertEquals(expected, TestSheets.compile(inputs + "x = " + formula + "\n").evaluate().value("x").text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        COUNTIF({1, 2, 3}, ">1")          | COUNTIF's range must be a quantity
        SUMIF(a, ">1", a * 2)             | SUMIF's sum_range must be a quantity
        SUMIFS(a + 1, a, ">1")            | SUMIFS's sum_range must be a quantity
        """)
    void criteriaRangesAreQuantitiesAsExcelsAreRanges(String formula, String message) {
        var e = TestSheets.error("input a = {1, 2, 3}\nx = " + formula + "\n");
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
