package org.flopsheet.engine.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 002, the Finveden sheet: every figure it prints, for each training budget, at its three digits. */
class FinvedenTest {
    private static final Workbook FINVEDEN = Workbook.load("finveden.flop");

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(textBlock = """
        # quantity,      scenario,           seed,     digits
        p,               base,               4.71E+11, 3
        runtime_flop,    base,               7.07E+11, 3
        tokens_per_s,    base,               4.24E+06, 3
        parallel_tasks,  base,               4.24E+05, 3
        p,               training_flop=3e25, 4.71E+11, 3
        runtime_flop,    training_flop=3e25, 7.07E+11, 3
        tokens_per_s,    training_flop=3e25, 4.24E+06, 3
        parallel_tasks,  training_flop=3e25, 4.24E+05, 3
        p,               training_flop=3e27, 4.71E+12, 3
        runtime_flop,    training_flop=3e27, 7.07E+12, 3
        tokens_per_s,    training_flop=3e27, 4.24E+07, 3
        parallel_tasks,  training_flop=3e27, 4.24E+06, 3
        p,               training_flop=3e29, 4.71E+13, 3
        runtime_flop,    training_flop=3e29, 7.07E+13, 3
        tokens_per_s,    training_flop=3e29, 4.24E+08, 3
        parallel_tasks,  training_flop=3e29, 4.24E+07, 3
        p,               training_flop=3e33, 4.71E+15, 3
        runtime_flop,    training_flop=3e33, 7.07E+15, 3
        tokens_per_s,    training_flop=3e33, 4.24E+10, 3
        parallel_tasks,  training_flop=3e33, 4.24E+09, 3
        """)
    void printsTheSeedFigures(String quantity, String scenario, double seed, int digits) {
        FINVEDEN.assertSeedFigure(scenario, quantity, seed, "", digits);
    }
}
