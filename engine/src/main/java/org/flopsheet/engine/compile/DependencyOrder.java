package org.flopsheet.engine.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Orders quantities so that each comes after everything it uses (Kahn's algorithm, no recursion,
 * so a chain 100,000 deep is fine), or finds a cycle and returns it in order.
 */
public final class DependencyOrder {
    private DependencyOrder() {}

    /** Result: the evaluation order, or a cycle (first element repeated at the end) when there is one. */
    public record Result(int[] order, List<Integer> cycle) {}

    public static Result of(List<int[]> dependsOn) {
        int n = dependsOn.size();
        int[] remaining = new int[n];
        List<List<Integer>> users = new ArrayList<>(n);
        for (int i = 0; i < n; i++) users.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            for (int d : dependsOn.get(i)) {
                users.get(d).add(i);
                remaining[i]++;
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) if (remaining[i] == 0) ready.add(i);
        int[] order = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            int q = ready.poll();
            order[count++] = q;
            for (int user : users.get(q)) if (--remaining[user] == 0) ready.add(user);
        }
        if (count == n) return new Result(order, List.of());
        return new Result(null, findCycle(dependsOn, remaining));
    }

    /** Walks dependencies among the unfinished quantities until one repeats. */
    private static List<Integer> findCycle(List<int[]> dependsOn, int[] remaining) {
        int start = 0;
        while (remaining[start] == 0) start++;
        List<Integer> path = new ArrayList<>();
        int[] seenAt = new int[remaining.length];
        java.util.Arrays.fill(seenAt, -1);
        int q = start;
        while (seenAt[q] < 0) {
            seenAt[q] = path.size();
            path.add(q);
            int next = -1;
            for (int d : dependsOn.get(q)) if (remaining[d] > 0) { next = d; break; }
            q = next;
        }
        List<Integer> cycle = new ArrayList<>(path.subList(seenAt[q], path.size()));
        // report it in the direction of use: a -> b means "a uses b"
        cycle.add(cycle.get(0));
        int min = cycle.subList(0, cycle.size() - 1).indexOf(Collections.min(cycle.subList(0, cycle.size() - 1)));
        List<Integer> rotated = new ArrayList<>(cycle.subList(min, cycle.size() - 1));
        rotated.addAll(cycle.subList(0, min));
        rotated.add(rotated.get(0));
        return rotated;
    }
}
