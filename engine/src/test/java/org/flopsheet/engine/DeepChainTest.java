package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Compiling and evaluating never recurses across quantities, so depth is limited only by memory. */
class DeepChainTest {
    private static final int DEPTH = 100_000;

    @Test
    void chainOfOneHundredThousandQuantities() {
        StringBuilder src = new StringBuilder("input step_0 = 1\n");
        // defined in reverse order, so the compiler has to sort them
        for (int i = DEPTH; i >= 1; i--) src.append("step_").append(i).append(" = step_").append(i - 1).append(" + 1\n");
        var sheet = TestSheets.compile(src.toString());
        assertEquals(DEPTH + 1.0, sheet.evaluate().number("step_" + DEPTH));
        assertEquals(DEPTH + 6.0, sheet.evaluate(java.util.Map.of("step_0", 6.0)).number("step_" + DEPTH));
    }
}
