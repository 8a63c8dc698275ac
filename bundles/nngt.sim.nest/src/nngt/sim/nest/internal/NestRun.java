package nngt.sim.nest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.process.ExternalProcess;
import nngt.sim.api.process.ProgressLines;
import nngt.sim.nest.NestInstallation;
import nngt.sim.nest.NestOptions;

/**
 * A generated NEST project, run once: {@code python run.py --threads T --results DIR}, or the same under
 * {@code mpirun -np N}. The lines {@code NNGT_PROGRESS <simulated ms> <total ms>} that run.py prints become
 * progress; the result files become a {@link SimulationResult}. The work folder (project and results) is deleted
 * on {@link #close()}, and at once when the run is cancelled or fails, so no partial results remain.
 */
public final class NestRun implements PreparedSimulation {

    private final String simulatorId;
    private final SimulationPlan request;
    private final NestInstallation installation;
    private final NestOptions options;
    private final Path folder;
    private final Path project;
    private final Flavour flavour;
    private final double buildSeconds;
    private boolean used;
    private boolean closed;

    /**
     * Creates the run.
     *
     * @param simulatorId  the id recorded in the metadata
     * @param request      the request the project was generated for
     * @param installation the NEST that runs it
     * @param options      threads or MPI, nest_vars.sh
     * @param folder       the work folder, owned by this run (deleted on close)
     * @param project      the generated project inside the work folder
     * @param flavour      the project's API flavour
     * @param buildSeconds time spent generating the project
     */
    public NestRun(String simulatorId, SimulationPlan request, NestInstallation installation, NestOptions options,
            Path folder, Path project, Flavour flavour, double buildSeconds) {
        this.simulatorId = simulatorId;
        this.request = request;
        this.installation = installation;
        this.options = options;
        this.folder = folder;
        this.project = project;
        this.flavour = flavour;
        this.buildSeconds = buildSeconds;
    }

    @Override
    public double buildSeconds() {
        return buildSeconds;
    }

    /** @return the generated project (run.py, model.json, network/), until the run is closed */
    public Path project() {
        return project;
    }

    /** @return the API flavour the project was generated with */
    public Flavour flavour() {
        return flavour;
    }

    /** @return the command line that runs the project */
    public List<String> command() {
        List<String> python = new ArrayList<>();
        if (options.mpi()) {
            python.addAll(List.of("mpirun", "-np", Integer.toString(options.mpiProcesses())));
            python.addAll(options.mpiArguments());
        }
        python.addAll(List.of(installation.python(), project.resolve("run.py").toString(), "--threads",
                Integer.toString(request.threads()), "--results", results().toString()));
        return installation.command(python);
    }

    /**
     * The variables added for NEST: PYNEST_QUIET, and with {@link NestOptions#MPI_ALLOW_ROOT} Open MPI's consent to
     * run as root (containers, CI), without which its mpirun refuses to start: a consent the user gives, since
     * Open MPI asks for it on purpose.
     */
    private Map<String, String> environment() {
        Map<String, String> variables = new HashMap<>(NestInstallation.quietNest());
        if (options.allowRoot()) {
            variables.put("OMPI_ALLOW_RUN_AS_ROOT", "1");
            variables.put("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
        }
        return variables;
    }

    private Path results() {
        return folder.resolve("results");
    }

    /**
     * Runs the project and reads its results.
     *
     * @param progress receives run.py's progress lines, on this thread
     * @param cancel   polled while NEST runs; cancelling destroys NEST's process tree
     * @return the spikes of the recorded neurons and the multimeter samples, in NNGT ids
     * @throws SimulationCancelledException when cancelled (the work folder is deleted)
     * @throws IllegalStateException        when already run or closed, or when NEST fails (the message's first
     *                                      line names the cause, see {@link FailureCause}: the last Python error
     *                                      of any rank, or mpirun's reason with its fix; the following lines the
     *                                      command and the tail of the error output)
     * @throws UncheckedIOException         when NEST cannot be started or its results cannot be read
     */
    @Override
    public SimulationResult run(ProgressListener progress, CancellationToken cancel) {
        if (used || closed) {
            throw new IllegalStateException("this NEST simulation was already run or closed");
        }
        used = true;
        long start = System.nanoTime();
        ProgressLines progressLines = new ProgressLines(progress);
        ExternalProcess.Outcome outcome;
        try {
            outcome = ExternalProcess.run(command(), project, environment(), progressLines, cancel);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot start NEST: " + String.join(" ", command()), e);
        }
        if (outcome.cancelled()) {
            close();
            throw new SimulationCancelledException(progressLines.reachedMs());
        }
        if (outcome.exitCode() != 0) {
            close();
            String tail = outcome.stderrTail().isBlank() ? outcome.stdoutTail() : outcome.stderrTail();
            throw new IllegalStateException("NEST failed with exit code " + outcome.exitCode() + ": "
                    + FailureCause.of(outcome.stderrTail(), outcome.stdoutTail())
                    + "\ncommand: " + String.join(" ", command()) + "\nNEST's error output (last lines):\n" + tail);
        }
        double runSeconds = (System.nanoTime() - start) / 1e9;
        try {
            ResultFiles files = ResultFiles.read(results(), request);
            RunMetadata metadata = new RunMetadata(simulatorId, installation.versionText(), request.seed(),
                    request.threads() * Math.max(1, options.mpiProcesses()), request.resolutionMs(),
                    request.durationMs(), buildSeconds, runSeconds);
            List<SimulationResult.Group> groups = new ArrayList<>();
            for (SimulationPlan.NeuronRange range : request.ranges()) {
                groups.add(new SimulationResult.Group(range.group(), range.firstId(), range.size(),
                        range.neuronType()));
            }
            return new SimulationResult(request.neuronCount(), files.offsets(), files.times(), files.recorded(),
                    groups, files.traces(), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NEST's results in " + results(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        delete(folder);
    }

    /**
     * Deletes a folder and everything in it; a missing folder is fine.
     *
     * @param folder the folder
     * @throws UncheckedIOException when a file cannot be deleted
     */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the NEST work folder " + folder, e);
        }
    }
}
