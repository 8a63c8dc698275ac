package nngt.generator.nest.internal;

import java.util.Map;

import nngt.catalog.NestFamily;

/**
 * Renders the project's {@code README.md} from {@code templates/README.md}: what the folder holds and how to run
 * it.
 */
public final class ReadmeTemplate {

    private ReadmeTemplate() {
    }

    /**
     * @param plan the plan
     * @param header the header text, safe inside an HTML comment
     * @param threads default threads
     * @param processes default MPI processes
     * @return the Markdown text
     */
    public static String render(ProjectPlan plan, String header, int threads, int processes) {
        boolean nest2 = plan.family() == NestFamily.NEST_2_20;
        String connections = plan.natives().isEmpty()
                ? "Every connection of the instance is shipped as arrays, so NEST simulates exactly the network that"
                        + "\nthe workbench built and analysed."
                : plan.natives().size() + " connection rule(s) are emitted as NEST rules (native connection mode):"
                        + "\n**NEST then draws the graph** of those connections with its own random numbers, so they"
                        + " differ\nfrom the workbench's instance (same rule and statistics, different edges). The"
                        + " other\nconnections are shipped as arrays.";
        return Template.load("README.md").fill(Map.of(
                "HEADER", header,
                "NEST_TARGET", nest2 ? "2.20" : "3 (3.0 to 3.10)",
                "API_NOTE", nest2 ? "" : "; the 3.10 API changes are handled at run time",
                "THREADS", Integer.toString(threads),
                "PROCESSES", Integer.toString(Math.max(2, processes)),
                "SHARDS", Integer.toString(plan.shards()),
                "CONNECTIONS", connections,
                "SEED", Long.toString(plan.plan().seed()),
                "SEED_KEYS", nest2 ? "grng_seed and rng_seeds" : "rng_seed",
                "PART", part(plan)));
    }

    /** How this project's edges are grouped for MPI ranks. */
    private static String part(ProjectPlan plan) {
        int n = plan.shards();
        if (plan.shard() >= 0) {
            int k = plan.shard();
            return "**This folder holds the edges of rank " + k + " of " + n + " only** (`nngt generate --shard " + k
                    + "/" + n + "`): its `run.py` runs as rank " + k + " of exactly " + n + " processes, each rank\n"
                    + "running its own part. Put the " + n + " parts in `parts/0` ... `parts/" + (n - 1)
                    + "` of a project folder of the model and\nrun its `run_mpi.sh " + n + "`.";
        }
        return "The edge files are grouped for " + n + " process(es): NEST hosts NEST id n on rank n mod P, so with a "
                + "process\ncount that divides " + n + " each process reads only the edges of the neurons it hosts; "
                + "with another\ncount every process reads every edge (the same network, more reading).";
    }
}
