package org.flopsheet.engine.eval;

/**
 * A formula compiled for the general path: reads numbers and logicals from {@code slots} and text,
 * arrays and other values from {@code values}, returns a {@link Value}. An omitted argument
 * ({@code ROUND(x,)}) evaluates to null, which only function calls see.
 */
@FunctionalInterface
public interface ValueNode {
    Value eval(double[] slots, Value[] values);
}
