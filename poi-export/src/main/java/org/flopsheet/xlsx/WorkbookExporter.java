package org.flopsheet.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.simulate.SimulationResult;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.compile.Evaluation;

/**
 * Writes a compiled sheet as a live workbook: a model sheet for the base case whose cells are
 * workbook-scope defined names called exactly as the quantities, a model sheet per scenario with
 * sheet-scoped names of its own, a side-by-side view of every scenario, and a hidden sheet mapping
 * every value cell to its quantity. Cached values come from the engine; recalculation is forced on open.
 * LAYOUT.md describes the layout for programs that read the workbook back.
 *
 * <p>Rows are streamed to the file (POI's SXSSF) and formula text is written as it is, never parsed
 * by POI, so time and memory grow linearly with the model: a cell costs the same in a sheet of ten
 * quantities as in one of a hundred thousand.
 */
public final class WorkbookExporter {
    /** Rows of a worksheet kept in memory before they go to the temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    /** Samples and seed of the simulation sheets of a model with uncertain inputs, unless the caller says. */
    public static final int DEFAULT_SAMPLES = 1000;
    /** The live sheet recalculates its RAND() draws at every change; more rows than this make typing slow. */
    static final int LIVE_ROWS = 1000;

    private WorkbookExporter() {}

    /** Writes the workbook to {@code out} atomically: a temporary file in the same folder, then a rename. */
    public static void write(Sheet sheet, Path out) throws IOException {
        write(sheet, out, DEFAULT_SAMPLES, SimulationOptions.DEFAULT_SEED);
    }

    /**
     * The workbook, atomically; for a model with uncertain inputs, also a "Samples" sheet with the engine's
     * {@code samples} samples for {@code seed} (its summary recalculates to the engine's figures) and a
     * "Live" sheet that draws afresh with RAND().
     */
    public static void write(Sheet sheet, Path out, int samples, long seed) throws IOException {
        AtomicFiles.write(out, stream -> write(sheet, stream, samples, seed));
    }

    /** Streams the workbook to {@code out} (which stays open). */
    public static void write(Sheet sheet, OutputStream out) throws IOException {
        write(sheet, out, DEFAULT_SAMPLES, SimulationOptions.DEFAULT_SEED);
    }

