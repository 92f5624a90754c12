package org.flopsheet.engine.adopt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Function;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.excel.ExcelFormulaException;
import org.flopsheet.engine.excel.ExcelFormulaParser;
import org.flopsheet.engine.excel.ExcelReferences;

/**
 * Reads one formula cell with the Excel formula reader, resolving its references against the
 * workbook: which cells it reads, and its text in relative (R1C1) form, which is equal for two cells
 * exactly when one is the other filled or copied. References to typed-in errors are refused here,
 * with the cell.
 */
final class FormulaCells {
    private final SourceWorkbook book;

    FormulaCells(SourceWorkbook book) { this.book = book; }

    /**
     * A formula read: the cells it reads (in order of appearance), those of them it reads only through
     * anchored references ({@code $B$2} or a defined name), its relative form; or why it cannot be adopted.
     */
    record Read(List<CellRef> reads, Set<CellRef> anchored, String relative, String problem) {
        boolean adoptable() { return problem == null; }
    }

    Read read(CellRef host, CellContent.Formula formula) {
        if (formula.array()) return failed("an array formula; flopsheet has no arrays yet");
        if (outsideText(formula.text()).contains("[")) return failed("an external link to another workbook");
        List<CellRef> reads = new ArrayList<>();
        Set<CellRef> relative = new HashSet<>(), anchored = new HashSet<>();
        try {
            Expr e = ExcelFormulaParser.parse(formula.text(), new Resolver(host, (cell, isAnchored) -> {
                reads.add(cell);
                (isAnchored ? anchored : relative).add(cell);
                return isAnchored ? absoluteName(host, cell) : relativeName(host, cell);
            }));
            anchored.removeAll(relative);
            return new Read(List.copyOf(reads), Set.copyOf(anchored), org.flopsheet.engine.unparse.DslFormula.of(e), null);
        } catch (ExcelFormulaException e) {
            return failed(e.getMessage());
        }
    }

    /** The formula as a syntax tree whose references are the names {@code nameOf} gives their cells. */
    Expr parse(CellRef host, String text, Function<CellRef, String> nameOf) {
        return ExcelFormulaParser.parse(text, new Resolver(host, (cell, anchored) -> nameOf.apply(cell)));
    }

    private static Read failed(String why) { return new Read(List.of(), Set.of(), null, why); }

    private static String relativeName(CellRef host, CellRef cell) {
        String offset = "R[" + (cell.row() - host.row()) + "]C[" + (cell.column() - host.column()) + "]";
        return cell.sheet().equals(host.sheet()) ? offset : "'" + cell.sheet() + "'" + offset;
    }

    private static String absoluteName(CellRef host, CellRef cell) {
        String at = "R" + cell.row() + "C" + cell.column();
        return cell.sheet().equals(host.sheet()) ? at : "'" + cell.sheet() + "'" + at;
    }

    /** Gives a referenced cell its name; {@code anchored} when the reference was {@code $B$2} or a defined name. */
    private interface Namer {
        String name(CellRef cell, boolean anchored);
    }

    /** The formula without its string literals, so that a '[' inside quotes is not taken for a link. */
    private static String outsideText(String formula) {
        return formula.replaceAll("\"([^\"]|\"\")*\"", "\"\"");
    }

    /** Resolves references to cells of the workbook and hands each cell to {@code nameOf}. */
    private final class Resolver implements ExcelReferences {
        private final CellRef host;
        private final Namer nameOf;

        Resolver(CellRef host, Namer nameOf) {
            this.host = host;
            this.nameOf = nameOf;
        }

        @Override
        public String definedName(String name) {
            CellRef target = book.definedNames().get(host.sheet() + "!" + name);
            if (target == null) target = book.definedNames().get(name);
            if (target == null) {
                throw new ExcelFormulaException("the name '" + name + "' is not a defined name of one cell in this workbook", 0);
            }
            return quantity(target, true);
        }

        @Override
        public String cell(String sheet, int column, int row) {
            return quantity(new CellRef(sheetOf(sheet), column, row), false);
        }

        @Override
        public String absoluteCell(String sheet, int column, int row) {
            return quantity(new CellRef(sheetOf(sheet), column, row), true);
        }

        @Override
        public boolean allowsAreas() { return true; }

        @Override
        public org.flopsheet.engine.excel.CellAddress host() { return new org.flopsheet.engine.excel.CellAddress(host.column(), host.row()); }

        @Override
        public boolean skippedInRange(String sheet, int column, int row) {
            CellRef cell = new CellRef(sheetOf(sheet), column, row);
            return switch (book.at(cell)) {
                case null -> true;
                // SUM skips referenced logicals and text, AND counts logicals, AVERAGEA counts text as 0: the engine
                // does each as Excel does for references, so only empty cells are left out here
                case CellContent.Text t -> false;
                case CellContent.Logical l -> false;
                case CellContent.Num n -> false;
                case CellContent.ErrorValue v -> false;
                case CellContent.Formula f -> false;
            };
        }

        private String quantity(CellRef cell, boolean anchored) {
            switch (book.at(cell)) {
                case CellContent.ErrorValue v -> throw new ExcelFormulaException(
                        "reads " + cell + ", which holds the error " + v.text() + " typed in as a value", 0);
                case CellContent.Num n -> { }
                case CellContent.Text t -> { }
                case CellContent.Logical l -> { }
                case CellContent.Formula f -> { }
                case null -> { }
            }
            return nameOf.name(cell, anchored);
        }

        private String sheetOf(String sheet) {
            if (sheet == null) return host.sheet();
            String found = book.sheet(sheet);
            if (found == null) throw new ExcelFormulaException("the workbook has no sheet '" + sheet + "'", 0);
            return found;
        }
    }
}
