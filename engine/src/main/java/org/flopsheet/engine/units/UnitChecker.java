package org.flopsheet.engine.units;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.Pos;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.dsl.UnitExpr;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.flopsheet.engine.eval.functions.UnitRule;

/**
 * Infers the unit of every formula and rejects dimension mistakes at the operator that makes them.
 * Where two sides have the same dimension but different scales (GB + MB, FLOP/month declared as
 * FLOP/s) it inserts an exact {@link Expr.Convert}, so the evaluator and the exported workbook both
 * carry the conversion.
 */
public final class UnitChecker {
    /** A formula with its conversions made explicit, and the unit its raw value is in. */
    public record Checked(Expr expr, Unit unit, boolean constant) {}

    /** Exact unit scales are raised to an exponent's power: bounded so that no exponent can take minutes. */
    private static final int MAX_UNIT_EXPONENT = 64;
    private static final int MAX_EXPONENT_DIGITS = 40;

    private final SourceFile file;
    private final UnitRegistry registry;
    private final Function<String, Unit> unitOfQuantity;
    /** The declared unit of the definition being checked, in which scale-sensitive functions see their argument. */
    private Unit shownIn;

    public UnitChecker(SourceFile file, UnitRegistry registry, Function<String, Unit> unitOfQuantity) {
        this.file = file;
        this.registry = registry;
        this.unitOfQuantity = unitOfQuantity;
    }

    /** The unit a written unit expression denotes; an error naming the unknown unit otherwise. */
    public Unit resolve(UnitExpr u) {
        try {
            return resolveExact(u);
        } catch (Rational.Overflow o) {
            throw scaleTooLarge(u.pos());
        }
    }

    private FlopError scaleTooLarge(Pos at) {
        return new FlopError(file, at, "the exact scale of this unit is beyond 10^1233",
                "no double reaches that far (Excel's largest number is about 1.8E+308); use units of a sensible size");
    }

    private Unit resolveExact(UnitExpr u) {
        return switch (u) {
            case UnitExpr.Name n -> {
                Unit unit = registry.lookup(n.name());
                if (unit == null) {
                    String ambiguous = UnitRegistry.ambiguity(n.name());
                    if (ambiguous != null) throw new FlopError(file, n.pos(), "'" + n.name() + "' is not a unit", ambiguous);
                    throw new FlopError(file, n.pos(), "unknown unit '" + n.name() + "'",
                            "built-in units are FLOP, param, token, s, byte (B), dollar ($), J, W, Wh, min, h, day, week, month, year, %"
                                    + " with prefixes k M G T P E Z Y m u n or Ki Mi Gi Ti; declare others with 'unit "
                                    + n.name() + "'");
                }
                yield unit;
            }
            case UnitExpr.One o -> Unit.NONE;
            case UnitExpr.Product p -> resolveExact(p.left()).times(resolveExact(p.right()));
            case UnitExpr.Quotient q -> resolveExact(q.left()).dividedBy(resolveExact(q.right()));
            case UnitExpr.Power p -> {
                Unit r = resolveExact(p.base()).pow(p.numerator(), p.denominator());
                if (r == null) throw new FlopError(file, p.pos(), "this power of the unit has no exact scale",
                        "use a whole-number exponent, or a base unit without a prefix");
                yield r;
            }
        };
    }

