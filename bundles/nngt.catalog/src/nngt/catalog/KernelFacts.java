package nngt.catalog;

/**
 * Facts about NEST's kernel that a validator or generator needs for one version family, read from the
 * catalog's data ({@code kernel} block).
 *
 * @param family              the NEST version family
 * @param defaultResolutionMs the default simulation step, in ms (0.1)
 * @param maxDelaySteps       the largest delay in steps: delays are stored in a 21-bit counter, so 2^21 - 1
 * @param spikeRecorderModel  the device that records spikes: {@code spike_detector} (2.20) or
 *                            {@code spike_recorder} (3.x)
 * @param synapseModelKey     the {@code syn_spec} key naming the synapse model: {@code model} (2.20) or
 *                            {@code synapse_model} (3.x)
 * @param seedKey             the kernel key of the master seed: {@code grng_seed} (2.20) or {@code rng_seed}
 * @param minSeed             the smallest seed NEST accepts
 * @param maxSeed             the largest seed NEST's documentation allows
 * @param timeKey             the kernel key of the simulated time: {@code time} (2.20) or {@code biological_time}
 * @param ticsPerMs           NEST's time grid: every time, the resolution included, is a whole number of tics
 * @param maxThreads          the most threads per MPI process (9 bits of the standard bit split)
 * @param maxSynapseModels    the most synapse models, copies included (9 bits of the standard bit split)
 * @param defaultThreads      the threads per process NEST uses when none are set ({@code local_num_threads}, 1)
 * @param noiseDtSteps        the {@code noise_generator}'s dt in resolution steps where its catalogued dt has no
 *                            fixed default (NEST 3.3 and later: 10)
 */
public record KernelFacts(NestFamily family, double defaultResolutionMs, long maxDelaySteps,
        String spikeRecorderModel, String synapseModelKey, String seedKey, long minSeed, long maxSeed,
        String timeKey, long ticsPerMs, long maxThreads, long maxSynapseModels, int defaultThreads,
        int noiseDtSteps) {

    /** The id NEST gives the first node created after a reset: node ids count from 1 (2.20 and 3.x). */
    public static final int FIRST_NODE_ID = 1;

    /**
     * The MPI rank that hosts a node (a neuron; devices are copied to every process). NEST puts node id
     * {@code n} on virtual process {@code n mod (P·T)} and virtual process {@code v} on rank {@code v mod P}
     * ({@code VPManager::node_id_to_vp} and {@code MPIManager::get_process_id_of_vp} in 3.x,
     * {@code suggest_vp_for_gid} in 2.20), so on rank {@code n mod P} whatever the threads per process.
     *
     * @param nodeId    a NEST node id, 1 or more
     * @param processes the MPI processes, 1 or more
     * @return the rank, from 0 to processes - 1
     * @throws IllegalArgumentException when nodeId or processes is below 1
     */
    public static int rankOf(long nodeId, int processes) {
        if (nodeId < FIRST_NODE_ID || processes < 1) {
            throw new IllegalArgumentException("nodeId " + nodeId + " and processes " + processes
                    + ": NEST node ids and process counts start at 1");
        }
        return (int) (nodeId % processes);
    }

    /**
     * Whether NEST accepts a resolution: positive, finite and a whole number of tics.
     *
     * @param resolutionMs a simulation step in ms
     * @return true when {@code resolutionMs * ticsPerMs} is a positive whole number (to 1e-9 of a tic)
     */
    public boolean isValidResolution(double resolutionMs) {
        if (!(resolutionMs > 0) || Double.isInfinite(resolutionMs)) {
            return false;
        }
        double tics = resolutionMs * ticsPerMs;
        return tics >= 1 - 1e-9 && Math.abs(tics - Math.rint(tics)) <= 1e-9 * Math.max(1, tics);
    }

    /**
     * The largest delay NEST accepts at a resolution.
     *
     * @param resolutionMs the simulation step in ms
     * @return {@link #maxDelaySteps()} times the resolution, in ms
     * @throws IllegalArgumentException when resolutionMs is not a positive finite number
     */
    public double maxDelayMs(double resolutionMs) {
        if (!(resolutionMs > 0) || Double.isInfinite(resolutionMs)) {
            throw new IllegalArgumentException("resolutionMs must be a positive finite number of ms, but was "
                    + resolutionMs);
        }
        return maxDelaySteps * resolutionMs;
    }
}
