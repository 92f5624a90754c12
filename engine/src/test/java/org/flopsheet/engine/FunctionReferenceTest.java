package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flopsheet.engine.eval.functions.FunctionReference;
import org.junit.jupiter.api.Test;

/** The README's function list is the one the declarations generate. */
class FunctionReferenceTest {
    private static final Path README = Path.of("../README.md");
    private static final String REGENERATE = "mvn -q -pl engine -am test -Dtest=FunctionReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dflopsheet.updateReadme=true";

    @Test
    void readmeListsTheDeclaredFunctions() throws Exception {
        String readme = Files.readString(README);
        int start = readme.indexOf(FunctionReference.START), end = readme.indexOf(FunctionReference.END);
        assertTrue(start >= 0 && end > start, "README.md has no generated function list between " + FunctionReference.START + " and " + FunctionReference.END);
        String current = readme.substring(start, end + FunctionReference.END.length());
        String generated = FunctionReference.markdown();
        if (Boolean.getBoolean("flopsheet.updateReadme") && !current.equals(generated)) {
            Files.writeString(README, readme.substring(0, start) + generated + readme.substring(end + FunctionReference.END.length()));
            return;
        }
        assertEquals(generated, current, "the README's function list is stale: regenerate it with " + REGENERATE);
    }
}
