package org.flopsheet.engine.eval;

/** A compiled formula: reads the slots of the quantities it depends on, returns a NaN-boxed double. */
@FunctionalInterface
public interface Node {
    double eval(double[] slots);
}
