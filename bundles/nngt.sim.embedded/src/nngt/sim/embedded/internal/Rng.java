package nngt.sim.embedded.internal;

/**
 * Per-neuron random streams: one 64-bit SplitMix64 state per neuron, seeded from the master seed and
 * the neuron id, so that a neuron draws the same numbers whatever thread updates it.
 */
public final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Rng() {
    }

    /**
     * The initial state of a neuron's stream.
     *
     * @param seed   master seed
     * @param stream stream number (neuron id, or a device-specific offset)
     * @return the state
     */
    public static long seed(long seed, long stream) {
        return mix(mix(seed) ^ mix(stream + GOLDEN));
    }

    /**
     * Advances {@code state[index]} and returns 64 random bits.
     *
     * @param state the states
     * @param index the stream
     * @return random bits
     */
    public static long nextLong(long[] state, int index) {
        long s = state[index] + GOLDEN;
        state[index] = s;
        return mix(s);
    }

    /**
     * A uniform double in [0, 1).
     *
     * @param state the states
     * @param index the stream
     * @return the number
     */
    public static double nextDouble(long[] state, int index) {
        return (nextLong(state, index) >>> 11) * 0x1.0p-53;
    }

    /**
     * A standard normal number (Marsaglia's polar method; the second value is dropped so that the
     * stream has no hidden state).
     *
     * @param state the states
     * @param index the stream
     * @return the number
     */
    public static double nextGaussian(long[] state, int index) {
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble(state, index) - 1;
            v = 2 * nextDouble(state, index) - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