    /**
     * Checks a definition's formula against its declared unit (null when none is declared) and
     * returns the formula converted into the unit the quantity's values are stored in.
     */
    public Checked checkDefinition(Expr formula, UnitExpr declared, String quantityName) {
        if (declared == null && writtenUnit(formula) != null) {
            return checkDefinition(formula, writtenUnit(formula), quantityName); // input gpus = 100 GPUs keeps "GPUs"
        }
        if (declared == null) {
            Checked inferred = check(formula);
            return new Checked(inferred.expr(), tidy(inferred.unit()), inferred.constant());
        }
        Unit resolved = resolve(declared);
        Unit target = declared instanceof UnitExpr.One ? Unit.NONE
                : declared instanceof UnitExpr.Name || percentExponent(declared) == 0
                ? resolved.named(UnitExpr.text(declared)) : resolved; // GPU/% is GPU
        shownIn = target;
        Checked inferred;
        try {
            inferred = check(formula);
        } finally {
            shownIn = null;
        }
        if (inferred.constant() && inferred.unit().isDimensionless() && inferred.unit().scale().isOne()
                && !inferred.unit().isPercent()) {
            // "input x = 5 GB" style: the number is in the declared unit ("(60) %" is 60 %, the fraction 0.6)
            return new Checked(percentOf(inferred.expr(), percentExponent(declared), formula.pos()), target, true);
        }
        if (inferred.unit().isDimensionless() && inferred.unit().scale().isOne() && looksUpPlainNumbers(formula)) {
            // INDEX({312, 989}, k) TFLOP/s: the array's numbers are in the declared unit, as a number's are
            return new Checked(inferred.expr(), target, false);
        }
        if (!inferred.unit().dimension().equals(target.dimension())) {
            throw new FlopError(file, declared.pos(),
                    "'" + quantityName + "' is declared " + (target.display().isEmpty() ? "a plain number (1)"
                            : "in " + target.display() + " (" + target.dimension() + ")") + " but its formula gives " + show(inferred.unit()),
                    "fix the formula or the declared unit; the dimensions must agree");
        }
        try {
            return new Checked(convert(inferred.expr(), inferred.unit(), target, formula.pos()), target, inferred.constant());
        } catch (Rational.Overflow o) {
            throw scaleTooLarge(declared.pos());
        }
    }

    /** The unit written on a lone constant ({@code 100 GPUs}, {@code -5 $}, {@code {1, 2} GB}), or null. */
    private static UnitExpr writtenUnit(Expr formula) {
        Expr e = formula instanceof Expr.Unary u ? u.operand() : formula;
        return switch (e) {
            case Expr.Num n -> n.unit() != null && !(n.unit() instanceof UnitExpr.Name name && name.name().equals("%")) ? n.unit() : null;
            case Expr.ArrayOf a -> a.unit() != null && !(a.unit() instanceof UnitExpr.Name name && name.name().equals("%")) ? a.unit() : null;
            default -> null;
        };
    }

    /** Converts a constant (a scenario value) into an input's unit. */
    public Expr convertConstant(Expr value, Unit target, String inputName) {
        Checked c = check(value);
        if (c.unit().isDimensionless() && c.unit().scale().isOne()) return c.expr();
        if (!c.unit().dimension().equals(target.dimension())) {
            throw new FlopError(file, value.start(), "the value for '" + inputName + "' is in " + show(c.unit())
                    + " but '" + inputName + "' is in " + show(target), "give the value a unit of the same dimension");
        }
        try {
            return convert(c.expr(), c.unit(), target, value.pos());
        } catch (Rational.Overflow o) {
            throw scaleTooLarge(value.start());
        }
    }

    /** The formula takes numbers from an array constant without a unit, and nothing in it has a unit. */
    private boolean looksUpPlainNumbers(Expr formula) {
        boolean plainArray = false;
        for (Expr e : formula.descendantsAndSelf()) {
            switch (e) {
                case Expr.ArrayOf a -> {
                    if (a.unit() != null) return false;
                    plainArray = true;
                }
                case Expr.Num n -> { if (n.unit() != null) return false; }
                case Expr.Ref r -> { if (!unitOfQuantity.apply(r.name()).isDimensionless()) return false; }
                case Expr.Bool b -> { }
                case Expr.Text t -> { }
                case Expr.Missing m -> { }
                case Expr.Unary u -> { }
                case Expr.Binary b -> { }
                case Expr.Call c -> { }
                case Expr.Convert c -> { return false; }
            }
        }
        return plainArray;
    }

    public Checked check(Expr e) {
        try {
            return checkNode(e);
        } catch (Rational.Overflow o) {
            throw scaleTooLarge(e.pos()); // at the innermost node: outer ones see a FlopError
        }
    }

    private Checked checkNode(Expr e) {
        return switch (e) {
            case Expr.Num n -> n.unit() == null ? new Checked(n, Unit.NONE, true)
                    : new Checked(percentOf(n, percentExponent(n.unit()), n.pos()), resolve(n.unit()), true);
            case Expr.Bool b -> new Checked(b, Unit.NONE, true);
            case Expr.Text t -> new Checked(t, Unit.NONE, true);
            case Expr.Missing m -> new Checked(m, Unit.NONE, true);
            case Expr.ArrayOf a -> new Checked(a, a.unit() == null ? Unit.NONE : resolve(a.unit()), true);
            case Expr.Ref r -> new Checked(r, unitOfQuantity.apply(r.name()), false);
            case Expr.Unary u -> {
                Checked inner = check(u.operand());
                yield new Checked(new Expr.Unary(u.op(), inner.expr(), u.pos()), inner.unit(), inner.constant());
            }
            case Expr.Convert c -> check(c.inner());
            case Expr.Binary b -> binary(b);
            case Expr.Call c -> call(c);
        };
    }

