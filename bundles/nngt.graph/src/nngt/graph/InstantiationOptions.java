package nngt.graph;

import nngt.graph.internal.Parallel;

/**
 * How a model is instantiated: threads, overrides of the seed and the resolution, and optionally one
 * {@link TargetShard} to build instead of the whole network. Immutable; the {@code with*} methods return
 * modified copies.
 */
public final class InstantiationOptions {

    /**
     * The seed used when neither the options nor the model give one ("NNGT" in ASCII); it is recorded
     * in the instance like any other.
     */
    public static final long DEFAULT_SEED = 0x4E4E4754L;

    private final int threads;
    private final Long seed;
    private final Double resolution;
    private final TargetShard targetShard;

    private InstantiationOptions(int threads, Long seed, Double resolution, TargetShard targetShard) {
        this.threads = threads;
        this.seed = seed;
        this.resolution = resolution;
        this.targetShard = targetShard;
    }

    /**
     * @return options with every core, the model's seed and the model's resolution
     */
    public static InstantiationOptions defaults() {
        return new InstantiationOptions(Parallel.defaultThreads(), null, null, null);
    }

    /**
     * @param count threads, at least 1; results do not depend on it
     * @return a copy using that many threads
     * @throws IllegalArgumentException when {@code count} is below 1
     */
    public InstantiationOptions withThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Argument 'count' is " + count + "; at least 1 thread is needed.");
        }
        return new InstantiationOptions(count, seed, resolution, targetShard);
    }

    /**
     * @param value the master seed, overriding the model's
     * @return a copy with that seed
     */
    public InstantiationOptions withSeed(long value) {
        return new InstantiationOptions(threads, value, resolution, targetShard);
    }

    /**
     * @param milliseconds the resolution in ms, above 0, overriding the model's
     * @return a copy with that resolution
     * @throws IllegalArgumentException when it is not finite and above 0
     */
    public InstantiationOptions withResolution(double milliseconds) {
        if (!(milliseconds > 0) || Double.isInfinite(milliseconds)) {
            throw new IllegalArgumentException("Argument 'milliseconds' is " + milliseconds + "; a finite resolution above 0 is required.");
        }
        return new InstantiationOptions(threads, seed, milliseconds, targetShard);
    }

    /**
     * Builds one part of the network instead of the whole: the edges whose targets the shard holds, with the
     * ids, values and order they have in the whole network, and every neuron (see {@link NetworkInstantiator}).
     *
     * @param shard the part, or null for the whole network
     * @return a copy building that part
     */
    public InstantiationOptions withTargetShard(TargetShard shard) {
        return new InstantiationOptions(threads, seed, resolution, shard);
    }

    /**
     * @return threads to use
     */
    public int threads() {
        return threads;
    }

    /**
     * @return the seed override, or null
     */
    public Long seed() {
        return seed;
    }

    /**
     * @return the resolution override in ms, or null
     */
    public Double resolution() {
        return resolution;
    }

    /**
     * @return the part to build, or null for the whole network
     */
    public TargetShard targetShard() {
        return targetShard;
    }
}
