package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Edits made in LibreOffice Calc itself, through UNO (the script {@code libreoffice/edit.py}), saved as .xlsx. */
final class LibreOfficeEdits {
    /** One workbook to edit: where it is (null: a new, empty workbook), where the edited copy goes, and the actions (see edit.py). */
    record Job(Path in, Path out, List<Map<String, Object>> actions) {}

    private LibreOfficeEdits() {}

    static void run(List<Job> jobs, Path work) throws Exception {
        LibreOffice.requireInstalled();
        for (String script : List.of("recalc.py", "edit.py")) {
            try (InputStream in = LibreOfficeEdits.class.getResourceAsStream("/libreoffice/" + script)) {
                Files.copy(in, work.resolve(script));
            }
        }
        Path jobsFile = work.resolve("jobs.json");
        new ObjectMapper().writeValue(jobsFile.toFile(), jobs.stream().map(j -> Map.of(
                "in", j.in() == null ? "" : j.in().toAbsolutePath().toString(), "out", j.out().toAbsolutePath().toString(), "actions", j.actions())).toList());
        Process p = new ProcessBuilder("/usr/bin/python3", work.resolve("edit.py").toString(), work.resolve("profile").toString(),
                jobsFile.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("LibreOffice did not finish editing within 5 minutes:\n" + log);
        }
        assertEquals(0, p.exitValue(), "LibreOffice failed to edit:\n" + log);
        for (Job j : jobs) if (!Files.isRegularFile(j.out())) fail("LibreOffice wrote no " + j.out() + ":\n" + log);
    }
}
