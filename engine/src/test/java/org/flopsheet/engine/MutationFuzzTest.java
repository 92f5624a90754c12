package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.excel.ExcelFormulaException;
import org.flopsheet.engine.excel.ExcelFormulaParser;
import org.flopsheet.engine.excel.ExcelReferences;
import org.flopsheet.engine.unparse.DslFormula;
import org.flopsheet.engine.unparse.ExcelFormula;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over the shipped models: each mutant is one to three small edits of a real
 * sheet (a token deleted, repeated or swapped, random digits and exponents, unicode, a truncation ...).
 * Compiling it, evaluating every scenario, reading a mutated typed value for every input (as a CSV cell
 * or --set does), writing every formula as Excel and DSL text and reading the Excel text back (as import
 * does) must succeed or end in a {@link FlopError} that says file:line:column (for a typed value, a
 * refusal naming the input; for Excel text, an ExcelFormulaException). Anything else, or a mutant that
 * takes longer than {@link #PER_MUTANT}, fails with the mutant printed. Reproduce or widen a run with
 * {@code -Dflopsheet.fuzz.seed=N -Dflopsheet.fuzz.mutants=M -Dflopsheet.fuzz.seconds=S}.
 */
class MutationFuzzTest {
    private static final long SEED = Long.getLong("flopsheet.fuzz.seed", 20261129L);
    private static final int MUTANTS = Integer.getInteger("flopsheet.fuzz.mutants", 4000);
    /** A busy CI machine runs fewer of the same sequence of mutants rather than holding the build up. */
    private static final long BUDGET_SECONDS = Long.getLong("flopsheet.fuzz.seconds", 25);
    private static final int AT_LEAST = 200;
    private static final long PER_MUTANT = 5_000; // ms; a compile takes a few, the machine may be busy
    private static final Pattern TOKEN = Pattern.compile(
            "\"[^\"\\n]*\"|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[\\p{L}_][\\p{L}\\p{N}_]*|==|!=|<=|>=|<>|\\S");
    private static final String[] NUMBERS = {"0", "1e308", "1e309", "1e-99999999", "9".repeat(400), "0.000", "1_000",
            "1e-320", "4.9e-324", "(1/0)", "-0", "2^1024", "1e99999999", "12abc", "0x1F", "1.", ".5", "1__0"};
    private static final String[] UNICODE = {"é", "µ", "π", "\u200b", "\u202e", "\ud83d\ude80", "\u0301", "\u2028",
            "\u0000", "\t", "\r", "\\", "\"", "#", "%", "ν₀", "\ufeff", "\ud800"};
    private static final String[] TYPED = {"3e27", "4 month", "65%", "0.5", "1 s^(1/0)", "2^1e-99999999", "1e309",
            "12abc", "Infinity", "NaN", "-0", "1e-99999999 s", "48 GiB", "(1+2", "1/0", "SQRT(-1)", "x + 1"};
    private static final String[] PIECES = {"(", ")", ",", "^", "*", "/", "+", "-", "=", "<>", "input", "unit", "scenario",
            "scenarios", "note", "sheet", "SUM(", "IF(", "ROUND(", "MOD(", "SQRT(", "1/s", "GB", "GiB", "%", "s^(1/0)",
            "s^99999999", "month", "TRUE", "\n", "\n\n", "=="};

    @Test
    void mutantsOfTheShippedModelsCompileOrAreRefusedWithAPlace() throws Exception {
        List<Path> models = models();
        Random random = new Random(SEED);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-mutant", 0);
            t.setDaemon(true);
            return t;
        });
        int compiled = 0, refused = 0, ran = 0;
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        try {
            int i;
            for (i = 0; i < MUTANTS && (System.nanoTime() - start) / 1_000_000_000 < BUDGET_SECONDS; i++) {
                Path model = models.get(random.nextInt(models.size()));
                String original = Files.readString(model);
                String mutant = mutate(original, random);
                String name = model.getFileName().toString().replace(".flop", "-mutant-" + i + ".flop");
                String typed = mutate(pick(TYPED, random), random); // as in a CSV cell, --set or a JSON request
                Future<Throwable> run = worker.submit(() -> exercise(name, mutant, typed));
                Throwable outcome;
                try {
                    outcome = run.get(PER_MUTANT, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    failures.add("mutant " + i + " took over " + PER_MUTANT + " ms:\n" + mutant);
                    break;
                }
                if (outcome == null) {
                    compiled++;
                } else if (outcome instanceof FlopError e) {
                    refused++;
                    String where = name + ":" + e.line() + ":" + e.column() + ": ";
                    if (e.line() <= 0 || e.column() <= 0 || !e.getMessage().startsWith(where)) {
                        failures.add("mutant " + i + " is refused without file:line:column:\n" + e.getMessage() + "\n--- mutant:\n" + mutant);
                    }
                } else {
                    java.io.StringWriter trace = new java.io.StringWriter();
                    outcome.printStackTrace(new java.io.PrintWriter(trace));
                    failures.add("mutant " + i + " is an internal error: " + trace.toString().lines().limit(12).toList()
                            + "\n--- mutant:\n" + mutant);
                }
                if (failures.size() >= 5) break;
            }
            ran = i;
        } finally {
            worker.shutdownNow();
        }
        if (!failures.isEmpty()) fail("seed " + SEED + ":\n" + String.join("\n\n=====\n", failures));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fuzz: %d mutants (seed %d) in %.1f s: %d compiled, %d refused with a place%n",
                ran, SEED, seconds, compiled, refused);
        assertTrue(ran >= AT_LEAST, "only " + ran + " mutants in " + BUDGET_SECONDS + " s");
        assertFalse(compiled == 0 || refused == 0, "the mutants should both compile and fail: " + compiled + " / " + refused);
    }

    /** Everything a compiled sheet goes through in every command; null when all of it went well. */
    private static Throwable exercise(String name, String text, String typed) {
        try {
            Sheet sheet = Compiler.compile(SourceFile.of(name, text));
            sheet.evaluate();
            for (Quantity input : sheet.inputs()) {
                try {
                    InputValues.parse(sheet, input.name(), typed);
                } catch (IllegalArgumentException refused) {
                    if (!refused.getMessage().contains(input.name())) return refused;
                }
            }
            for (Scenario s : sheet.scenarios()) sheet.evaluate(s);
            ExcelReferences names = new ExcelReferences() {
                @Override
                public String definedName(String name) { return sheet.quantity(name) != null ? name : null; }

                @Override
                public String cell(String sheetName, int column, int row) { return null; }
            };
            for (Quantity q : sheet.quantities()) {
                String excel = ExcelFormula.of(q.formula());
                DslFormula.of(q.source());
                try {
                    ExcelFormulaParser.parse(excel, names); // what import reads back
                } catch (ExcelFormulaException refused) {
                    // a refusal with its reason is an answer; anything else is not
                }
            }
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private static String mutate(String text, Random random) {
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits; k++) text = mutateOnce(text, random);
        return text;
    }

    private static String mutateOnce(String text, Random random) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(new int[] {m.start(), m.end()});
        if (tokens.isEmpty()) return text + pick(PIECES, random);
        int[] t = tokens.get(random.nextInt(tokens.size()));
        int[] u = tokens.get(random.nextInt(tokens.size()));
        String token = text.substring(t[0], t[1]);
        return switch (random.nextInt(10)) {
            case 0 -> text.substring(0, t[0]) + text.substring(t[1]);                                        // delete
            case 1 -> text.substring(0, t[1]) + " " + token + text.substring(t[1]);                         // duplicate
            case 2 -> swap(text, t, u);                                                                     // swap
            case 3 -> text.substring(0, t[0]) + randomNumber(random) + text.substring(t[1]);                // digits
            case 4 -> insert(text, random.nextInt(text.length() + 1), pick(UNICODE, random));               // unicode
            case 5 -> text.substring(0, random.nextInt(text.length() + 1));                                // truncate
            case 6 -> insert(text, t[random.nextInt(2)], pick(PIECES, random));                             // operator, keyword
            case 7 -> text.substring(0, t[0]) + text.substring(u[0], u[1]) + text.substring(t[1]);          // another token here
            case 8 -> insert(text, t[1], " " + token.repeat(1 + random.nextInt(40)));                      // a long run
            default -> lineRepeated(text, random);
        };
    }

    private static String randomNumber(Random random) {
        if (random.nextBoolean()) return pick(NUMBERS, random);
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = random.nextInt(25); i > 0; i--) digits.append(random.nextInt(10));
        if (random.nextBoolean()) digits.append('.').append(random.nextInt(1000));
        if (random.nextBoolean()) digits.append('e').append(random.nextBoolean() ? "-" : "").append(random.nextInt(random.nextBoolean() ? 400 : Integer.MAX_VALUE));
        return digits.toString();
    }

    private static String swap(String text, int[] a, int[] b) {
        if (a[0] > b[0]) return swap(text, b, a);
        if (a[1] > b[0]) return text;
        return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0]) + text.substring(a[0], a[1])
                + text.substring(b[1]);
    }

    private static String lineRepeated(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int i = random.nextInt(lines.length);
        int j = random.nextInt(lines.length);
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(j, lines[i]);
        return String.join("\n", out);
    }

    private static String insert(String text, int at, String piece) {
        return text.substring(0, at) + piece + text.substring(at);
    }

    private static String pick(String[] from, Random random) {
        return from[random.nextInt(from.length)];
    }

    /** The models in {@code workbooks/} beside the engine module; their absence fails the test. */
    private static List<Path> models() throws IOException {
        Path folder = Path.of("..", "workbooks");
        assertTrue(Files.isDirectory(folder), "no folder " + folder.toAbsolutePath() + " with the shipped models");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> models = files.filter(p -> p.toString().endsWith(".flop")).sorted().toList();
            assertFalse(models.isEmpty(), "no .flop models in " + folder.toAbsolutePath());
            return models;
        }
    }
}
