package org.flopsheet.app.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.api.Test;

/** Function ids keep to what Excel accepts (A-Z, 0-9, '_', '.', a letter first); names may keep other alphabets. */
class FunctionIdsTest {
    @Test
    void committedIdsAreValidExcelIds() throws Exception {
        JsonNode functions = new ObjectMapper().readTree(Path.of("../src/functions/functions.json").toFile()).get("functions");
        assertTrue(functions.size() > 0);
        for (JsonNode f : functions) {
            String id = f.get("id").asText();
            assertTrue(id.matches("[A-Z][A-Z0-9_.]{2,}"), id);
        }
    }

    @Test
    void otherAlphabetsAreSpelledOutInTheIdButKeptInTheName() {
        Sheet sheet = Compiler.compile(SourceFile.of("greek.flop", "sheet scaling\ninput α = 0.34\nβ_fit = α * 2\n"));
        var out = sheet.quantity("β_fit");
        assertEquals("SCALING._U392__FIT", CustomFunctions.functionId(sheet, out));
        assertEquals("SCALING.Β_FIT", CustomFunctions.displayName(sheet, out));
    }
}
