package nngt.generator.nest.internal;

import java.util.Map;

/**
 * Renders the shell files from {@code templates/}: {@code run.sh} (threads), {@code run_mpi.sh}
 * ({@code mpirun -np N}) and {@code slurm.sbatch} (a batch template). Each is a fixed text around numbers; the only
 * model string, the job name, is reduced to letters, digits, '-' and '_' first. Both MPI launchers take NEST's
 * Python from {@code NEST_PYTHON} and extra launcher arguments, and run one project per rank from {@code parts/}
 * where there is one, optionally generating the parts on the ranks first (see the templates' comments).
 */
public final class ScriptTemplates {

    private ScriptTemplates() {
    }

    /**
     * @param header the header text (without the comment sign)
     * @param threads default threads
     * @return the text of run.sh
     */
    public static String runSh(String header, int threads) {
        return Template.load("run.sh").fill(Map.of("HEADER", header, "THREADS", Integer.toString(threads)));
    }

    /**
     * @param header the header text
     * @param shards the processes the edge files are grouped for, also the default process count (at least 2 are
     *               written: one would not be MPI)
     * @return the text of run_mpi.sh
     */
    public static String runMpiSh(String header, int shards) {
        return Template.load("run_mpi.sh").fill(Map.of("HEADER", header, "PROCESSES",
                Integer.toString(Math.max(2, shards)), "SHARDS", Integer.toString(shards)));
    }

    /**
     * @param header the header text
     * @param jobName a name from the model (made safe here)
     * @param processes MPI processes
     * @param threads threads per process
     * @return the text of slurm.sbatch
     */
    public static String slurm(String header, String jobName, int processes, int threads) {
        return Template.load("slurm.sbatch").fill(Map.of("HEADER", header, "JOB_NAME",
                PythonLiterals.fileFragment(jobName), "PROCESSES", Integer.toString(Math.max(1, processes)),
                "THREADS", Integer.toString(threads)));
    }
}
