package org.flopsheet.engine.compile;

import java.util.Map;
import org.flopsheet.engine.dsl.Pos;

/** A named set of input values (each in its input's own unit) that replace the defaults. */
public record Scenario(String name, Map<String, Double> inputs, Pos pos) {}
