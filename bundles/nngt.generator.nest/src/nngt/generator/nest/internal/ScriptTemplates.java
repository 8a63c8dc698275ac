package nngt.generator.nest.internal;

/**
 * Templates of the shell files: {@code run.sh} (threads), {@code run_mpi.sh} ({@code mpirun -np N}) and
 * {@code slurm.sbatch} (a batch template). Each is a fixed text around numbers; the only model string, the
 * job name, is reduced to letters, digits, '-' and '_' first.
 */
public final class ScriptTemplates {

    private ScriptTemplates() {
    }

    /**
     * @param header the header line (a shell comment)
     * @param threads default threads
     * @return the text of run.sh
     */
    public static String runSh(String header, int threads) {
        return "#!/bin/sh\n" + header + "\n" + """
                # Runs the simulation with threads in one process: ./run.sh [threads]
                set -e
                cd "$(dirname "$0")"
                exec python3 run.py --threads "${1:-%d}"
                """.formatted(threads);
    }

    /**
     * @param header the header line
     * @param processes default MPI processes
     * @return the text of run_mpi.sh
     */
    public static String runMpiSh(String header, int processes) {
        return "#!/bin/sh\n" + header + "\n" + """
                # Runs the simulation under MPI: ./run_mpi.sh [processes] [threads]
                # Every process reads only the edges of the neurons it hosts; rank 0
                # writes the results (mpi4py is needed to merge them).
                set -e
                cd "$(dirname "$0")"
                exec mpirun -np "${1:-%d}" python3 run.py --threads "${2:-1}"
                """.formatted(Math.max(2, processes));
    }

    /**
     * @param header the header line
     * @param jobName a name from the model (made safe here)
     * @param processes MPI processes
     * @param threads threads per process
     * @return the text of slurm.sbatch
     */
    public static String slurm(String header, String jobName, int processes, int threads) {
        return "#!/bin/sh\n" + header + "\n" + """
                # SLURM batch template: adapt partition, time and modules, then: sbatch slurm.sbatch
                #SBATCH --job-name=%s
                #SBATCH --ntasks=%d
                #SBATCH --cpus-per-task=%d
                #SBATCH --time=01:00:00
                #SBATCH --output=slurm-%%j.out
                set -e
                export OMP_NUM_THREADS=%d
                srun python3 run.py --threads %d
                """.formatted(PythonLiterals.fileFragment(jobName), Math.max(1, processes), threads, threads, threads);
    }
}
