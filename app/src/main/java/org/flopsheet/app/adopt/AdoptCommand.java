package org.flopsheet.app.adopt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flopsheet.app.UserError;
import org.flopsheet.engine.adopt.Adopter;
import org.flopsheet.engine.adopt.Adoption;
import org.flopsheet.engine.compile.ExcelNames;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.xlsx.ImportError;
import org.flopsheet.xlsx.adopt.WorkbookCells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = {"Turn any .xlsx workbook into a .flop model: formulas and the cells they read become quantities,",
                "repeated blocks become scenarios, and every value the workbook shows is checked against the model.",
                "Exit status 0: every formula adopted and reproduced; 4: a partial adoption (the report lists every",
                "cell left out or computed differently); 1: refused (--strict); 2: a bad command line or file."})
public final class AdoptCommand implements Callable<Integer> {
    /** Cells listed on the terminal before the rest are only counted; the model and the map hold them all. */
    private static final int LISTED = 20;

    @Parameters(paramLabel = "BOOK.xlsx", description = "the workbook to adopt")
    Path workbook;

    @Option(names = {"-o", "--out"}, paramLabel = "MODEL.flop", description = "where to write the model (default: the workbook's name with .flop)")
    Path out;

    @Option(names = "--map", paramLabel = "MAP.json", description = "also write where every adopted cell lives: {\"Sheet1!B7\": {\"name\": ..., \"scenario\": ...}}")
    Path map;

    @Option(names = "--strict", description = "refuse, and write nothing, unless every formula is adopted and reproduces the workbook's values")
    boolean strict;

    @Option(names = "--guess-units", description = "give inputs the units their number formats or labels state (0.0 \"GB\", 0%, \"Duration (seconds)\" is s); without it they are comments")
    boolean guessUnits;

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : Path.of(workbook.toString().replaceFirst("(?i)\\.xls[xm]$", "") + ".flop");
        Adoption adoption;
        try {
            adoption = Adopter.adopt(WorkbookCells.read(workbook), modelName(target), guessUnits);
        } catch (ImportError e) {
            throw new UserError("adopt refused, nothing written: " + e.getMessage(), 2);
        }
        report(adoption, System.err);
        if (strict && !adoption.complete()) {
            throw new UserError("adopt --strict refused, nothing written: " + adoption.skipped().size() + " cells not adopted, "
                    + adoption.differences().size() + " values differ", 1);
        }
        AtomicFiles.writeString(target, adoption.source());
        if (map != null) AtomicFiles.writeString(map, mapJson(adoption));
        System.err.println("flopsheet: wrote " + target + (map != null ? " and " + map : ""));
        return adoption.complete() ? 0 : 4;
    }

    static void report(Adoption a, PrintStream err) {
        for (String r : a.recognised()) err.println("recognised: " + r);
        for (String n : a.notices()) err.println("note: " + n);
        listed(err, a.skipped().size(), "not adopted", a.skipped().stream().map(s -> s.cell() + " " + s.formula() + ": " + s.reason()).toList());
        listed(err, a.differences().size(), "differ from the workbook", a.differences().stream()
                .map(d -> d.cell() + ": the workbook shows " + d.workbook() + ", the model gives " + d.model()).toList());
        Adoption.Tally t = a.tally();
        err.printf(Locale.ROOT, "adopted %d of %d formula cells; %d of %d cached values reproduced%n",
                t.adopted(), t.formulas(), t.matched(), t.compared());
    }

    private static void listed(PrintStream err, int count, String what, java.util.List<String> lines) {
        if (count == 0) return;
        err.println(count + " cells " + what + ":");
        lines.stream().limit(LISTED).forEach(l -> err.println("  " + l));
        if (count > LISTED) err.println("  ... and " + (count - LISTED) + " more (all listed at the end of the model)");
    }

    private static String mapJson(Adoption a) throws Exception {
        Map<String, Map<String, String>> json = new LinkedHashMap<>();
        a.placements().forEach((cell, p) -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", p.name());
            entry.put("scenario", p.scenario());
            json.put(cell.toString(), entry);
        });
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n";
    }

    /** The model's sheet name from its file name, legal in Excel: {@code Finveden 2024.flop} becomes {@code finveden_2024}. */
    static String modelName(Path target) {
        String base = target.getFileName().toString().replaceFirst("\\.flop$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}_]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) base = "model_" + base;
        return ExcelNames.whyIllegal(base) == null ? base : base + "_model";
    }
}
