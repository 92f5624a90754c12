package org.flopsheet.engine.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;

/**
 * Excel's LET(name1, value1, [name2, value2, ...], calculation): each name stands for its value in
 * what follows. Formulas have no side effects, so a name is replaced by its value (already expanded)
 * wherever it is used; the result, the unit checking and the exported formula are those of the
 * expanded formula, which Excel computes to the same value.
 */
final class LetExpansion {
    private final SourceFile file;
    private final Set<String> quantities;

    LetExpansion(SourceFile file, Set<String> quantities) {
        this.file = file;
        this.quantities = quantities;
    }

    /** {@code e} with every LET expanded; {@code e} itself when it has none. */
    Expr expand(Expr e) {
        boolean any = e.descendantsAndSelf().stream().anyMatch(x -> x instanceof Expr.Call c && isLet(c));
        return any ? expand(e, Map.of()) : e;
    }

    private static boolean isLet(Expr.Call c) {
        return c.name().equalsIgnoreCase("LET") || c.name().equalsIgnoreCase("_xlfn.LET");
    }

    private Expr expand(Expr e, Map<String, Expr> names) {
        return switch (e) {
            case Expr.Ref r -> names.getOrDefault(r.name().toLowerCase(Locale.ROOT), r);
            case Expr.Call c when isLet(c) -> let(c, names);
            case Expr.Call c -> new Expr.Call(c.name(), c.args().stream().map(a -> expand(a, names)).toList(), c.pos());
            case Expr.Unary u -> new Expr.Unary(u.op(), expand(u.operand(), names), u.pos());
            case Expr.Binary b -> new Expr.Binary(b.op(), expand(b.left(), names), expand(b.right(), names), b.pos());
            case Expr.Convert c -> new Expr.Convert(expand(c.inner(), names), c.numerator(), c.denominator(), c.fromUnit(), c.toUnit(), c.pos());
            case Expr.Num n -> n;
            case Expr.Bool b -> b;
            case Expr.Text t -> t;
            case Expr.Missing m -> m;
            case Expr.ArrayOf a -> a;
        };
    }

    private Expr let(Expr.Call c, Map<String, Expr> outer) {
        List<Expr> args = c.args();
        if (args.size() < 3 || args.size() % 2 == 0) {
            throw new FlopError(file, c.pos(), "LET takes names and values in pairs, then the calculation, but " + args.size() + " arguments were given",
                    "write LET(name1, value1, name2, value2, calculation)");
        }
        Map<String, Expr> names = new HashMap<>(outer);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            if (!(args.get(i) instanceof Expr.Ref name)) {
                throw new FlopError(file, args.get(i).start(), "argument " + (i + 1) + " of LET must be a name",
                        "write LET(name1, value1, ..., calculation), e.g. LET(x, 2*a, x*x)");
            }
            String key = name.name().toLowerCase(Locale.ROOT);
            if (quantities.contains(key)) {
                throw new FlopError(file, name.pos(), "LET's name '" + name.name() + "' is also a quantity of this sheet",
                        "pick another name for the LET value");
            }
            if (seen.contains(key)) throw new FlopError(file, name.pos(), "LET names '" + name.name() + "' twice", "use each name once");
            seen.add(key);
            names.put(key, expand(args.get(i + 1), names));
        }
        return expand(args.get(args.size() - 1), names);
    }
}
