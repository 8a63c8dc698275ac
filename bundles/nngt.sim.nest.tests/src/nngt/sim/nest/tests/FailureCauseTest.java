package nngt.sim.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nngt.sim.nest.internal.FailureCause;

/**
 * The cause a failed NEST run reports, from the error output of real runs under Open MPI 4.1's mpirun (kept in
 * {@code mpirun-output/}): a Python error of any rank, run.py's own reason, NEST's fatal message, mpirun's reason
 * with its fix, the rank that failed; never the banner's closing dashes, which are the output's last line.
 */
class FailureCauseTest {

    private static String cause(String file) throws IOException {
        return FailureCause.of(Files.readString(Path.of("mpirun-output", file)), "");
    }

    @Test
    void aPythonErrorOfAnyRankIsTheCauseNotMpirunsBanner() throws IOException {
        assertEquals("RuntimeError: TypeMismatch: Failed to cast w", cause("python-error-two-ranks.txt"));
        // NEST 3.10 with MPI, 2 ranks, a list of values set on a node collection that holds remote nodes
        assertEquals("NESTErrors.TypeMismatch: Expected datatype: Failed to cast 'V_m' from std::vector<double, "
                + "std::allocator<double> > to type double.", cause("nest-type-mismatch-two-ranks.txt"));
    }

    @Test
    void nestsOwnFatalMessageIsTheCause() throws IOException {
        // NEST 3.10 without MPI, started by mpirun -np 2
        assertEquals("NEST FATAL: You seem to be using NEST via an MPI launcher like mpirun, mpiexec or srun although "
                + "NEST was not compiled with MPI support. Please see the NEST documentation about parallel and "
                + "distributed computing. Exiting.", cause("nest-without-mpi.txt"));
    }

    @Test
    void runPysOwnReasonIsTheCause() throws IOException {
        assertEquals("run.py: started as 2 MPI processes, but each NEST sees 1", cause("run-py-reason.txt"));
    }

    @Test
    void runningAsRootNamesOpenMpisRefusalAndBothFixes() throws IOException {
        assertEquals("mpirun has detected an attempt to run as root. Allow it with --sim-option "
                + "nest.mpi.allow-root=true, or set OMPI_ALLOW_RUN_AS_ROOT=1 and OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1.",
                cause("as-root.txt"));
    }

    @Test
    void tooFewSlotsNamesOversubscribe() throws IOException {
        assertEquals("mpirun: There are not enough slots available in the system to satisfy the 4 slots that were "
                + "requested by the application: Run more processes than cores with --sim-option "
                + "nest.mpi.args=--oversubscribe.", cause("too-few-slots.txt"));
    }

    @Test
    void anyOtherMpirunReasonIsItsFirstParagraph() throws IOException {
        assertEquals("mpirun was unable to launch the specified application as it could not access or execute an "
                + "executable:", cause("no-executable.txt"));
    }

    @Test
    void aRankThatFailsSilentlyIsNamedWithItsExitCode() throws IOException {
        assertEquals("mpirun: rank 1 exited with code 1 and printed no Python error",
                cause("rank-failed-silently.txt"));
    }

    @Test
    void aRankKilledByASignalIsTheCause() {
        String output = """
                --------------------------------------------------------------------------
                Primary job  terminated normally, but 1 process returned
                a non-zero exit code. Per user-direction, the job has been aborted.
                --------------------------------------------------------------------------
                --------------------------------------------------------------------------
                mpirun noticed that process rank 1 with PID 0 on node vm exited on signal 9 (Killed).
                --------------------------------------------------------------------------
                """;
        assertEquals("mpirun noticed that process rank 1 with PID 0 on node vm exited on signal 9 (Killed).",
                FailureCause.of(output, ""));
    }

    @Test
    void withoutMpirunTheLastExceptionOfAChainIsTheCause() {
        String output = """
                Traceback (most recent call last):
                  File "run.py", line 40, in create_group
                    nodes.set(values)
                KeyError: 'V_x'

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "run.py", line 400, in <module>
                    main()
                nest.lib.hl_api_exceptions.BadProperty: Unknown parameter V_x
                """;
        assertEquals("nest.lib.hl_api_exceptions.BadProperty: Unknown parameter V_x", FailureCause.of(output, ""));
        assertEquals("last words", FailureCause.of("", "progress\nlast words\n"));
        assertEquals("no error output", FailureCause.of("", ""));
    }
}
