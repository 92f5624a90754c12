package org.flopsheet.engine.simulate;

import java.util.SplittableRandom;

/**
 * Random streams by block: samples are cut into blocks of {@link #BLOCK} and each block draws from
 * its own {@link SplittableRandom}, seeded with a SplitMix64 hash of (seed, block index). Which
 * thread runs a block never matters, so a seed gives the same samples on any number of threads.
 */
final class BlockStreams {
    static final int BLOCK = 1 << 16;

    private BlockStreams() {}

    static SplittableRandom forBlock(long seed, long block) {
        return new SplittableRandom(mix64(mix64(seed) + block * 0x9E3779B97F4A7C15L));
    }

    static long blocks(long samples) { return (samples + BLOCK - 1) / BLOCK; }

    /** Stafford's variant 13 of the MurmurHash3 finalizer, as in SplitMix64. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
