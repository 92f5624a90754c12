package org.flopsheet.app.addin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.junit.jupiter.api.Test;

/**
 * Every function of the Java library has a JavaScript twin in the add-in's runtime, and the sheet of
 * Excel rules uses it, so the JavaScript-against-Java tests cover it.
 */
class FunctionParityTest {
    @Test
    void everyFunctionIsInTheRuntimeAndInTheRulesSheet() throws Exception {
        String runtime;
        try (InputStream in = CustomFunctions.class.getResourceAsStream("runtime.js")) {
            runtime = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String rules = Files.readString(ProjectFiles.excelRules());
        for (ExcelFunction f : FunctionLibrary.all()) {
            assertTrue(runtime.contains("    " + f.name() + ":"), f.name() + " has no JavaScript twin in runtime.js");
            assertTrue(rules.contains(f.name() + "("), f.name() + " is not used in excel_rules.flop");
        }
    }
}
