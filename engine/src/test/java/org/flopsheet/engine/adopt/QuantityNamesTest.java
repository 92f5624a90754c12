package org.flopsheet.engine.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityNamesTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Number of tasks in parallel                       | tasks_parallel
            Training FLOP (physical FLOP)                     | training_flop
            Duration of training (seconds)                    | duration_training
            How many tokens per second, by reallocating...    | tokens_second_reallocating
            k                                                 | k
            GPU-hours [H100]                                  | gpu_hours
            (seconds)                                         | none
            Größe des Modells                                 | größe_des_modells
            """)
    void namesFromLabelsAreShortWordsWithoutFiller(String label, String name) {
        assertEquals(name, QuantityNames.fromLabel(label));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tasks_parallel | tasks_parallel
            r              | r_
            c              | c_
            a1             | a1_
            TRUE           | TRUE_
            input          | input_
            2nd run        | q_2nd_run
            """)
    void claimedNamesAreLegalInExcelAndInTheDsl(String wanted, String name) {
        assertEquals(name, new QuantityNames().claim(wanted));
    }

    @org.junit.jupiter.api.Test
    void aSecondClaimOfTheSameNameInAnyCaseGetsANumber() {
        QuantityNames names = new QuantityNames();
        assertEquals("p", names.claim("p"));
        assertEquals("P_2", names.claim("P"));
        assertEquals("p_3", names.claim("p"));
    }
}
