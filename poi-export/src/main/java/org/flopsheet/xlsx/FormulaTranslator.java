package org.flopsheet.xlsx;

import java.util.HashSet;
import java.util.Set;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.excel.ExcelFormulaException;
import org.flopsheet.engine.excel.ExcelFormulaParser;
import org.flopsheet.engine.excel.ExcelReferences;
import org.flopsheet.engine.unparse.DslFormula;
import org.flopsheet.engine.unparse.ExcelFormula;

/**
 * Excel formulas to DSL text. The workbook shows unit conversions as plain factors
 * ({@code =flop/duration/2629800}); in the DSL the unit checker inserts them itself, so a factor the
 * export wrote is taken out again ({@link #withoutConversions}) before the formula goes into the source.
 */
final class FormulaTranslator {
    private FormulaTranslator() {}

    /** The formula read with Excel's grammar; refusals name the cell. */
    static Expr parse(String excel, ExcelReferences refs, String cell) {
        try {
            return ExcelFormulaParser.parse(excel, refs);
        } catch (ExcelFormulaException e) {
            throw new ImportError(cell + ": the formula =" + excel + " cannot be read back: " + e.getMessage());
        }
    }

    /** A canonical text of a formula, to tell a real edit from the same formula written another way. */
    static String canonical(Expr e) { return DslFormula.of(numbersAsValues(e)); }

    /**
     * The tree with every number spelled by its value: a program that saves the workbook may write the same
     * number another way ({@code 3.6E+15} as {@code 3600000000000000}, as LibreOffice does in array formulas),
     * and LibreOffice writes a logical constant as a call ({@code FALSE()}).
     */
    private static Expr numbersAsValues(Expr e) {
        return switch (e) {
            case Expr.Num n -> new Expr.Num(n.value(), org.flopsheet.engine.eval.NumberText.shortest(n.value()), n.unit(), n.pos());
            case Expr.Bool b -> b;
            case Expr.Text t -> t;
            case Expr.Missing m -> m;
            case Expr.Ref r -> r;
            case Expr.ArrayOf a -> new Expr.ArrayOf(a.rows().stream()
                    .map(row -> row.stream().map(FormulaTranslator::numbersAsValues).toList()).toList(), a.unit(), a.pos());
            case Expr.Unary u -> new Expr.Unary(u.op(), numbersAsValues(u.operand()), u.pos());
            case Expr.Binary b -> new Expr.Binary(b.op(), numbersAsValues(b.left()), numbersAsValues(b.right()), b.pos());
            case Expr.Call c when c.args().isEmpty() && (c.name().equalsIgnoreCase("TRUE") || c.name().equalsIgnoreCase("FALSE")) ->
                    new Expr.Bool(c.name().equalsIgnoreCase("TRUE"), c.pos());
            case Expr.Call c -> new Expr.Call(c.name(), c.args().stream().map(FormulaTranslator::numbersAsValues).toList(), c.pos());
            case Expr.Convert c -> new Expr.Convert(numbersAsValues(c.inner()), c.numerator(), c.denominator(), c.fromUnit(),
                    c.toUnit(), c.pos());
        };
    }

    /** The canonical text of what the export wrote for {@code q}. */
    static String exported(Quantity q, ExcelReferences refs, String cell) {
        return canonical(parse(ExcelFormula.of(q.formula()), refs, cell));
    }

    /**
     * {@code e} with every multiplication or division by one of {@code original}'s conversion factors
     * removed; a number the export converted from a unit of its own ({@code 50 ms} written {@code 50/1000})
     * gets that unit back.
     */
    static Expr withoutConversions(Expr e, Quantity original) {
        Set<Double> factors = new HashSet<>();
        java.util.Map<Double, Expr.Num> literals = new java.util.HashMap<>();
        if (original != null) collectFactors(original.formula(), factors, literals);
        return factors.isEmpty() ? e : strip(e, factors, literals);
    }

    private static void collectFactors(Expr e, Set<Double> out, java.util.Map<Double, Expr.Num> literals) {
        for (Expr node : e.descendantsAndSelf()) {
            if (node instanceof Expr.Convert c) {
                if (c.numerator() != 1) out.add(c.numerator());
                if (c.denominator() != 1) out.add(c.denominator());
                if (c.inner() instanceof Expr.Num n && n.unit() != null) literals.put(n.value(), n);
            }
        }
    }

    private static Expr strip(Expr e, Set<Double> factors, java.util.Map<Double, Expr.Num> literals) {
        return switch (e) {
            case Expr.Binary b when (b.op() == Expr.BinaryOp.MUL || b.op() == Expr.BinaryOp.DIV)
                    && b.right() instanceof Expr.Num n && n.unit() == null && factors.contains(n.value()) -> {
                Expr inner = strip(b.left(), factors, literals);
                yield inner instanceof Expr.Num bare && bare.unit() == null && literals.containsKey(bare.value())
                        ? literals.get(bare.value()) : inner;
            }
            case Expr.Binary b -> new Expr.Binary(b.op(), strip(b.left(), factors, literals), strip(b.right(), factors, literals), b.pos());
            case Expr.Unary u -> new Expr.Unary(u.op(), strip(u.operand(), factors, literals), u.pos());
            case Expr.Call c when c.args().isEmpty() && (c.name().equalsIgnoreCase("TRUE") || c.name().equalsIgnoreCase("FALSE")) ->
                    new Expr.Bool(c.name().equalsIgnoreCase("TRUE"), c.pos());
            case Expr.Call c -> new Expr.Call(c.name(), c.args().stream().map(a -> strip(a, factors, literals)).toList(), c.pos());
            case Expr.Convert c -> new Expr.Convert(strip(c.inner(), factors, literals), c.numerator(), c.denominator(),
                    c.fromUnit(), c.toUnit(), c.pos());
            case Expr.Num n -> n;
            case Expr.Bool b -> b;
            case Expr.Text t -> t;
            case Expr.Missing m -> m;
            case Expr.ArrayOf a -> a;
            case Expr.Ref r -> r;
        };
    }
}
