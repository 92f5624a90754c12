package org.flopsheet.xlsx;

import java.util.List;
import java.util.Random;

/**
 * Random but valid formulas over the function library, as a .flop sheet: numbers and logicals nested a
 * few levels deep, over a handful of inputs. Only what LibreOffice computes as Excel does: no power of
 * a negative base, no logical compared with a number, no logical from a reference in an aggregate, no
 * MROUND across signs, no division by zero in QUOTIENT (LibreOfficeDifferentialTest lists those departures).
 */
final class RandomFormulas {
    private static final List<String> INPUTS = List.of("x", "y", "z", "p", "k", "small");
    private static final List<String> CONSTANTS = List.of("0.1", "0.2", "0.3", "2", "3", "4.35", "0.01", "-1.5", "7", "1e-3", "1000", "0");
    /**
     * MOD's and QUOTIENT's divisors: never 0 (QUOTIENT(x, 0) is #DIV/0! in Excel, #NUM! in LibreOffice) nor a
     * fraction whose remainder cancels to a few ulps (LibreOffice then gives 0, Excel the raw remainder).
     */
    private static final List<String> DIVISORS = List.of("2", "3", "-3", "7");
    private static final List<String> COMPARISONS = List.of("<", "<=", ">", ">=", "=", "<>");

    /**
     * The Excel rules that LibreOffice shares: INT at 15 digits, a final sum cancelling to 0,
     * comparisons at 15 digits, empty arguments, a logical result through IFERROR, logicals typed into SUM.
     */
    static final List<String> EXCEL_RULES = List.of(
            "INT(4.35 / 0.01)", "TRUNC(4.35 / 0.01)", "0.1 + 0.2 - 0.3", "small + 2 * small - 3 * small", "0.1 + 0.2 = 0.3",
            "ROUND(x,)", "IF(flag,,y)", "IF(NOT(flag),1,)", "IFERROR(flag, FALSE)", "IFERROR(1 / (x - x), flag)",
            "SUM(TRUE, x)", "AVERAGE(TRUE, y)", "MAX(TRUE, z)", "MIN(FALSE, y)");

    private final Random random;

    private RandomFormulas(long seed) {
        random = new Random(seed);
    }

    /** A sheet with the inputs, the rules above, then {@code count} random formulas, and two scenarios. */
    static String sheet(long seed, int count) {
        RandomFormulas r = new RandomFormulas(seed);
        StringBuilder src = new StringBuilder("sheet random_formulas \"Random formulas, seed " + seed + "\"\n\n");
        src.append("input x = 2.5\ninput y = 3\ninput z = -1.25\ninput p = 0.3\ninput k = 2\ninput small = 0.1\ninput flag = TRUE\n\n");
        for (int i = 0; i < EXCEL_RULES.size(); i++) src.append("rule_").append(i).append(" = ").append(EXCEL_RULES.get(i)).append('\n');
        for (int i = 0; i < count; i++) {
            String formula = r.random.nextInt(4) == 0 ? r.logical(3) : r.number(3);
            src.append("f_").append(i).append(" = ").append(formula).append('\n');
        }
        return src.append("\nscenarios x = -0.75, 7.25\n").toString();
    }

    private String number(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) return random.nextBoolean() ? pick(INPUTS) : pick(CONSTANTS);
        int d = depth - 1;
        return switch (random.nextInt(22)) {
            case 0, 1 -> number(d) + " + " + number(d);
            case 2, 3 -> number(d) + " - " + number(d);
            case 4 -> number(d) + " * " + number(d);
            case 5 -> number(d) + " / (" + number(d) + ")";
            case 6 -> "(" + number(d) + ")^2";
            case 7 -> pick(List.of("ABS", "INT", "SIGN", "EVEN", "ODD", "TRUNC", "SQRT", "LN", "SIN", "COS", "ATAN")) + "(" + number(d) + ")";
            case 8 -> pick(List.of("ROUND", "ROUNDUP", "ROUNDDOWN")) + "(" + number(d) + ", " + pick(List.of("0", "1", "2", "-1", "")) + ")";
            case 9 -> "MOD(" + number(d) + ", " + pick(DIVISORS) + ")";
            case 10 -> pick(List.of("CEILING.MATH", "FLOOR.MATH")) + "(" + number(d) + ")";
            case 11, 12 -> aggregate(d);
            case 13 -> "IF(" + logical(d) + ", " + number(d) + ", " + number(d) + ")";
            case 14 -> "IF(" + logical(d) + ",, " + number(d) + ")";
            case 15 -> "IFERROR(" + number(d) + ", " + number(d) + ")";
            case 16 -> kth();
            case 17 -> "QUOTIENT(" + number(d) + ", " + pick(DIVISORS) + ")";
            case 18 -> "MEDIAN(" + number(d) + ", " + number(d) + ", " + number(d) + ")";
            case 19 -> "PRODUCT(" + number(d) + ", " + number(d) + ")";
            case 20 -> "SUMSQ(" + number(d) + ", " + number(d) + ")";
            default -> "-" + "(" + number(d) + ")";
        };
    }

    /** SUM, AVERAGE, MIN or MAX of numbers and sometimes a logical typed as an argument, which Excel counts. */
    private String aggregate(int depth) {
        StringBuilder s = new StringBuilder(pick(List.of("SUM", "AVERAGE", "MIN", "MAX"))).append('(').append(number(depth));
        for (int i = 0, n = random.nextInt(3); i < n; i++) s.append(", ").append(number(depth));
        if (random.nextInt(3) == 0) s.append(", ").append(random.nextBoolean() ? "TRUE" : "FALSE");
        return s.append(')').toString();
    }

    /** LARGE or SMALL over several inputs: one union of references in the workbook. */
    private String kth() {
        int n = 2 + random.nextInt(4);
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "LARGE(" : "SMALL(");
        for (int i = 0; i < n; i++) s.append(INPUTS.get(i)).append(", ");
        return s.append(1 + random.nextInt(n)).append(')').toString();
    }

    private String logical(int depth) {
        if (depth == 0) return random.nextBoolean() ? "flag" : number(0) + " " + pick(COMPARISONS) + " " + number(0);
        int d = depth - 1;
        return switch (random.nextInt(6)) {
            case 0, 1 -> number(d) + " " + pick(COMPARISONS) + " " + number(d);
            case 2 -> "AND(" + logical(d) + ", " + logical(d) + ")";
            case 3 -> "OR(" + logical(d) + ", " + logical(d) + ")";
            case 4 -> "NOT(" + logical(d) + ")";
            default -> "IFERROR(" + logical(d) + ", FALSE)";
        };
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
