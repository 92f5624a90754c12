package org.flopsheet.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flopsheet.app.addin.AddinFiles;
import org.flopsheet.app.addin.CustomFunctions;
import org.flopsheet.app.serve.SheetDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "addin", mixinStandardHelpOptions = true,
        description = {"Generate the Excel add-in's custom functions (functions.json, functions.js) from every .flop file of a folder.",
                "Without --out, only the project's own workbooks/ folder is allowed, and the files go to the project's src/."})
final class AddinCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "workbooks", description = "folder of .flop files (default ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "the add-in's folder; writes functions/functions.{json,js} there (default: the project's src/, for the project's workbooks/ only)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : projectAddinFolder();
        SheetDirectory.Snapshot snapshot = new SheetDirectory(dir).snapshot();
        if (!snapshot.broken().isEmpty()) {
            for (SheetDirectory.Broken b : snapshot.broken()) System.err.println(b.error());
            throw new UserError(snapshot.broken().size() + " file(s) in " + dir + " do not compile; nothing written", 1);
        }
        if (snapshot.sheets().isEmpty()) throw new UserError("no .flop files in " + dir, 2);
        CustomFunctions functions = CustomFunctions.of(snapshot.sheets().values());
        for (Path written : AddinFiles.write(functions, target)) System.out.println("wrote " + written);
        return 0;
    }

    /**
     * The committed add-in files describe the project's own sheets; generating them from another
     * folder would silently replace the project's functions with that folder's.
     */
    private Path projectAddinFolder() throws IOException {
        if (!Files.isDirectory(dir)) throw new UserError("no folder " + dir + "; give the folder of .flop files with --dir");
        Path sheets = dir.toRealPath();
        Path project = sheets.getParent();
        boolean projectWorkbooks = sheets.getFileName().toString().equals("workbooks") && project != null
                && Files.isRegularFile(project.resolve("src/manifest.xml"));
        if (!projectWorkbooks) {
            throw new UserError(dir + " is not the project's workbooks/ folder, whose functions are the committed src/functions; "
                    + "say where to write the add-in's files for these sheets with --out DIR");
        }
        return project.resolve("src");
    }
}
