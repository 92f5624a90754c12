package org.flopsheet.engine.eval.functions;

import java.util.regex.Pattern;
import org.flopsheet.engine.eval.Coercion;
import org.flopsheet.engine.eval.Value;

/**
 * A criterion of SUMIF, COUNTIF and their kin: a value to equal ({@code 5}, {@code "H100"}, TRUE),
 * or text starting with an operator ({@code ">=5"}, {@code "<>A100"}). Text compares without case
 * and may use the wildcards * and ?; order operators only match values of the operand's kind.
 */
record Criterion(Operator op, Value operand, Pattern wildcard) {
    enum Operator { EQ, NE, LT, LE, GT, GE }

    static Criterion of(Value c) {
        return switch (c) {
            case Value.Num n -> new Criterion(Operator.EQ, n, null);
            case Value.Bool b -> new Criterion(Operator.EQ, b, null);
            case Value.Err e -> throw new Arguments.Failed(e);
            case Value.Array a -> of(a.at(0, 0));
            case Value.Text t -> parse(t.value());
        };
    }

    private static Criterion parse(String s) {
        Operator op = Operator.EQ;
        String rest = s;
        for (String[] prefix : new String[][] {{"<=", "LE"}, {">=", "GE"}, {"<>", "NE"}, {"<", "LT"}, {">", "GT"}, {"=", "EQ"}}) {
            if (s.startsWith(prefix[0])) {
                op = Operator.valueOf(prefix[1]);
                rest = s.substring(prefix[0].length());
                break;
            }
        }
        double number = Coercion.parseNumber(rest);
        if (!Double.isNaN(number) && !rest.isBlank()) return new Criterion(op, new Value.Num(number), null);
        if (rest.equalsIgnoreCase("TRUE") || rest.equalsIgnoreCase("FALSE")) {
            return new Criterion(op, Value.Bool.of(rest.equalsIgnoreCase("TRUE")), null);
        }
        return new Criterion(op, new Value.Text(rest), Matching.hasWildcard(rest) ? Matching.pattern(rest) : null);
    }

    boolean test(Value cell) {
        if (cell instanceof Value.Err) return false;
        return switch (op) {
            case EQ -> equal(cell);
            case NE -> !equal(cell);
            case LT -> ordered(cell) && Coercion.compare(cell, operand) < 0;
            case LE -> ordered(cell) && Coercion.compare(cell, operand) <= 0;
            case GT -> ordered(cell) && Coercion.compare(cell, operand) > 0;
            case GE -> ordered(cell) && Coercion.compare(cell, operand) >= 0;
        };
    }

    private boolean equal(Value cell) {
        if (operand instanceof Value.Text t && cell instanceof Value.Text c) {
            return wildcard != null ? wildcard.matcher(c.value()).matches() : t.value().equalsIgnoreCase(c.value());
        }
        return Matching.sameKind(operand, cell) && Coercion.compare(cell, operand) == 0;
    }

    private boolean ordered(Value cell) {
        return Matching.sameKind(operand, cell);
    }
}
