package org.flopsheet.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.TypeInference;
import org.flopsheet.engine.eval.ValueType;

/**
 * Which formula cells must be array formulas, and marks them so. A formula whose value is an array fills
 * its block as one array formula; a formula with a single value needs one too when some part of it is
 * computed element by element over an array ({@code SUM(tokens_per_param*sizes)}): as an ordinary cell
 * formula, Excel before dynamic arrays and LibreOffice would take the one element of {@code sizes} in the
 * cell's own column instead (implicit intersection), and Excel 365 would show the formula with an {@code @}.
 * A formula that only hands whole arrays to functions ({@code INDEX(gpu_peak, MATCH(chosen, gpu_name, 0))})
 * stays an ordinary one.
 */
final class ArrayFormulas {
    private final ArrayFormulaWorkbook wb;
    private final TypeInference types;

    ArrayFormulas(ArrayFormulaWorkbook wb, Sheet sheet) {
        this.wb = wb;
        this.types = new TypeInference(name -> {
            Quantity q = sheet.quantity(name);
            return q == null ? ValueType.ANY : q.type();
        });
    }

    /** True when some operator or function in the formula computes an array from its operands. */
    boolean evaluatesArrays(Quantity q) {
        for (Expr e : q.formula().descendantsAndSelf()) {
            boolean computed = switch (e) {
                case Expr.Ref r -> false;
                case Expr.ArrayOf a -> false;
                case Expr.Num n -> false;
                case Expr.Bool b -> false;
                case Expr.Text t -> false;
                case Expr.Missing m -> false;
                case Expr.Unary u -> true;
                case Expr.Binary b -> true;
                case Expr.Convert c -> true;
                case Expr.Call c -> true;
            };
            if (computed && types.of(e) == ValueType.ARRAY) return true;
        }
        return false;
    }

    void arrayFormula(Cell anchor, String range) {
        wb.arrayFormula(anchor, range);
    }
}
