package org.flopsheet.engine.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.eval.ValueType;

/** Elasticities of outputs in inputs: exact exponents for power-law chains, central differences elsewhere. */
public final class Sensitivity {
    /** The relative step of the central difference: x·(1 - STEP) and x·(1 + STEP). */
    public static final double STEP = 1e-5;
    /** The difference with half the step must agree this closely (relative), or the output is not smooth there. */
    static final double AGREEMENT = 1e-4;

    private Sensitivity() {}

    /** Numeric outputs and inputs of a sheet, the ones elasticities are about. */
    public static List<Quantity> numericOutputs(Sheet sheet) {
        return sheet.outputs().stream().filter(q -> q.type() == ValueType.NUMBER).toList();
    }

    public static List<Quantity> numericInputs(Sheet sheet) {
        return sheet.inputs().stream().filter(q -> q.type() == ValueType.NUMBER).toList();
    }

    /** {output: {input: elasticity}} for {@code outputs} and every numeric input, at the point {@code inputs} gives. */
    public static Map<String, Map<String, Elasticity>> table(Sheet sheet, Map<String, Double> inputs, List<Quantity> outputs) {
        double[] base = Probe.baseCase(sheet, inputs);
        Map<String, Map<String, Elasticity>> out = new LinkedHashMap<>();
        for (Quantity output : outputs) {
            Map<String, Elasticity> row = new LinkedHashMap<>();
            for (Quantity input : numericInputs(sheet)) row.put(input.name(), of(new Probe(sheet, output, input, base)));
            out.put(output.name(), row);
        }
        return out;
    }

    public static Elasticity of(Sheet sheet, Quantity output, Quantity input, Map<String, Double> inputs) {
        return of(new Probe(sheet, output, input, Probe.baseCase(sheet, inputs)));
    }

    static Elasticity of(Probe probe) {
        if (!Chain.reaches(probe.sheet, probe.output, probe.input)) {
            return new Elasticity(0, Elasticity.How.EXPONENT, probe.output.name() + " does not depend on " + probe.input.name());
        }
        OptionalDouble exponent = PowerLaw.exponent(probe.sheet, probe.output, probe.input, probe.base);
        if (exponent.isPresent()) {
            return new Elasticity(exponent.getAsDouble(), Elasticity.How.EXPONENT,
                    probe.output.name() + " ∝ " + probe.input.name() + "^" + exponent.getAsDouble());
        }
        double x = probe.inputValue(), y = probe.outputValue();
        if (x == 0) return undefined("the input is 0");
        if (!Double.isFinite(y) || y == 0) return undefined(Double.isFinite(y) ? "the output is 0" : "the output is an error");
        double value = centralDifference(probe, STEP), half = centralDifference(probe, STEP / 2);
        if (!Double.isFinite(value) || !Double.isFinite(half)) return undefined("the output is an error, reaches 0 or changes sign next to the base case");
        // a step function (ROUNDUP, IF) sitting on its step gives a difference that grows as the step shrinks
        if (Math.abs(value - half) > AGREEMENT * Math.max(1, Math.abs(value))) return undefined("the output jumps at the base case");
        return new Elasticity(value, Elasticity.How.CENTRAL_DIFFERENCE,
                "central difference, " + probe.input.name() + " ± " + NumberText.significant(STEP * 100, 3) + "%");
    }

    /** d ln |y| / d ln x from x·(1 - step) to x·(1 + step); NaN where the output is an error, 0, or changes sign. */
    private static double centralDifference(Probe probe, double step) {
        double x = probe.inputValue(), y = probe.outputValue();
        double xLow = x * (1 - step), xHigh = x * (1 + step);
        double yLow = probe.at(xLow), yHigh = probe.at(xHigh);
        if (!Double.isFinite(yLow) || !Double.isFinite(yHigh) || yLow == 0 || yHigh == 0) return Double.NaN;
        if ((yLow > 0) != (y > 0) || (yHigh > 0) != (y > 0)) return Double.NaN;
        return Math.log(yHigh / yLow) / Math.log(xHigh / xLow);
    }

    private static Elasticity undefined(String why) {
        return new Elasticity(Double.NaN, Elasticity.How.UNDEFINED, why);
    }
}
