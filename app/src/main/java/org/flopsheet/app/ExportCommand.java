package org.flopsheet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.xlsx.WorkbookExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a live .xlsx workbook: real formulas with defined names, a sheet per scenario, cached values.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .flop source")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.xlsx", description = "where to write the workbook (default: next to FILE, with .xlsx)")
    Path output;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1000", description = "for a model with uncertain inputs: samples on the Samples sheet (default ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "their seed, as for flopsheet simulate (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        Sheet sheet = Compiler.compile(file);
        Path out = output != null ? output : defaultOutput(file);
        if (Files.isDirectory(out)) throw new UserError(out + " is a folder; give a file name such as " + out.resolve(sheet.name() + ".xlsx"));
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserError("the workbook's name must end in .xlsx (Excel refuses to open it otherwise): " + out);
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) throw new UserError("the folder " + folder + " does not exist; create it or choose another -o");
        if (samples < 2 || samples > 100_000) throw new UserError("--samples must be between 2 and 100,000 for a workbook");
        WorkbookExporter.write(sheet, out, samples, seed);
        System.out.println("wrote " + out + " (" + sheet.quantities().size() + " quantities, "
                + sheet.scenarios().size() + " scenarios)");
        return 0;
    }

    static Path defaultOutput(Path source) {
        String name = source.getFileName().toString();
        String stem = name.endsWith(".flop") ? name.substring(0, name.length() - 5) : name;
        return source.resolveSibling(stem + ".xlsx");
    }
}
