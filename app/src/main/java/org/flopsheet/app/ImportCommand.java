package org.flopsheet.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.engine.io.FileChangedException;
import org.flopsheet.xlsx.ImportError;
import org.flopsheet.xlsx.ImportResult;
import org.flopsheet.xlsx.WorkbookImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read a workbook that a person edited back into its .flop source.",
                "Prints a unified diff of the change; rewrites only the lines that changed, atomically,",
                "and only when the whole workbook could be read and the source was not changed meanwhile.",
                "Exit status: 0 updated or nothing to change; 1 refused, nothing written; 2 a bad command line or file."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "EDITED.xlsx", description = "the edited workbook (exported by flopsheet, edited anywhere)")
    Path workbook;

    @Option(names = "--into", paramLabel = "FILE.flop", description = "the source to update (default: the workbook's name with .flop)")
    Path into;

    @Option(names = "--dry-run", description = "print the diff, write nothing")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Path source = into != null ? into : Path.of(workbook.toString().replaceFirst("(?i)\\.xlsx$", "") + ".flop");
        if (!Files.isRegularFile(source)) {
            throw new UserError("no source " + source + " to update; name it with --into FILE.flop");
        }
        String before = Files.readString(source, StandardCharsets.UTF_8);
        ImportResult result;
        try {
            result = WorkbookImporter.read(workbook, source);
        } catch (ImportError e) {
            throw new UserError("import refused, nothing written: " + e.getMessage(), 1);
        }
        for (String change : result.changes()) System.err.println("  " + change);
        if (!result.changed()) {
            System.err.println("flopsheet: " + workbook + " holds no change to " + source);
            return 0;
        }
        System.out.print(result.diff());
        if (dryRun) {
            System.err.println("flopsheet: dry run, " + source + " not written");
            return 0;
        }
        try {
            AtomicFiles.replaceIfUnchanged(source, before, result.source());
        } catch (FileChangedException e) {
            throw new UserError("import refused: " + e.getMessage(), 1);
        }
        System.err.println("flopsheet: updated " + source);
        return 0;
    }
}
