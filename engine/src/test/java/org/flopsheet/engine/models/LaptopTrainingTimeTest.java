package org.flopsheet.engine.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003, training time on an Apple M4 Pro. Each row is a figure the seed prints, in the unit it printed it in:
 * first those that are right, then those that are wrong beside the right value.
 */
class LaptopTrainingTimeTest {
    private static final Workbook LAPTOP = Workbook.load("laptop-training-time.flop");

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(textBlock = """
        # quantity,                 seed,      unit ('': the sheet's), digits
        effective_batch,            16,        sequence,    2
        activation_standard_layer,  213.9,     MB,          4
        weights,                    472,       MB,          3
        gradients,                  472,       MB,          3
        optimizer_states,           944,       MB,          3
        flop_forward_token,         234e6,     '',          3
        flop_attn_scores,           3.22e9,    FLOP,        3
        time_memory,                0.017,     s,           2
        steps_per_epoch,            3125,      '',          4
        steps_total,                312500,    '',          4
        data_prep_quick,            33,        s,           2
        eval_quick,                 50,        s,           2
        eval_quick,                 0.01,      h,           1
        total_anchored,             7.02,      h,           3
        final_anchored,             8.4,       h,           2
        tokenize_rate_actual,       1050,      '',          3
        data_prep,                  47.6,      s,           3
        evaluations,                15000,     '',          2
        time_per_evaluation,        0.06,      s,           1
        evaluation,                 900,       s,           2
        evaluation,                 15,        min,         2
        """)
    void printsTheSeedFigures(String quantity, double seed, String unit, int digits) {
        LAPTOP.assertSeedFigure(Workbook.BASE, quantity, seed, unit, digits);
    }

    @ParameterizedTest(name = "{0}: seed {1} {3}, right {2} {3}")
    @CsvSource(textBlock = """
        # quantity,              seed,      correct,   unit,        digits   what went wrong
        # the attention matrix: 2 × 1024 × 12 × 4 bytes is 98,304 bytes, and B × H × L² × 4 bytes is 100.7 MB
        attention_matrix_layer,  98.3,      100.7,     MB,          4
        attention_matrix_layer,  98.3,      96,        MiB,         2
        activation_layer,        312.2,     314.6,     MB,          4
        activations,             3.75,      3.77,      GB,          3
        memory_micro_peak,       5.63,      5.66,      GB,          3
        # gradient accumulation sums into one buffer: no (A-1) extra gradient copies
        memory_peak,             8.92,      5.66,      GB,          3
        memory_actual,           10.26,     6.512,     GB,          4
        # backward is about 2x forward, not 4x (the seed itself uses 2x in section 3.3)
        flop_backward_token,     936e6,     468e6,     '',          3
        flop_train_token,        1.17e9,    702e6,     '',          3
        # the seed counts multiply-accumulates as FLOPs, one FFN product of two, and no output layer
        flop_qkv,                3.62e9,    7.25e9,    FLOP,        3
        flop_attn_values,        1.61e9,    3.22e9,    FLOP,        3
        flop_out_proj,           1.21e9,    2.42e9,    FLOP,        3
        flop_attention,          9.66e9,    16.1e9,    FLOP,        3
        flop_ffn,                9.66e9,    19.3e9,    FLOP,        3
        flop_layer,              19.32e9,   35.43e9,   FLOP,        4
        flop_forward,            231.8e9,   583.3e9,   FLOP,        4
        flop_step,               695.4e9,   1750e9,    FLOP,        4
        flop_policy,             2.05e9,    12.3e9,    FLOP,        3
        flop_micro_batch,        697.5e9,   1762e9,    FLOP,        4
        data_moved,              4.69,      4.72,      GB,          3
        time_compute,            0.387,     0.979,     s,           3
        time_micro_batch,        0.437,     1.03,      s,           3
        time_step,               3.496,     8.232,     s,           4
        training_core,           1.093e6,   2.572e6,   s,           4
        training_core,           303.6,     714.6,     h,           4
        # the seed's 'implied MFU' is a ratio of times; the 7-hour anchor needs 2,500% of the GPU's peak
        anchor_time_ratio,       2.3,       0.98,      %,           2
        # 47.6 seconds is not 48 minutes
        data_prep,               48,        0.79,      min,         2
        data_prep,               0.8,       0.013,     h,           2
        # 134.2 / 10 has no source; the reduction applies to the core training time
        training_adjusted,       13.4,      71.5,      h,           3
        pipeline_total,          14.45,     71.72,     h,           4
        pipeline_conservative,   21.7,      108,       h,           3
        pipeline_optimistic,     10.1,      50.2,      h,           3
        """)
    void correctsTheSeedsMistakes(String quantity, double seed, double correct, String unit, int digits) {
        LAPTOP.assertCorrection(Workbook.BASE, quantity, seed, correct, unit, digits);
    }

    @ParameterizedTest(name = "{0} × {1}: seed says time × {2}, the sheet gives × {3}")
    @CsvSource(textBlock = """
        # input doubled, factor, seed's rule for the training time,  the sheet's factor (2 digits)
        # seed: T(L) = T_base × (L / L_base)^2, 'quadratic due to attention'
        seq_len,         2,      4,                                  2.2
        # seed: T(B) = T_base × (N / B) / (N / B_base), 'linear inverse'
        micro_batch,     2,      0.5,                                0.98
        """)
    void scalingRulesOfSection9DoNotHold(String input, double factor, double seedRatio, double sheetRatio) {
        double base = LAPTOP.value(Workbook.BASE, "training_core", "h");
        double inputDefault = LAPTOP.value(Workbook.BASE, input, "");
        double scaled = LAPTOP.sheet().evaluate(Map.of(input, inputDefault * factor)).number("training_core");
        double ratio = Workbook.rounded(scaled / base, 2);
        assertEquals(sheetRatio, ratio, 1e-12);
        assertNotEquals(seedRatio, ratio);
    }

    @Test
    void section21FormulaEvaluatedAsWrittenDisagreesWithTheSeedsOwnFigures() {
        double bytes = 2 * 1024 * 768 * (34 + 5.0 * 1024 * 12 / 768);
        assertEquals(bytes / 1e6, LAPTOP.value(Workbook.BASE, "activation_layer_formula", "MB"), 1e-9);
        assertNotEquals(Workbook.rounded(bytes / 1e6, 4), 312.2);
    }
}
