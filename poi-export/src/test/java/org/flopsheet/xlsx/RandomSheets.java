package org.flopsheet.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random but valid .flop sources: inputs with and without units, formulas over them, labels, notes, scenarios. */
final class RandomSheets {
    private static final String[] UNITS = {"", "FLOP", "s", "token", "GB", "month", "param", "%"};
    private static final String[] WORDS = {"training", "compute", "tokens", "memory", "rate", "\"quoted\"", "per GPU", "α≈0.34"};

    private RandomSheets() {}

    static String generate(long seed) {
        Random random = new Random(seed);
        StringBuilder src = new StringBuilder("# random sheet " + seed + "\nsheet random_" + seed + " \"Random sheet " + seed + "\"\n");
        if (random.nextBoolean()) src.append("note \"").append(words(random)).append("\"\n");
        src.append('\n');
        List<String> plain = new ArrayList<>(), any = new ArrayList<>(), inputs = new ArrayList<>();
        int nInputs = 2 + random.nextInt(5);
        for (int i = 0; i < nInputs; i++) {
            String name = "in_" + i;
            String unit = UNITS[random.nextInt(UNITS.length)];
            src.append("input ").append(name).append(" = ").append(number(random)).append(unit.isEmpty() ? "" : " " + unit);
            if (random.nextBoolean()) src.append("   \"").append(words(random)).append('"');
            src.append('\n');
            if (random.nextInt(3) == 0) src.append("note \"").append(words(random)).append("\"\n");
            (unit.isEmpty() ? plain : any).add(name);
            inputs.add(name);
        }
        any.addAll(plain);
        int nFormulas = 1 + random.nextInt(6);
        for (int j = 0; j < nFormulas; j++) {
            String name = "out_" + j;
            boolean dimensionless = plain.size() >= 1 && random.nextBoolean();
            List<String> pool = dimensionless ? plain : any;
            int kind = dimensionless ? random.nextInt(6) : random.nextInt(3) == 0 ? 1 : random.nextBoolean() ? 0 : 4;
            String expr = switch (kind) {
                case 0 -> pick(random, pool) + " * " + pick(random, pool);
                case 1 -> pick(random, pool) + " / (" + pick(random, pool) + " + 0)";
                case 2 -> plain.isEmpty() ? "2^3" : "sqrt(" + pick(random, plain) + " * 4) - " + pick(random, plain) + "^2";
                case 3 -> plain.isEmpty() ? "-2^2" : "MAX(" + pick(random, plain) + ", 1.5) + LN(ABS(" + pick(random, plain) + ") + 1)";
                case 4 -> pick(random, pool) + " * 3 / 2";
                default -> plain.isEmpty() ? "ROUND(2.675, 2)" : "IF(" + pick(random, plain) + " > 1, " + pick(random, plain) + ", 1 / 0)";
            };
            src.append(name).append(" = ").append(expr);
            if (random.nextBoolean()) src.append("  \"").append(words(random)).append('"');
            src.append('\n');
            if (random.nextInt(3) == 0) src.append("   note \"").append(words(random)).append("\"  # a comment\n");
            (dimensionless ? plain : any).add(name);
            if (dimensionless) any.add(name);
        }
        if (random.nextBoolean()) {
            String first = number(random), second = number(random);
            while (second.equals(first)) second = number(random);
            src.append("\nscenarios ").append(inputs.get(0)).append(" = ").append(first).append(", ").append(second).append('\n');
        }
        return src.toString();
    }

    private static String pick(Random random, List<String> names) { return names.get(random.nextInt(names.size())); }

    private static String number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf(1 + random.nextInt(100));
            case 1 -> (1 + random.nextInt(9)) + "e" + random.nextInt(30);
            case 2 -> String.valueOf(Math.round(random.nextDouble() * 1000) / 100.0);
            default -> "1_000";
        };
    }

    private static String words(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) s.append(i > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        return s.toString().replace("\"", "\\\"");
    }
}
