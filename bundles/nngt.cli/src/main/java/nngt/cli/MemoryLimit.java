package nngt.cli;

import java.lang.management.ManagementFactory;

import nngt.model.api.NetworkFootprint;
import nngt.sim.api.RunFootprint;

/**
 * The memory a command may use and the one line that says a run will not fit, or did not: the limit is
 * {@code --max-memory} (which the launcher also gives Java as its heap) or, without it, the heap Java was
 * given (by default 80 % of the machine's memory, see {@code bin/nngt}).
 */
final class MemoryLimit {

    private MemoryLimit() {
    }

    /**
     * @param maxMemory the {@code --max-memory} value in bytes, or null
     * @return the bytes the command may use
     */
    static long bytes(Long maxMemory) {
        return maxMemory != null ? maxMemory : Runtime.getRuntime().maxMemory();
    }

    /**
     * @param footprint the run's estimate
     * @param maxMemory the {@code --max-memory} value in bytes, or null
     * @throws IllegalArgumentException with the one line to print when the estimate exceeds the limit
     */
    static void refuseBeyond(RunFootprint footprint, Long maxMemory) {
        long limit = bytes(maxMemory);
        if (footprint.bytes() > limit) {
            throw new IllegalArgumentException("This run needs " + footprint.describe() + ", more than the "
                    + NetworkFootprint.format(limit) + " it may use" + (maxMemory != null ? " (--max-memory)" : "") + "; "
                    + advice());
        }
    }

    /** What to do when a run needs more memory than it may use. */
    static String advice() {
        return "allow more with --max-memory (this machine has " + NetworkFootprint.format(machineBytes())
                + "), make the network smaller, or run it on NEST with MPI over several machines "
                + "(--simulator nest --sim-option nest.mpi=N).";
    }

    private static long machineBytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }
}
