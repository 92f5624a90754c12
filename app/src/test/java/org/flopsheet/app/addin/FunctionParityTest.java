package org.flopsheet.app.addin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.junit.jupiter.api.Test;

/**
 * Every function of the Java library is called in the sheet of Excel rules, whose generated
 * JavaScript the GraalJS and Chromium tests run against the Java engine, so every JavaScript twin
 * is exercised. Functions on text and arrays have no twin: sheets using them are left out of the add-in.
 */
class FunctionParityTest {
    @Test
    void everyFunctionIsInTheRulesSheet() throws Exception {
        StringBuilder rules = new StringBuilder();
        for (java.nio.file.Path sheet : ProjectFiles.excelRules()) rules.append(Files.readString(sheet));
        for (ExcelFunction f : FunctionLibrary.all()) {
            if (!f.inJavaScript()) continue; // functions on text and arrays run in Java only; engine tests cover them
            assertTrue(rules.toString().contains(f.name() + "("), f.name() + " is not used in excel_rules.flop or excel_rules_distributions.flop");
        }
    }
}
