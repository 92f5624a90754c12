package org.flopsheet.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile a .flop file (syntax, names, cycles, units) without evaluating it.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .flop source")
    Path file;

    @Override
    public Integer call() throws Exception {
        Sheet sheet = Compiler.compile(file);
        System.out.printf("%s: ok: sheet '%s', %d inputs, %d formulas, %d scenarios%n", file, sheet.name(),
                sheet.inputs().size(), sheet.outputs().size(), sheet.scenarios().size());
        return 0;
    }
}
