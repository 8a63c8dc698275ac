package nngt.graph.internal;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A counter-based stream that can be pointed at another stream without allocating. It gives exactly
 * the values of {@code new SplittableRandom(key)} (SplitMix64 with the golden gamma, the same
 * {@code nextInt}, {@code nextInt(bound)}, {@code nextDouble} and {@code nextGaussian}), so a generator
 * that switches to it changes no result; hot loops that need one stream per node or source then keep
 * one object per worker instead of allocating two objects per stream (a {@link SplittableRandom} and,
 * on Java 17, its proxy), which is garbage proportional to the network.
 */
public final class ReusableRandom implements RandomGenerator {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /**
     * @param key the stream's key, as given to {@code new SplittableRandom(key)}
     * @return this stream, restarted at that key
     */
    public ReusableRandom reset(long key) {
        state = key;
        return this;
    }

    /**
     * @param seed the seed of the generator or connection
     * @param purpose one of the {@link RandomStreams} purposes
     * @param index node id, chunk index or round
     * @return this stream, restarted as {@link RandomStreams#stream(long, long, long)} would start it
     */
    public ReusableRandom reset(long seed, long purpose, long index) {
        return reset(RandomStreams.key(seed, purpose, index));
    }

    @Override
    public long nextLong() {
        return RandomStreams.mix(state += GOLDEN_GAMMA);
    }

    @Override
    public int nextInt() {
        long z = state += GOLDEN_GAMMA;
        z = (z ^ (z >>> 33)) * 0x62A9D9ED799705F5L;
        return (int) (((z ^ (z >>> 28)) * 0xCB24D0A5C88C35B3L) >>> 32);
    }

    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
