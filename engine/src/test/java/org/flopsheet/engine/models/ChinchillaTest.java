package org.flopsheet.engine.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 004, Chinchilla scaling: its tables where they are right, and its GPU-hour table where it is not. */
class ChinchillaTest {
    private static final Workbook CHINCHILLA = Workbook.load("chinchilla.flop");

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(textBlock = """
        # quantity,          scenario, seed,        digits   the seed's table
        D_opt,               1B,       20e9,        2
        D_opt,               7B,       140e9,       2
        D_opt,               13B,      260e9,       2
        D_opt,               34B,      680e9,       2
        D_opt,               70B,      1.4e12,      2
        D_opt,               175B,     3.5e12,      2
        compute,             7B,       5.9e21,      2
        compute,             13B,      2.0e22,      2
        compute,             34B,      1.4e23,      2
        compute,             70B,      5.9e23,      2
        a100_hours,          7B,       10500,       3
        a100_hours,          70B,      1050000,     3
        h100_hours,          7B,       3300,        3
        lr_base,             7B,       3e-4,        1
        lr_base,             13B,      2e-4,        1
        lr_base,             34B,      1.5e-4,      2
        lr_base,             70B,      1e-4,        1
        min_lr,              7B,       3e-5,        1
        min_lr,              13B,      2e-5,        1
        min_lr,              34B,      1.5e-5,      2
        min_lr,              70B,      1e-5,        1
        batch_tokens,        7B,       4e6,         1
        batch_tokens,        13B,      4e6,         1
        batch_tokens,        34B,      8e6,         1
        batch_tokens,        70B,      16e6,        2
        batch_sequences,     7B,       2000,        1
        batch_sequences,     13B,      2000,        1
        batch_sequences,     34B,      4000,        1
        batch_sequences,     70B,      8000,        1
        """)
    void printsTheSeedFigures(String quantity, String scenario, double seed, int digits) {
        CHINCHILLA.assertSeedFigure(scenario, quantity, seed, "", digits);
    }

    @ParameterizedTest(name = "{0} at {1}: seed {2}, right {3}")
    @CsvSource(textBlock = """
        # quantity,  scenario, seed,   correct, digits
        a100_hours,  13B,      35700,  36100,   3
        a100_hours,  34B,      249000, 247000,  3
        h100_hours,  13B,      11200,  11400,   3
        h100_hours,  34B,      78500,  77900,   3
        h100_hours,  70B,      331000, 330000,  3
        """)
    void correctsTheGpuHourTable(String quantity, String scenario, double seed, double correct, int digits) {
        CHINCHILLA.assertCorrection(scenario, quantity, seed, correct, "", digits);
    }

    @ParameterizedTest(name = "{0} at {1} = C / (peak × 50% × 3600 s)")
    @CsvSource(textBlock = """
        a100_hours, 13B, 312e12
        h100_hours, 34B, 989e12
        h100_hours, 70B, 989e12
        """)
    void gpuHoursComeFromTheUnroundedCompute(String quantity, String scenario, double peakFlopPerSecond) {
        double compute = CHINCHILLA.value(scenario, "compute", "FLOP");
        assertEquals(compute / (peakFlopPerSecond * 0.5 * 3600), CHINCHILLA.value(scenario, quantity, ""), 1e-9 * compute / peakFlopPerSecond);
    }

    @ParameterizedTest(name = "{0}: {1} (seed: {2})")
    @CsvSource(textBlock = """
        # quantity,          exact value,  the seed's words
        attention_elements,  17179869184,  128K² = 16B elements (16 × 2^30)
        ring_block_elements, 268435456,    16K² = 256M elements (256 × 2^20)
        """)
    void ringAttentionExampleCountsInBinaryUnits(String quantity, double exact, String seedWords) {
        assertEquals(exact, CHINCHILLA.value(Workbook.BASE, quantity, ""));
    }

    @Test
    void seedsRingFormulaDisagreesWithItsExampleByTheDeviceCount() {
        double devices = CHINCHILLA.value(Workbook.BASE, "devices", "");
        assertEquals(devices * CHINCHILLA.value(Workbook.BASE, "ring_block_elements", ""),
                CHINCHILLA.value(Workbook.BASE, "ring_formula_elements", ""));
    }

    @Test
    void lossIsTheFittedLawAtTheComputeOptimalTokenCount() {
        double n = 7e9, d = 140e9;
        double expected = 1.69 + 406.4 / Math.pow(n, 0.34) + 410.7 / Math.pow(d, 0.28);
        assertEquals(expected, CHINCHILLA.value("7B", "loss", ""), 1e-12);
    }

    @Test
    void learningRateScalingRulesAt34B() {
        assertEquals(3e-4, CHINCHILLA.value("34B", "lr_linear", ""), 1e-18);
        assertEquals(1.5e-4 * Math.sqrt(2), CHINCHILLA.value("34B", "lr_sqrt", ""), 1e-18);
    }
}
