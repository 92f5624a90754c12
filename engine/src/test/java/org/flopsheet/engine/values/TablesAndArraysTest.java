package org.flopsheet.engine.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flopsheet.engine.TestSheets;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.eval.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text inputs, array quantities with units, and tables of named columns, through whole sheets. */
class TablesAndArraysTest {
    static final String GPUS = """
            input chosen = "H100" "Accelerator"

            table gpu "Accelerators"
              name   | peak TFLOP/s | memory GB | price dollar/h
              "A100" | 312          | 80        | 1.5
              "H100" | 989          | 80        | 2.5
              "B200" | 2250         | 192       | 4
            end

            peak = XLOOKUP(chosen, gpu_name, gpu_peak)
            memory = INDEX(gpu_memory, MATCH(chosen, gpu_name, 0)) GB
            price = XLOOKUP(chosen, gpu_name, gpu_price)
            flop_per_dollar = peak / price PFLOP/dollar
            fastest = INDEX(gpu_name, MATCH(MAX(gpu_peak), gpu_peak, 0))
            name_line = "GPU: " & chosen
            literal_peak = INDEX({312, 989, 2250}, MATCH(chosen, {"A100", "H100", "B200"}, 0)) TFLOP/s
            """;

    @Test
    void theIssuesExamplesAndATableLookup() {
        Sheet sheet = TestSheets.compile(GPUS);
        Evaluation e = sheet.evaluate();
        assertEquals("989", e.value("peak").text());
        assertEquals("TFLOP/s", sheet.quantity("peak").unitText());
        assertEquals("80", e.value("memory").text());
        assertEquals("GB", sheet.quantity("memory").unitText());
        assertEquals("GPU: H100", e.value("name_line").text());
        assertEquals("989", e.value("literal_peak").text());
        assertEquals("TFLOP/s", sheet.quantity("literal_peak").unitText());
        assertEquals("B200", e.value("fastest").text());
        // 989 TFLOP/s for 2.5 dollar an hour: 989e12 * 3600 / 2.5 FLOP per dollar, shown in PFLOP
        assertEquals(989e12 * 3600 / 2.5 / 1e15, ((Value.Num) e.value("flop_per_dollar")).value(), 1e-9);
        assertEquals("{312;989;2250}", e.value("gpu_peak").text());
        assertEquals("{\"A100\";\"H100\";\"B200\"}", e.value("gpu_name").text());
    }

    @Test
    void aTextInputCanBeSetLikeAnyOther() {
        Sheet sheet = TestSheets.compile(GPUS);
        Evaluation e = sheet.evaluateValues(java.util.Map.of("chosen", new Value.Text("b200")));
        assertEquals("2250", e.value("peak").text());
        assertEquals("GPU: b200", e.value("name_line").text());
        assertEquals("#N/A", sheet.evaluateValues(java.util.Map.of("chosen", new Value.Text("TPU"))).value("peak").text());
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # an array has one unit; element-wise arithmetic converts it as a number's would
        input sizes = {1e9, 7e9, 70e9} param\\ntokens = (20 token/param) * sizes                | tokens   | {20000000000,140000000000,1400000000000}
        input sizes = {1e9, 7e9, 70e9} param\\ntotal = SUM((20 token/param) * sizes) token     | total    | 1560000000000
        input sizes = {1e9, 7e9, 70e9} param\\nbiggest = MAX(sizes) Gparam                     | biggest  | 70
        input a = {1, 2} GB\\ninput b = {500, 1000} MB\\nx = a + b GB                           | x        | {1.5,3}
        input a = {1, 2} GB\\nx = a > (1500 MB)                                                 | x        | {FALSE,TRUE}
        input shares = {20, 30, 50} %\\nx = SUM(shares)                                        | x        | 100
        input t = {1; 2} h\\nx = t s                                                           | x        | {3600;7200}
        """)
    void arraysCarryUnits(String source, String quantity, String expected) {
        assertEquals(expected, TestSheets.compile(source.replace("\\n", "\n") + "\n").evaluate().value(quantity).text());
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # LET names values for the calculation that follows (Microsoft's example: LET(x, 5, SUM(x, 1)) is 6)
        x = LET(v, 5, SUM(v, 1))                                   | x | 6
        input a = 3\\nx = LET(v, a * 2, w, v + 1, v * w)            | x | 42
        input a = 2 GB\\nx = LET(twice, a * 2, twice + (1000 MB)) GB | x | 5
        x = LET(v, "H", v & LET(v, "100", v))                       | x | H100
        """)
    void letNamesValues(String source, String quantity, String expected) {
        assertEquals(expected, TestSheets.compile(source.replace("\\n", "\n") + "\n").evaluate().value(quantity).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
        x = LET(v, 1)  => LET takes names and values in pairs
        x = LET(1, 2, 3)  => argument 1 of LET must be a name
        input a = 1\\nx = LET(a, 2, a)  => LET's name 'a' is also a quantity
        x = LET(v, 1, v) + v  => 'v' is not defined
        input a = {1, 2} GB\\nx = a + (1 s)  => cannot add GB
        table t\\n  a | b\\n  1 | 2 | 3\\nend  => this row has 3 cells, the header 2 columns
        table t\\n  a | b\\n  1 | 2\\n  => has no 'end'
        table t\\n  a | b\\nend  => has no rows
        x = {1, 2; 3}  => row 2 of the array has 1 elements
        x = {1, y}\\ninput y = 1  => an array constant holds constants only
        input s = {1, 2} GB\\nx = s * 2 GB  => the unit of the number 2, or of x?
        table t\\n  a GB | b s\\n  1 | 2\\nend\\nx = CHOOSE(1, t_a, t_b)  => cannot choose between GB
        input choice = "H100"\\nscenarios choice = "A100", "B200"  => a scenario value must be a number
        """)
    void refusesWithAReason(String source, String message) {
        FlopError e = TestSheets.error(source.replace("\\n", "\n") + "\n");
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
