package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ROUND, ROUNDUP, ROUNDDOWN and INT give a different number for the same quantity in another unit, so
 * they see their argument in the unit the result is declared in, or as a plain ratio, never in a scale
 * that only the arithmetic made (';' separates the lines of a sheet). MOD and comparisons bring both
 * sides to one unit first, so any scale gives the same answer; rows below show it.
 */
class RoundingScaleTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sheet                                                                                          | quantity | value | unit
        unit GPU; input demand = 1e6 token/s; input per_gpu = 2500 token/(s*GPU); input utilization = 60 %; gpus = ROUNDUP(demand / (per_gpu * utilization), 0) GPU | gpus | 667 | GPU
        unit GPU; input demand = 1e6 token/s; input per_gpu = 2500 token/(s*GPU); input utilization = 60 %; gpus = ROUNDUP(demand / (per_gpu * utilization), 0) | gpus | 667 | GPU
        input total = 160 GiB; input per_gpu = 80 GB; gpus = ROUNDUP(total / per_gpu, 0)              | gpus     | 3     | ''
        input total = 160 GiB; input per_gpu = 80 GB; gpus = INT(total / per_gpu)                     | gpus     | 2     | ''
        input tokens = 2500 ktoken; input per_batch = 1 Mtoken; batches = ROUNDUP(tokens / per_batch, 0) | batches | 3     | ''
        input tokens = 2500 ktoken; input per_batch = 1 Mtoken; batches = ROUNDDOWN(tokens / per_batch, 0) | batches | 2   | ''
        input t = 1 month; days = ROUNDDOWN(t, 0) day                                                  | days     | 30    | day
        input t = 1e7 s; months = ROUND(t, 1) month                                                     | months   | 3.8   | month
        input t = 2.5 month; whole = ROUND(t, 0)                                                        | whole    | 3     | month
        input t = 36 h; ratio = ROUNDUP(t / (1 day), 0)                                                | ratio    | 2     | ''
        input mem = 1500 MB; gb = INT(mem) GB                                                           | gb       | 1     | GB
        input mem = 1500 MB; input t = 1 s; rate = ROUND(mem / t, 0) GB/s                               | rate     | 2     | GB/s
        input u = 60 %; x = INT(u * 2.5)                                                                | x        | 1     | %
        input u = 60 %; x = ROUND(u, 1) %                                                               | x        | 0.6   | %
        input u = 64 %; x = ROUND(u, 1) %                                                               | x        | 0.6   | %
        input a = 1.5 GiB; input b = 1 GB; x = MOD(a, b) byte                                           | x        | 610612736 | byte
        input total = 160 GiB; input per_gpu = 80 GB; x = total / per_gpu > 2                          | x        | 1     | ''
        input t = 1 month; x = IF(t > 30 day, 1, 0)                                                     | x        | 1     | ''
        """)
    void roundingSeesTheScaleTheReaderSees(String lines, String quantity, double value, String unit) {
        Sheet sheet = TestSheets.compile(lines.replace("; ", "\n") + "\n");
        assertEquals(value, sheet.evaluate().number(quantity), 1e-9 * Math.abs(value));
        assertEquals(unit, sheet.quantity(quantity).unitText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sheet                                                               | line | column | says
        input mem = 1500 MB; input t = 1 s; rate = ROUND(mem / t, 0)           | 3    | 14     | ROUND would round a value in MB/s (byte/s)
        input a = 3 GB; input b = 2 day; x = INT(a / b)                        | 3    | 9      | INT would round a value in GB/day (byte/s)
        input a = 3 GB; input b = 2 day; x = ROUNDUP(a / b, 0) * 1             | 3    | 13     | write the unit to round in after the formula, as in ROUNDUP(...) byte/s
        """)
    void roundingAtAScaleOnlyArithmeticMadeIsRefused(String lines, int line, int column, String says) {
        FlopError e = TestSheets.error(lines.replace("; ", "\n") + "\n");
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }
}