    public static void write(Sheet sheet, OutputStream out, int samples, long seed) throws IOException {
        WorkbookLimits.check(sheet);
        ArrayFormulaWorkbook wb = new ArrayFormulaWorkbook(ROWS_IN_MEMORY);
        try {
            fill(wb, sheet, samples, seed);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /**
     * The workbook as a whole in memory, read back from exactly the bytes {@link #write} produces: for
     * programs that inspect or recalculate it with POI. Costs what POI's object model costs.
     */
    public static XSSFWorkbook build(Sheet sheet) {
        return build(sheet, DEFAULT_SAMPLES, SimulationOptions.DEFAULT_SEED);
    }

    public static XSSFWorkbook build(Sheet sheet, int samples, long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(sheet, bytes, samples, seed);
            return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The workbook-scope name of a quantity: its base-case cell. Use this rather than
     * {@code wb.getName(quantity)}, which returns the first name of that spelling in the file, and in an
     * exported workbook that is a scenario sheet's own name (see LAYOUT.md for why they come first).
     */
    public static XSSFName baseCaseName(XSSFWorkbook wb, String quantity) {
        return wb.getNames(quantity).stream().filter(n -> n.getSheetIndex() == -1).findFirst().orElse(null);
    }

    private static void fill(ArrayFormulaWorkbook wb, Sheet sheet, int samples, long seed) {
        Styles styles = new Styles(wb.getXSSFWorkbook());
        Evaluation baseValues = sheet.evaluate();
        List<Evaluation> scenarioValues = sheet.scenarios().stream().map(sheet::evaluate).toList();
        Layout layout = Layout.of(sheet, sheet.hasGeneralValues() ? baseValues : null);
        for (int i = 0; i < scenarioValues.size(); i++) sameShapes(sheet, layout, sheet.scenarios().get(i), scenarioValues.get(i));
        Metadata metadata = new Metadata();
        SheetNames names = new SheetNames();

        String baseName = names.claim(sheet.name());
        SXSSFSheet base = wb.createSheet(baseName);
        SXSSFSheet comparison = sheet.scenarios().isEmpty() ? null : wb.createSheet(names.claim("Scenarios"));
        int firstScenarioIndex = comparison == null ? 1 : 2;
        List<SXSSFSheet> scenarioSheets = new ArrayList<>();
        for (Scenario s : sheet.scenarios()) scenarioSheets.add(wb.createSheet(names.claim(s.name())));
        List<SXSSFSheet> gridSheets = new ArrayList<>();
        for (int i = 0; i < sheet.grids().size(); i++) gridSheets.add(wb.createSheet(names.claim(sheet.grids().size() == 1 ? "Grid" : "Grid " + (i + 1))));
        SXSSFSheet samplesSheet = null, liveSheet = null;
        if (!sheet.uncertainty().isEmpty()) {
            samplesSheet = wb.createSheet(names.claim("Samples"));
            liveSheet = wb.createSheet(names.claim("Live"));
            // the simulation writer goes back to rows it wrote (statistics, histogram); its rows are as many as the samples
            samplesSheet.setRandomAccessWindowSize(-1);
            liveSheet.setRandomAccessWindowSize(-1);
        }
        Quantity tornadoOutput = TornadoSheetWriter.output(sheet);
        SXSSFSheet tornado = tornadoOutput == null ? null : wb.createSheet(names.claim("Tornado"));
        SXSSFSheet hidden = wb.createSheet(names.claim(Metadata.SHEET));

        // Sheet-scoped names first: Apache POI resolves a name to the first one in the list whose scope fits,
        // while Excel and LibreOffice prefer a sheet's own name to the workbook's anyway.
        DefinedNames defined = new DefinedNames(wb.getXSSFWorkbook(), sheet, layout);
        for (int i = 0; i < scenarioSheets.size(); i++) defined.add(scenarioSheets.get(i).getSheetName(), firstScenarioIndex + i);
        defined.add(baseName, DefinedNames.WORKBOOK);

        ModelSheetWriter writer = new ModelSheetWriter(sheet, styles, layout, metadata, baseName, new ArrayFormulas(wb, sheet));
        List<ComparisonSheetWriter.Case> cases = new ArrayList<>();
        writer.write(base, null, baseValues);
        cases.add(new ComparisonSheetWriter.Case(baseName, "base (" + baseName + ")", "", baseValues));
        for (int i = 0; i < scenarioSheets.size(); i++) {
            Scenario s = sheet.scenarios().get(i);
            var values = scenarioValues.get(i);
            writer.write(scenarioSheets.get(i), s, values);
            cases.add(new ComparisonSheetWriter.Case(scenarioSheets.get(i).getSheetName(), s.name(), s.name(), values));
        }
        if (comparison != null) ComparisonSheetWriter.write(comparison, sheet, layout, cases, styles, metadata);
        java.util.Map<String, String> sheetOfScenario = new java.util.HashMap<>();
        for (int i = 0; i < scenarioSheets.size(); i++) sheetOfScenario.put(sheet.scenarios().get(i).name(), scenarioSheets.get(i).getSheetName());
        for (int i = 0; i < gridSheets.size(); i++) {
            GridSheetWriter.write(gridSheets.get(i), sheet, sheet.grids().get(i), layout, sheetOfScenario, styles, metadata);
        }
        if (tornado != null) TornadoSheetWriter.write(tornado, sheet, tornadoOutput, styles);
        if (samplesSheet != null) writeSimulation(sheet, styles, samplesSheet, liveSheet, samples, seed);
        metadata.write(wb, hidden, sheet.name());

        wb.setActiveSheet(0);
        wb.setForceFormulaRecalculation(true);
    }

    private static void writeSimulation(Sheet sheet, Styles styles, SXSSFSheet samplesSheet, SXSSFSheet liveSheet, int samples, long seed) {
        int width = sheet.quantities().size();
        double[] rows = new double[samples * width];
        SimulationResult result = Simulation.run(sheet, new SimulationOptions(samples, seed, 1, java.util.Map.of(), List.of()),
                (first, count, block, w) -> System.arraycopy(block, 0, rows, (int) first * width, count * width));
        SimulationSheetWriter writer = new SimulationSheetWriter(sheet, styles);
        writer.useBinEdges(writer.binEdges(result));
        String correlation = sheet.uncertainty().pairs().isEmpty() ? ""
                : " The live draws ignore the correlations between inputs; the samples have them.";
        writer.write(samplesSheet, samples, rows, result, String.format(java.util.Locale.ROOT,
                "%,d samples drawn by flopsheet (seed %d): yellow columns are the uncertain inputs' samples, as values; "
                        + "the other columns compute the model on each row, and the summary recalculates from them. "
                        + "Sheet 'Live' draws afresh at every recalculation (F9).", samples, seed));
        writer.write(liveSheet, Math.min(samples, LIVE_ROWS), null, null,
                "Each uncertain input is its inverse distribution function of RAND(): press F9 for new draws." + correlation);
    }

    /**
     * Every model sheet gives a quantity the same cells, so an array must have the same shape in every scenario
     * (it can differ only when a formula's shape follows an input, as SEQUENCE(n) does).
     */
    private static void sameShapes(Sheet sheet, Layout layout, Scenario scenario, Evaluation values) {
        for (Quantity q : sheet.quantities()) {
            Value v = values.value(q);
            int rows = v instanceof Value.Array a ? a.rows() : 1, columns = v instanceof Value.Array a ? a.columns() : 1;
            if (rows != layout.heights()[q.index()] || columns != layout.widths()[q.index()]) {
                throw new IllegalArgumentException(sheet.source().name() + ":" + q.decl().namePos().line() + ": '" + q.name()
                        + "' is " + shape(layout.heights()[q.index()], layout.widths()[q.index()]) + " in the base case but "
                        + shape(rows, columns) + " in scenario '" + scenario.name() + "'; a workbook gives a quantity the same"
                        + " cells on every sheet, so its shape must not depend on the scenario");
            }
        }
    }

    private static String shape(int rows, int columns) {
        return rows == 1 && columns == 1 ? "one value" : "a " + rows + "x" + columns + " array";
    }
}