    private Checked binary(Expr.Binary b) {
        Checked l = check(b.left()), r = check(b.right());
        boolean constant = l.constant() && r.constant();
        return switch (b.op()) {
            case MUL -> new Checked(rebuild(b, l, r), l.unit().times(r.unit()), constant);
            case DIV -> new Checked(rebuild(b, l, r), l.unit().dividedBy(r.unit()), constant);
            case POW -> power(b, l, r);
            case CONCAT -> new Checked(rebuild(b, l, r), Unit.NONE, constant); // text shows each side's number in its own unit
            case ADD, SUB, EQ, NE, LT, LE, GT, GE -> {
                Checked[] same = sameUnit(l, r, b.pos(), verb(b.op()));
                Unit result = b.op().isComparison() ? Unit.NONE : same[0].unit();
                yield new Checked(new Expr.Binary(b.op(), same[0].expr(), same[1].expr(), b.pos()), result, constant);
            }
        };
    }

    private static Expr rebuild(Expr.Binary b, Checked l, Checked r) {
        return new Expr.Binary(b.op(), l.expr(), r.expr(), b.pos());
    }

    private static String verb(Expr.BinaryOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "subtract";
            case EQ, NE, LT, LE, GT, GE -> "compare";
            case MUL, DIV, POW, CONCAT -> throw new IllegalStateException(op + " needs no common unit");
        };
    }

    /** Brings {@code r} into {@code l}'s unit; a bare 0 fits any unit. */
    private Checked[] sameUnit(Checked l, Checked r, Pos at, String verb) {
        if (isBareZero(r.expr())) return new Checked[] {l, new Checked(r.expr(), l.unit(), true)};
        if (isBareZero(l.expr())) return new Checked[] {new Checked(l.expr(), r.unit(), true), r};
        if (!l.unit().dimension().equals(r.unit().dimension())) {
            String[] words = verb.equals("subtract") ? new String[] {"subtract ", " from "} : new String[] {verb + " ", " and "};
            String left = show(l.unit()), right = show(r.unit());
            String problem = verb.equals("subtract") ? "cannot subtract " + right + " from " + left
                    : "cannot " + verb + " " + left + " and " + right;
            throw new FlopError(file, at, problem,
                    "both sides need the same dimension: the left side is in " + left + ", the right side in " + right
                            + (r.unit().isDimensionless() && r.constant() || l.unit().isDimensionless() && l.constant()
                               ? "; give the number a unit, e.g. 5 " + (l.unit().isDimensionless() ? right : left) : ""));
        }
        return new Checked[] {l, new Checked(convert(r.expr(), r.unit(), l.unit(), at), l.unit(), r.constant())};
    }

    /** A bare 0, or an empty argument (which Excel reads as 0): it fits any unit. */
    private static boolean isBareZero(Expr e) {
        return e instanceof Expr.Num n && n.value() == 0 && n.unit() == null || e instanceof Expr.Missing;
    }

    private Checked power(Expr.Binary b, Checked base, Checked exponent) {
        Checked exp = dimensionless(exponent, b.right().start(), "an exponent");
        if (base.unit().isDimensionless()) {
            Checked plainBase = dimensionless(base, b.left().start(), "the base");
            return new Checked(new Expr.Binary(Expr.BinaryOp.POW, plainBase.expr(), exp.expr(), b.pos()), Unit.NONE,
                    base.constant() && exp.constant());
        }
        Rational p = constantValue(exp.expr());
        if (p == null) {
            throw new FlopError(file, b.right().start(), "the exponent of a quantity in " + show(base.unit())
                    + " must be a constant number", "write a number such as 2, -1 or (1/2), or make the base dimensionless");
        }
        Checked exact = exactBase(base, p, b.left().start());
        return new Checked(new Expr.Binary(Expr.BinaryOp.POW, exact.expr(), exp.expr(), b.pos()), powerOf(exact, p), base.constant());
    }

    /**
     * {@code base} ready to be raised to {@code p}: a root of a scaled unit (sqrt of GB, of day) has no
     * exact scale, so such a base is first converted exactly into base units (byte, s).
     */
    private Checked exactBase(Checked base, Rational p, Pos at) {
        if (p.numerator().abs().compareTo(BigInteger.valueOf(MAX_UNIT_EXPONENT)) > 0
                || p.denominator().compareTo(BigInteger.valueOf(MAX_UNIT_EXPONENT)) > 0) {
            throw new FlopError(file, at, "the exponent " + p + " is too large for a unit",
                    "powers of a quantity with a unit go up to " + MAX_UNIT_EXPONENT + " (and roots to 1/" + MAX_UNIT_EXPONENT
                            + "); make the base dimensionless");
        }
        if (base.unit().pow(p.numerator().intValue(), p.denominator().intValue()) != null) return base;
        Unit plain = new Unit(base.unit().dimension().toString(), Rational.ONE, base.unit().dimension());
        return new Checked(convert(base.expr(), base.unit(), plain, at), plain, base.constant());
    }

    private static Unit powerOf(Checked exactBase, Rational p) {
        return exactBase.unit().pow(p.numerator().intValue(), p.denominator().intValue());
    }

    private Checked call(Expr.Call c) {
        ExcelFunction f = FunctionLibrary.resolve(file, c); // values typed outside a sheet meet their calls here first
        List<Checked> args = new ArrayList<>();
        for (Expr a : c.args()) args.add(check(a));
        boolean constant = args.stream().allMatch(Checked::constant);
        return switch (f.unitRule()) {
            case UnitRule.Pattern p -> pattern(c, f, args, p.result(), constant);
            case UnitRule.SquareRoot s -> {
                Checked exact = exactBase(args.get(0), Rational.of(1, 2), c.args().get(0).start());
                yield new Checked(new Expr.Call(c.name(), List.of(exact.expr()), c.pos()), powerOf(exact, Rational.of(1, 2)), constant);
            }
            case UnitRule.Power p -> {
                Expr.Binary asPower = new Expr.Binary(Expr.BinaryOp.POW, c.args().get(0), c.args().get(1), c.pos());
                Checked power = power(asPower, args.get(0), args.get(1));
                Expr.Binary checked = (Expr.Binary) power.expr();
                yield new Checked(new Expr.Call(c.name(), List.of(checked.left(), checked.right()), c.pos()), power.unit(), constant);
            }
            case UnitRule.CriteriaRange r -> {
                boolean sumRange = c.args().size() > 2 && !(c.args().get(2) instanceof Expr.Missing);
                List<Expr> out = args.stream().map(Checked::expr).toList();
                yield new Checked(new Expr.Call(c.name(), out, c.pos()), args.get(sumRange ? 2 : 0).unit(), constant);
            }
            case UnitRule.Product p -> {
                Unit product = Unit.NONE;
                for (Checked a : args) product = product.times(a.unit());
                yield new Checked(new Expr.Call(c.name(), args.stream().map(Checked::expr).toList(), c.pos()), product, constant);
            }
            case UnitRule.CumulativeOrDensity d -> {
                Checked probability = pattern(c, f, args, "x", constant);
                Unit x = probability.unit();
                if (x.isDimensionless()) yield new Checked(probability.expr(), Unit.NONE, constant);
                Boolean cumulative = d.flagIndex() < c.args().size() ? constantTruth(c.args().get(d.flagIndex())) : null;
                if (cumulative == null) {
                    throw new FlopError(file, c.pos(), f.name() + " of a quantity in " + show(x) + " is a probability or a density in 1/"
                            + x.display() + ", depending on its argument '" + f.parameters().get(d.flagIndex()).name() + "'",
                            "write TRUE (the probability) or FALSE (the density) there, or make the quantity dimensionless");
                }
                yield new Checked(probability.expr(), cumulative ? Unit.NONE : Unit.NONE.dividedBy(x), constant);
            }
        };
    }

    /**
     * A function whose parameters name their units by letters ({@link org.flopsheet.engine.eval.functions.Parameter#unit()}):
     * arguments with one letter are brought to the first one's unit, {@code ""} ones must be
     * dimensionless, {@code "*"} ones may be anything; the result is {@code result} over those letters.
     */
    private Checked pattern(Expr.Call c, ExcelFunction f, List<Checked> args, String result, boolean constant) {
        Map<String, Checked> first = new HashMap<>();
        List<Expr> out = new ArrayList<>();
        int n = args.size();
        for (int i = 0; i < n; i++) {
            String letter = f.parameterAt(i, n).unit();
            Checked arg = i == 0 && f.scaleSensitive() && !letter.equals("*") ? atRoundingScale(args.get(0), c.args().get(0), f) : args.get(i);
            Pos at = c.args().get(i).start();
            if (letter.equals("*")) out.add(arg.expr());
            else if (letter.isEmpty()) {
                String which = f.parameters().size() == 1 ? "the argument of " + f.name() : "argument " + (i + 1) + " (" + f.parameterAt(i, n).name() + ") of " + f.name();
                out.add(dimensionless(arg, at, which).expr());
            }
            else if (!first.containsKey(letter) || isBareZero(first.get(letter).expr())) {
                first.put(letter, arg);
                out.add(arg.expr());
            } else {
                out.add(sameUnit(first.get(letter), arg, at, f.parameterAt(i, n).result() ? "choose between" : "combine")[1].expr());
            }
        }
        return new Checked(new Expr.Call(c.name(), List.copyOf(out), c.pos()), resultUnit(result, first), constant);
    }

    /** {@code "x"}, {@code "x^2"}, {@code "y/x"}, {@code "1/x"} or {@code ""} over the letters' units. */
    private static Unit resultUnit(String result, Map<String, Checked> letters) {
        if (result.isEmpty()) return Unit.NONE;
        String[] sides = result.split("/");
        Unit u = side(sides[0], letters);
        for (int i = 1; i < sides.length; i++) u = u.dividedBy(side(sides[i], letters));
        return u;
    }

    private static Unit side(String term, Map<String, Checked> letters) {
        if (term.equals("1")) return Unit.NONE;
        String[] power = term.split("\\^");
        Checked c = letters.get(power[0]);
        Unit u = c == null ? Unit.NONE : c.unit();
        return power.length == 1 ? u : u.pow(Integer.parseInt(power[1]), 1);
    }

    /** TRUE or FALSE when {@code e} is written as a constant logical value or number, else null. */
    private static Boolean constantTruth(Expr e) {
        return switch (e) {
            case Expr.Bool b -> b.value();
            case Expr.Num n -> n.unit() == null ? n.value() != 0 : null;
            case Expr.Text t -> null;
            case Expr.ArrayOf a -> null;
            case Expr.Missing m -> false;
            case Expr.Ref r -> null;
            case Expr.Unary u -> null;
            case Expr.Binary b -> null;
            case Expr.Call c -> null;
            case Expr.Convert c -> null;
        };
    }

    /**
     * A rounding function's argument in the unit whose scale it rounds at: the quantity's declared unit
     * when the dimensions agree (the reader sees the result in it); plain numbers for a ratio such as
     * GiB/GB; as it is when its unit has no scale or is a quantity's or a number's own unit (month). Anything
     * else (a scaled unit that only arithmetic made) is refused rather than rounded at an arbitrary scale.
     */
    private Checked atRoundingScale(Checked arg, Expr written, ExcelFunction f) {
        Unit u = arg.unit();
        if (shownIn != null && shownIn.dimension().equals(u.dimension())) {
            return new Checked(convert(arg.expr(), u, shownIn, written.start()), shownIn, arg.constant());
        }
        if (u.scale().isOne()) return arg;
        if (u.isDimensionless()) return new Checked(convert(arg.expr(), u, Unit.NONE, written.start()), Unit.NONE, arg.constant());
        if (written instanceof Expr.Ref || written instanceof Expr.Num) return arg;
        String base = u.dimension().toString();
        throw new FlopError(file, written.start(), f.name() + " would round a value in " + show(u)
                + ", a scale that only the arithmetic made, so the result would depend on it",
                "write the unit to round in after the formula, as in " + f.name() + "(...) " + base
                        + ", or make the argument a quantity of its own in the unit you mean");
    }

    /** {@code value} divided by 100 per power of % in its unit: the literal 60 % is the fraction 0.6, as in Excel. */
    private static Expr percentOf(Expr value, int percentExponent, Pos at) {
        if (percentExponent == 0 || isBareZero(value)) return value;
        double hundreds = Math.pow(100, Math.abs(percentExponent));
        return percentExponent > 0 ? new Expr.Convert(value, 1, hundreds, "%", "", at)
                : new Expr.Convert(value, hundreds, 1, "1/%", "", at);
    }

    /** How many times % divides a written unit: 1 for %, -1 for 1/%, 0 for GB. */
    private int percentExponent(UnitExpr u) {
        return switch (u) {
            case UnitExpr.Name n -> n.name().equals("%") ? 1 : 0;
            case UnitExpr.One o -> 0;
            case UnitExpr.Product p -> percentExponent(p.left()) + percentExponent(p.right());
            case UnitExpr.Quotient q -> percentExponent(q.left()) - percentExponent(q.right());
            case UnitExpr.Power p -> {
                int base = percentExponent(p.base());
                if (base != 0 && (p.denominator() != 1 || Math.abs(p.numerator()) > 4)) {
                    throw new FlopError(file, p.pos(), "% can only be raised to a small whole power",
                            "write the fraction as a plain number instead");
                }
                yield base * p.numerator();
            }
        };
    }

    /** Requires a dimensionless value and brings a scaled one (%) to plain numbers. */
    private Checked dimensionless(Checked c, Pos at, String what) {
        if (!c.unit().isDimensionless()) {
            throw new FlopError(file, at, what + " must be dimensionless, but it is in " + show(c.unit()),
                    "divide by a quantity of the same unit to get a plain ratio");
        }
        return new Checked(convert(c.expr(), c.unit(), Unit.NONE, at), Unit.NONE, c.constant());
    }

    private static Expr convert(Expr e, Unit from, Unit to, Pos at) {
        Rational f = to.factorFrom(from);
        if (f.isOne()) return e;
        double num = f.numerator().doubleValue(), den = f.denominator().doubleValue();
        if (isBareZero(e)) return e;
        return new Expr.Convert(e, num, den, from.display(), to.display(), at);
    }

    /** The exact value of a constant exponent such as 2, -1, (1/2) or 0.5; null if not constant. */
    private Rational constantValue(Expr e) {
        return switch (e) {
            case Expr.Num n when n.unit() == null -> {
                Rational exact = Rational.ofDecimal(n.text(), MAX_EXPONENT_DIGITS);
                if (exact == null) {
                    throw new FlopError(file, n.pos(), "the exponent " + n.text() + " has too many digits to be a power of a unit",
                            "a unit's exponent is a small fraction such as 2, -1 or (1/2); or make the base dimensionless");
                }
                yield exact;
            }
            case Expr.Unary u -> {
                Rational r = constantValue(u.operand());
                yield r == null ? null : u.op() == Expr.UnaryOp.NEG ? r.negate() : r;
            }
            case Expr.Binary b when b.op() == Expr.BinaryOp.DIV -> {
                Rational l = constantValue(b.left()), r = constantValue(b.right());
                yield l == null || r == null || r.isZero() ? null : l.dividedBy(r);
            }
            case Expr.Binary b when b.op() == Expr.BinaryOp.MUL -> {
                Rational l = constantValue(b.left()), r = constantValue(b.right());
                yield l == null || r == null ? null : l.times(r);
            }
            case Expr.Num n -> null;
            case Expr.Binary b -> null;
            case Expr.Bool b -> null;
            case Expr.Text t -> null;
            case Expr.ArrayOf a -> null;
            case Expr.Missing m -> null;
            case Expr.Ref r -> null;
            case Expr.Call c -> null;
            case Expr.Convert c -> null;
        };
    }

    /**
     * A unit that was only inferred, when it has no scale of its own, is shown by its dimension, written
     * with a compound unit of scale 1 where that reads shorter: J/(GPU*s) is shown as W/GPU.
     */
    private Unit tidy(Unit u) {
        if (u.isPercent() || !u.scale().isOne()) return u;
        return u.named(u.isDimensionless() ? "" : registry.shortestName(u.dimension()));
    }

    private static String show(Unit u) {
        if (u.isDimensionless()) return u.scale().isOne() ? "a plain number" : u.display();
        String name = u.display(), dim = u.dimension().toString();
        return name.equals(dim) ? name : name + " (" + dim + ")";
    }
}
