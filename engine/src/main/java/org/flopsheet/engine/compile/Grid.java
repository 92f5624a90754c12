package org.flopsheet.engine.compile;

import java.util.List;
import org.flopsheet.engine.dsl.Pos;

/**
 * A grid of scenarios ({@code grid a = 1, 2; b = 10, 20}): one scenario per combination of its axes'
 * values, listed with the first axis varying slowest, each named by its settings ({@code a=1, b=10}).
 */
public record Grid(List<Axis> axes, List<String> scenarios, Pos pos) {

    /** One input of the grid, its values (in the input's unit) and each value as written. */
    public record Axis(String input, List<Double> values, List<String> labels) {}

    /** The scenario at one value index per axis. */
    public String scenario(int... index) {
        int flat = 0;
        for (int a = 0; a < axes.size(); a++) flat = flat * axes.get(a).values().size() + index[a];
        return scenarios.get(flat);
    }

    /** The name of the scenario that sets each axis's input to the given label. */
    static String name(List<String> inputs, List<String> labels) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < inputs.size(); i++) {
            if (i > 0) name.append(", ");
            name.append(inputs.get(i)).append('=').append(labels.get(i));
        }
        return name.toString();
    }
}
