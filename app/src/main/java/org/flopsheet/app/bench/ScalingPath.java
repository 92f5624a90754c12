package org.flopsheet.app.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flopsheet.app.addin.CustomFunctions;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.xlsx.WorkbookExporter;
import org.flopsheet.xlsx.WorkbookImporter;

/**
 * One thing a user does with a model, from its source file to its result, as the command line does it.
 * Each returns a number that depends on all of its work, so that nothing can be skipped.
 */
public enum ScalingPath {
    /** {@code flopsheet eval}: compile, then evaluate the base case and every scenario. */
    EVAL("eval"),
    /** {@code flopsheet export}: compile, then write the workbook file. */
    EXPORT("export"),
    /** {@code GET /api/sheets/{id}/workbook.xlsx}: compile, then the workbook's bytes in memory. */
    DOWNLOAD("serve workbook.xlsx"),
    /** {@code flopsheet import} of the unedited exported workbook: read it back against its source. */
    IMPORT("import"),
    /** {@code flopsheet addin}: compile, then generate functions.json and functions.js. */
    ADDIN("addin"),
    /** {@code flopsheet adopt} of the exported workbook, as if flopsheet had never written it: read, translate, compile, evaluate, compare. */
    ADOPT("adopt"),
    /** Apache POI loading the same workbook into its object model (XSSFWorkbook), for comparison with import and adopt. */
    POI_LOAD("POI load");

    private final String label;

    ScalingPath(String label) { this.label = label; }

    public String label() { return label; }

    /** Whether issue 16's targets (within 5x of eval, growth at most 12x per 10x) apply: adopt and POI are measured beside them. */
    boolean targeted() {
        return switch (this) {
            case EXPORT, DOWNLOAD, IMPORT, ADDIN -> true;
            case EVAL, ADOPT, POI_LOAD -> false;
        };
    }

    /** The files one measurement works on: the model's source, and its exported workbook (written beforehand for import). */
    public record Files(Path flop, Path xlsx, Path scratch) {}

    public long run(Files files) throws Exception {
        return switch (this) {
            case EVAL -> {
                Sheet sheet = compile(files.flop());
                long checksum = Arrays.hashCode(sheet.evaluate().raw());
                for (Scenario s : sheet.scenarios()) checksum += Arrays.hashCode(sheet.evaluate(s).raw());
                yield checksum;
            }
            case EXPORT -> {
                WorkbookExporter.write(compile(files.flop()), files.scratch());
                yield java.nio.file.Files.size(files.scratch());
            }
            case DOWNLOAD -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                WorkbookExporter.write(compile(files.flop()), bytes);
                yield bytes.size();
            }
            case IMPORT -> {
                var result = WorkbookImporter.read(files.xlsx(), files.flop());
                if (!result.changes().isEmpty()) throw new IllegalStateException("an unedited workbook read back with changes: " + result.changes());
                yield result.source().length();
            }
            case ADDIN -> {
                CustomFunctions functions = CustomFunctions.of(List.of(compile(files.flop())));
                yield functions.json().length() + functions.javaScript().length();
            }
            case ADOPT -> {
                var adoption = org.flopsheet.engine.adopt.Adopter.adopt(org.flopsheet.xlsx.adopt.WorkbookCells.read(files.xlsx()), "adopted");
                if (adoption.tally().matched() != adoption.tally().compared()) {
                    throw new IllegalStateException("adopt did not reproduce the workbook: " + adoption.tally());
                }
                yield adoption.source().length();
            }
            case POI_LOAD -> {
                try (var wb = org.flopsheet.xlsx.SafeWorkbook.open(files.xlsx())) {
                    long cells = 0;
                    for (var sheet : wb) for (var row : sheet) cells += row.getPhysicalNumberOfCells();
                    yield cells;
                }
            }
        };
    }

    private static Sheet compile(Path flop) throws Exception {
        return Compiler.compile(SourceFile.read(flop));
    }

    /** Writes the model's source and its workbook, the input of every path. */
    static Files prepare(String source, Path dir) throws Exception {
        Path flop = java.nio.file.Files.writeString(dir.resolve("model.flop"), source);
        Path xlsx = dir.resolve("model.xlsx");
        WorkbookExporter.write(compile(flop), xlsx);
        return new Files(flop, xlsx, dir.resolve("scratch.xlsx"));
    }
}
