package org.flopsheet.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flopsheet.app.addin.AddinFiles;
import org.flopsheet.app.addin.CustomFunctions;
import org.flopsheet.app.serve.SheetDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "addin", mixinStandardHelpOptions = true,
        description = "Generate the Excel add-in's custom functions (functions.json, functions.js) from every .flop file of a folder.")
final class AddinCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "workbooks", description = "folder of .flop files (default ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "src", description = "the add-in's folder; writes functions/functions.{json,js} there (default ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        SheetDirectory.Snapshot snapshot = new SheetDirectory(dir).snapshot();
        if (!snapshot.broken().isEmpty()) {
            for (SheetDirectory.Broken b : snapshot.broken()) System.err.println(b.error());
            throw new UserError(snapshot.broken().size() + " file(s) in " + dir + " do not compile; nothing written", 1);
        }
        if (snapshot.sheets().isEmpty()) throw new UserError("no .flop files in " + dir, 2);
        CustomFunctions functions = CustomFunctions.of(snapshot.sheets().values());
        for (Path written : AddinFiles.write(functions, out)) System.out.println("wrote " + written);
        return 0;
    }
}
