package nngt.graph.internal;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Counter-based random streams: a stream is a pure function of (seed, purpose, index), so the values a
 * node, an edge chunk or a group receives do not depend on which thread draws them or in which order.
 * This is what makes every generator give bit-identical results for any thread count.
 */
public final class RandomStreams {

    /** Stream purpose: partners drawn for a node. */
    public static final long PARTNERS = 1;
    /** Stream purpose: the degree drawn for a node. */
    public static final long DEGREES = 2;
    /** Stream purpose: weights of an edge chunk. */
    public static final long WEIGHTS = 3;
    /** Stream purpose: delays of an edge chunk. */
    public static final long DELAYS = 4;
    /** Stream purpose: positions of neurons. */
    public static final long POSITIONS = 5;
    /** Stream purpose: neuron parameters. */
    public static final long PARAMETERS = 6;
    /** Stream purpose: sequential algorithms (growth, stub matching, rewiring). */
    public static final long SEQUENTIAL = 7;
    /** Stream purpose: candidate pairs of one round of a fixed-edge-count rule. */
    public static final long ROUNDS = 8;
    /** Stream purpose: the per-edge noise of a linear correlation. */
    public static final long NOISE = 9;
    /**
     * Stream purpose: synapse parameters drawn per edge. They do not draw under the connection's seed,
     * as its weights and delays do, but under {@link #synapseParameterSeed}, one seed per (connection,
     * synapse specification, parameter name): their values and their {@code lin_corr} noise ({@link #NOISE}
     * under that seed) then share nothing with the weights, the delays or another parameter.
     */
    public static final long SYNAPSE_PARAMETERS = 10;

    private RandomStreams() {
    }

    /**
     * @param seed the seed of the generator or connection
     * @param purpose one of the purpose constants, so that different uses never share values
     * @param index node id, chunk index or round
     * @return an independent stream for that triple
     */
    public static SplittableRandom stream(long seed, long purpose, long index) {
        return new SplittableRandom(key(seed, purpose, index));
    }

    /**
     * @param seed a seed
     * @param purpose a purpose
     * @param index an index
     * @return a well-mixed 64-bit key of the triple
     */
    public static long key(long seed, long purpose, long index) {
        return mix(mix(seed + 0x9E3779B97F4A7C15L * (purpose + 1)) ^ (index * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L));
    }

    /**
     * @param seed a parent seed
     * @param child a child index (e.g. the connection index)
     * @return the seed of that child, independent of its siblings
     */
    public static long derive(long seed, long child) {
        return key(seed, 0, child);
    }

    /**
     * The seed of a synapse parameter's per-edge draws in one connection (see {@link #SYNAPSE_PARAMETERS}).
     * It follows the parameter's name rather than its position in the specification, so that adding or
     * reordering a specification's parameters leaves the values of the others unchanged.
     *
     * @param connectionSeed the connection's seed, {@code derive(master, connection)}
     * @param spec index of the synapse specification in the model
     * @param parameter the parameter's name
     * @return the seed, to be used with the purposes {@link #SYNAPSE_PARAMETERS} and {@link #NOISE}
     */
    public static long synapseParameterSeed(long connectionSeed, int spec, String parameter) {
        long name = spec;
        for (int i = 0; i < parameter.length(); i++) {
            name = mix(name * 0x100000001B3L + parameter.charAt(i) + 1);
        }
        return key(connectionSeed, SYNAPSE_PARAMETERS, name);
    }

    /**
     * A uniform int in [0, bound): Lemire's multiply-and-shift with rejection, exact like
     * {@link SplittableRandom#nextInt(int)} but without its division in the common case.
     *
     * @param random the stream
     * @param bound the exclusive upper bound, at least 1
     * @return the value
     */
    public static int below(RandomGenerator random, int bound) {
        long product = (random.nextInt() & 0xFFFFFFFFL) * bound;
        int low = (int) product;
        if (Integer.compareUnsigned(low, bound) < 0) {
            int threshold = Integer.remainderUnsigned(-bound, bound);
            while (Integer.compareUnsigned(low, threshold) < 0) {
                product = (random.nextInt() & 0xFFFFFFFFL) * bound;
                low = (int) product;
            }
        }
        return (int) (product >>> 32);
    }

    /**
     * Stafford's variant 13 of the MurmurHash3 finaliser.
     *
     * @param z a value
     * @return its 64-bit mix
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
