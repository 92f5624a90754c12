package org.flopsheet.engine.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.units.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A definition's declared unit may be written as a reciprocal, as the unit grammar's own hint says ("as in 1/s"). */
class DeclaredUnitTest {

    @ParameterizedTest(name = "{0}  is in {1}")
    @CsvSource(delimiter = '|', textBlock = """
        rate = 2 / (4 s) 1/s                                  | s^-1
        input gain = 1e-12 1/param                            | param^-1
        nu = 3 / (1 s * 2 token) 1/(token*s) "a frequency"    | s^-1/token
        """)
    void reciprocalDeclaredUnit(String definition, String sameUnitWrittenOtherwise) {
        Unit declared = Compiler.compile(SourceFile.of("t.flop", definition + "\n")).quantities().get(0).unit();
        Unit expected = Compiler.compile(SourceFile.of("u.flop", "x = 1 " + sameUnitWrittenOtherwise + "\n")).quantities().get(0).unit();
        assertTrue(declared.sameAs(expected), () -> definition + " is in " + declared.display());
    }
}
