package org.flopsheet.engine.unparse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;

/**
 * Writes a formula tree as Excel formula text (without the leading '='), adding parentheses wherever
 * Excel's grammar would read the text differently from the tree: in Excel unary minus binds tighter
 * than ^ ({@code =-2^2} is 4) and ^ is left-associative ({@code =2^3^2} is 64). Unit conversions are
 * written as the multiplication and division they are, so a workbook shows them.
 */
public final class ExcelFormula {

    /** Excel's binding strengths, loosest first; every binary operator is left-associative. */
    enum Level { COMPARISON, CONCAT, ADDITIVE, MULTIPLICATIVE, POWER, PREFIX, ATOM }

    private final UnaryOperator<String> refText;

    private ExcelFormula(UnaryOperator<String> refText) {
        this.refText = refText;
    }

    /** The formula with every quantity referred to by its name, e.g. {@code SQRT(training_flop/(3*h*k*m))}. */
    public static String of(Expr formula) {
        return of(formula, UnaryOperator.identity());
    }

    /** The formula with each quantity written as {@code refText} says (a defined name, a cell address). */
    public static String of(Expr formula, UnaryOperator<String> refText) {
        return new ExcelFormula(refText).write(formula).text;
    }

    /** Formula text and the level of its outermost operator, which decides whether a parent must parenthesize it. */
    private record Written(String text, Level level) {
        String atLeast(Level needed) {
            return level.compareTo(needed) >= 0 ? text : "(" + text + ")";
        }
    }

    private Written write(Expr e) {
        return switch (e) {
            case Expr.Num n -> number(n.value());
            case Expr.Bool b -> new Written(b.value() ? "TRUE" : "FALSE", Level.ATOM);
            case Expr.Text t -> new Written(text(t.value()), Level.ATOM);
            case Expr.Missing m -> new Written("", Level.ATOM);
            case Expr.ArrayOf a -> array(a);
            case Expr.Ref r -> new Written(refText.apply(r.name()), Level.ATOM);
            case Expr.Unary u -> new Written(u.op().symbol + write(u.operand()).atLeast(Level.PREFIX), Level.PREFIX);
            case Expr.Binary b -> binary(b.op().symbol, levelOf(b.op()), write(b.left()), write(b.right()));
            case Expr.Convert c -> convert(c);
            case Expr.Call c -> call(c.name(), c.args());
        };
    }

    private static Written number(double v) {
        String digits = NumberText.shortest(Math.abs(v));
        return v < 0 || (v == 0 && 1 / v < 0) ? new Written("-" + digits, Level.PREFIX) : new Written(digits, Level.ATOM);
    }

    private static Level levelOf(Expr.BinaryOp op) {
        return switch (op) {
            case ADD, SUB -> Level.ADDITIVE;
            case MUL, DIV -> Level.MULTIPLICATIVE;
            case POW -> Level.POWER;
            case EQ, NE, LT, LE, GT, GE -> Level.COMPARISON;
            case CONCAT -> Level.CONCAT;
        };
    }

    /** Excel's text literal: in double quotes, a quote inside doubled. */
    public static String text(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** An array constant, {@code {312,989;80,141}}: its elements are constants, a negative number signed in place. */
    private Written array(Expr.ArrayOf a) {
        StringBuilder out = new StringBuilder("{");
        for (int r = 0; r < a.height(); r++) {
            if (r > 0) out.append(';');
            for (int c = 0; c < a.width(); c++) {
                if (c > 0) out.append(',');
                out.append(write(a.rows().get(r).get(c)).text);
            }
        }
        return new Written(out.append('}').toString(), Level.ATOM);
    }

    /**
     * Left-associative: the left operand may sit at the same level, the right one must bind tighter.
     * A signed right operand is parenthesized too, so the text never shows {@code a--b} or {@code a^-b},
     * and so is a comparison compared again or a signed base of ^: Excel reads {@code -a^2} as (-a)^2, but
     * a person (and Apache POI's evaluator) might not.
     */
    private static Written binary(String symbol, Level level, Written left, Written right) {
        boolean clarify = level == Level.COMPARISON && left.level == Level.COMPARISON
                || level == Level.POWER && left.level == Level.PREFIX;
        String l = clarify ? "(" + left.text + ")" : left.atLeast(level);
        String r = right.level == Level.PREFIX ? "(" + right.text + ")"
                : right.level.compareTo(level) > 0 ? right.text : "(" + right.text + ")";
        return new Written(l + symbol + r, level);
    }

    /** {@code inner*numerator/denominator}, left to right, exactly as the evaluator computes it. */
    private Written convert(Expr.Convert c) {
        Written w = write(c.inner());
        if (c.numerator() != 1 || c.denominator() == 1) w = binary("*", Level.MULTIPLICATIVE, w, number(c.numerator()));
        if (c.denominator() != 1) w = binary("/", Level.MULTIPLICATIVE, w, number(c.denominator()));
        return w;
    }

    private Written call(String name, List<Expr> args) {
        ExcelFunction f = FunctionLibrary.lookup(name);
        List<Expr> list = f == null ? List.of() : oneList(f, args);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (list.size() > 1 && f.repeatsAt(i, args.size())) {
                if (args.get(i) == list.get(0)) written.add(oneArgument(list));
            } else {
                written.add(write(args.get(i)).text);
            }
        }
        return new Written((f == null ? name : f.excelName()) + "(" + String.join(",", written) + ")", Level.ATOM);
    }

    /** Several values of one list argument as Excel takes them: quantities as one union of references, numbers as one array. */
    private String oneArgument(List<Expr> list) {
        String inner = list.stream().map(e -> write(e).text).collect(Collectors.joining(","));
        return list.stream().allMatch(e -> e instanceof Expr.Ref) ? "(" + inner + ")" : "{" + inner + "}";
    }

    /** The values given to a list that is one argument in Excel (LARGE's array); empty for other functions. */
    private static List<Expr> oneList(ExcelFunction f, List<Expr> args) {
        if (!f.listIsOneArgument()) return List.of();
        List<Expr> list = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) if (f.repeatsAt(i, args.size())) list.add(args.get(i));
        return list;
    }

    /**
     * The first of several values given to a list that is one argument in Excel (LARGE(array, k)) that
     * cannot be written as that one argument, or null when they can: quantities only become one union of
     * references {@code (a,b,c)}, plain numbers only one array constant {@code {1,2,3}}; a mix, or a
     * computed value, has no Excel twin.
     */
    public static Expr notOneArgument(ExcelFunction f, List<Expr> args) {
        List<Expr> list = oneList(f, args);
        if (list.size() < 2 || list.stream().allMatch(e -> e instanceof Expr.Ref) || list.stream().allMatch(ExcelFormula::plainNumber)) {
            return null;
        }
        boolean quantities = list.get(0) instanceof Expr.Ref;
        return list.stream().filter(e -> quantities ? !(e instanceof Expr.Ref) : !plainNumber(e)).findFirst().orElseThrow();
    }

    private static boolean plainNumber(Expr e) {
        return e instanceof Expr.Num || e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG && u.operand() instanceof Expr.Num;
    }
}
