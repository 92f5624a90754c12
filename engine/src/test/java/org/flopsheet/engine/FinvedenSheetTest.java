package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.NumberText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** workbooks/finveden.flop reproduces seed 002's published figures, at its three significant digits. */
class FinvedenSheetTest {
    static Sheet sheet;

    @BeforeAll
    static void compile() throws Exception {
        sheet = Compiler.compile(Path.of("../workbooks/finveden.flop"));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(textBlock = """
        training_flop=3e25, p,              4.71E+11
        training_flop=3e25, runtime_flop,   7.07E+11
        training_flop=3e25, tokens_per_s,   4.24E+06
        training_flop=3e25, parallel_tasks, 4.24E+05
        training_flop=3e27, p,              4.71E+12
        training_flop=3e27, runtime_flop,   7.07E+12
        training_flop=3e27, tokens_per_s,   4.24E+07
        training_flop=3e27, parallel_tasks, 4.24E+06
        training_flop=3e29, p,              4.71E+13
        training_flop=3e29, runtime_flop,   7.07E+13
        training_flop=3e29, tokens_per_s,   4.24E+08
        training_flop=3e29, parallel_tasks, 4.24E+07
        training_flop=3e33, p,              4.71E+15
        training_flop=3e33, runtime_flop,   7.07E+15
        training_flop=3e33, tokens_per_s,   4.24E+10
        training_flop=3e33, parallel_tasks, 4.24E+09
        """)
    void matchesTheSeedsTable(String scenario, String quantity, String seedFigure) {
        double value = sheet.evaluate(sheet.scenario(scenario)).number(quantity);
        assertEquals(seedFigure, NumberText.significant(value, 3));
    }

    @Test
    void baseCaseIsTheFirstScenario() {
        assertEquals(sheet.evaluate().number("parallel_tasks"),
                sheet.evaluate(sheet.scenario("training_flop=3e25")).number("parallel_tasks"));
    }

    @Test
    void unitsComeOutAsTheModelSays() {
        assertEquals("param", sheet.quantity("p").unitText());
        assertEquals("FLOP/token", sheet.quantity("runtime_flop").unitText());
        assertEquals("token/s", sheet.quantity("tokens_per_s").unitText());
        assertEquals("", sheet.quantity("parallel_tasks").unitText());
        assertEquals(4, sheet.scenarios().size());
    }

    @Test
    void labelsAndNotesComeFromTheSeed() {
        assertEquals("Training FLOP (physical FLOP)", sheet.quantity("training_flop").label());
        assertEquals("If there are p parameters, a forward pass takes k*p FLOP. Bio Anchors uses k=1.5",
                sheet.quantity("k").note());
    }
}
