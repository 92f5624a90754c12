package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flopsheet.engine.units.UnitRegistry;
import org.junit.jupiter.api.Test;

/** The README's units table lists every built-in unit, so the documentation cannot fall behind the code. */
class UnitsDocumentedTest {
    @Test
    void readmeListsEveryBuiltInUnit() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("<!-- section:units -->"), readme.indexOf("<!-- end:units -->"));
        for (String unit : UnitRegistry.builtIn().entries().keySet()) {
            assertTrue(section.contains("`" + unit + "`"), "README units section does not list `" + unit + "`");
        }
        for (String prefix : UnitRegistry.siPrefixes().keySet()) {
            assertTrue(section.contains("`" + prefix + "`"), "README does not list the prefix `" + prefix + "`");
        }
        for (String prefix : UnitRegistry.binaryPrefixes().keySet()) {
            assertTrue(section.contains("`" + prefix + "`"), "README does not list the prefix `" + prefix + "`");
        }
    }
}
