package org.flopsheet.engine.simulate;

/** Receives the samples in order, a block at a time: {@code rows} holds {@code count} rows of every slot. */
@FunctionalInterface
public interface SampleSink {
    void accept(long firstSample, int count, double[] rows, int width) throws java.io.IOException;
}
