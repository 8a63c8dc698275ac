package nngt.generator.nest.internal;

import nngt.catalog.NestFamily;

/**
 * Template of the project's {@code README.md}: what the folder holds and how to run it.
 */
public final class ReadmeTemplate {

    private ReadmeTemplate() {
    }

    /**
     * @param plan the plan
     * @param header the header line (an HTML comment)
     * @param threads default threads
     * @param processes default MPI processes
     * @return the Markdown text
     */
    public static String render(ProjectPlan plan, String header, int threads, int processes) {
        boolean nest2 = plan.family() == NestFamily.NEST_2_20;
        String nativeNote = plan.natives().isEmpty()
                ? "Every connection of the instance is shipped as arrays, so NEST simulates exactly the network that"
                        + "\nthe workbench built and analysed."
                : plan.natives().size() + " connection rule(s) are emitted as NEST rules (native connection mode):"
                        + "\n**NEST then draws the graph** of those connections with its own random numbers, so they differ"
                        + "\nfrom the workbench's instance (same rule and statistics, different edges). The other"
                        + "\nconnections are shipped as arrays.";
        return header + "\n" + """
                # NEST project of an NNGT Workbench model

                This folder was generated from an NNGT Workbench model (its name and source are in `model.json`).
                It targets **NEST %s**%s.

                ## Run

                ```sh
                ./run.sh %d                 # one process, %d thread(s)
                ./run_mpi.sh %d 1           # MPI: processes, threads per process (needs mpi4py)
                sbatch slurm.sbatch         # cluster template: adapt it first
                python3 analysis.py         # raster and rates (needs matplotlib)
                ```

                `python3 run.py --verify` also counts NEST's connections and checks that inhibitory weights are
                negative; the result goes into `results/summary.json`.

                ## Files

                | file | content |
                |---|---|
                | `run.py` | the PyNEST script: groups, connections, stimuli, recorders, simulation, results |
                | `network/pair_S_T_{pre,post,weight,delay}.npy` | edges from group S to group T: NNGT ids (int32), weights with the inhibitory sign applied (float32, NEST units), delays (float32, ms); ordered by target shard (NEST id %% %d) |
                | `network/group_G_K.npy` | per-neuron values of parameter K of group G (float64, NEST units), drawn from the model's seed |
                | `model.json` | groups, NNGT to NEST id mapping (NEST id = NNGT id + 1), seeds, versions, SHA-256 of every array |
                | `run.sh`, `run_mpi.sh`, `slurm.sbatch` | launchers |
                | `analysis.py` | plots from the results |
                | `results/` | written by `run.py`: spikes per group (`# Neuron Time`, NNGT ids), multimeter CSV, `summary.json` |

                ## Connections

                %s

                ## Reproducibility

                The model's seed (%d) is the only seed: NEST's %s comes from it, and every per-neuron value was
                drawn from it by the workbench. The same model gives the same connections and, for the same number
                of virtual processes, the same spikes with 1 process x 2 threads or 2 processes x 1 thread.

                Regenerating replaces only the files listed in `.nngt-generated`; `results/` and your own files stay.
                """.formatted(nest2 ? "2.20" : "3 (3.0 to 3.10)", nest2 ? "" : "; the 3.10 API changes are handled at run time",
                threads, threads, Math.max(2, processes), plan.shards(), nativeNote, plan.instance().seed(),
                nest2 ? "grng_seed and rng_seeds" : "rng_seed");
    }
}
