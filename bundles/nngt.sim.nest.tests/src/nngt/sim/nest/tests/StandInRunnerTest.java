package nngt.sim.nest.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.catalog.NestFamily;
import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationCancelledException;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.SimulatorUnavailableException;
import nngt.sim.api.Trace;
import nngt.sim.nest.NestInstallation;
import nngt.sim.nest.NestOptions;
import nngt.sim.nest.NestSimulator;
import nngt.sim.nest.internal.NestRun;

/**
 * The runner end to end against the PyNEST stand-in (NEST id i spikes once, at 1 + i % 7 ms; multimeters read
 * V_m = −65 + id / 1000 with NEST ids): finding NEST, choosing the flavour, progress, cancellation, failures and
 * reading the results back in NNGT ids.
 */
class StandInRunnerTest {

    @TempDir
    Path temporary;

    @BeforeEach
    void needsPython() {
        StandIn.assumePythonWithNumpy();
    }

    private NestSimulator simulatorWith(Map<String, String> standInVariables) throws IOException {
        Files.createDirectories(temporary);
        Path python = StandIn.python(Files.createTempDirectory(temporary, "python"), standInVariables);
        return new NestSimulator(Map.of(NestInstallation.PYTHON_VARIABLE, python.toString()));
    }

    @Test
    void nestPythonVariableIsFoundAndItsVersionRead() throws IOException {
        NestSimulator simulator = simulatorWith(Map.of("NNGT_STANDIN_VERSION", "3.7.0"));
        assertEquals("NEST 3.7.0", simulator.version());
    }

    @Test
    void resultsComeBackInNngtIdsWithTheRecordedNeuronsAndTraces() throws IOException {
        StandIn.Model model = StandIn.dcModel("nest 3");
        SimulationResult result;
        try (PreparedSimulation prepared = simulatorWith(Map.of()).prepare(model.request())) {
            result = prepared.run(ProgressListener.NONE, new CancellationToken());
        }
        assertEquals(10, result.neuronCount());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, result.recordedNeurons());
        for (int id = 0; id < 10; id++) {
            // NNGT id k is NEST id k + 1, which the stand-in fires at 1 + (k + 1) % 7 ms
            assertArrayEquals(new double[] {1 + (id + 1) % 7}, result.spikeTimes(id), 1e-9, "neuron " + id);
        }
        assertEquals(List.of("exc", "inh"), result.groups().stream().map(SimulationResult.Group::name).toList());
        assertEquals(1, result.traces().size());
        Trace trace = result.traces().get(0);
        assertEquals(3, trace.neuron());
        assertEquals("V_m", trace.recordable());
        assertEquals(20, trace.timesMs().length, "20 ms sampled every 1 ms");
        assertEquals(1.0, trace.timesMs()[0], 1e-9);
        assertEquals(20.0, trace.timesMs()[19], 1e-9);
        assertEquals(-65.0 + 0.004, trace.values()[0], 1e-9);
        assertEquals("nest", result.metadata().simulator());
        assertEquals("NEST 3.stand-in", result.metadata().version());
        assertEquals(7, result.metadata().seed());
    }

    @Test
    void aModelWithoutRecordersRecordsEveryNeuron() throws IOException {
        StandIn.Model model = StandIn.parse("""
                network quiet {
                  group cells: 5 excitatory iaf_psc_alpha
                  simulate 10 ms
                }
                """);
        try (PreparedSimulation prepared = simulatorWith(Map.of()).prepare(model.request())) {
            SimulationResult result = prepared.run(ProgressListener.NONE, new CancellationToken());
            assertEquals(5, result.recordedNeurons().length);
            assertEquals(5, result.totalSpikes(), "each neuron fires once within 10 ms");
        }
    }

    @Test
    void progressComesFromRunPyLinesUpToTheDuration() throws IOException {
        StandIn.Model model = StandIn.dcModel("");
        List<double[]> reports = new ArrayList<>();
        try (PreparedSimulation prepared = simulatorWith(Map.of()).prepare(model.request())) {
            prepared.run((simulated, total) -> reports.add(new double[] {simulated, total}), new CancellationToken());
        }
        // 20 ms in whole min_delay pieces (1 ms, the DC generator's delay): 20 pieces
        assertEquals(20, reports.size());
        assertArrayEquals(new double[] {1.0, 20.0}, reports.get(0), 1e-9);
        assertArrayEquals(new double[] {20.0, 20.0}, reports.get(reports.size() - 1), 1e-9);
        for (int k = 1; k < reports.size(); k++) {
            assertTrue(reports.get(k)[0] > reports.get(k - 1)[0], "progress grows");
        }
    }

    @Test
    void theInstalledVersionChoosesTheFlavourOfAnOpenModel() throws IOException {
        StandIn.Model model = StandIn.dcModel("");
        try (NestRun run = (NestRun) simulatorWith(Map.of("NNGT_STANDIN_VERSION", "2.20.2")).prepare(
                model.request())) {
            assertEquals(Flavour.NEST_2_20, run.flavour());
            String runPy = Files.readString(run.project().resolve("run.py"));
            assertTrue(runPy.contains("SPIKE_RECORDER = \"spike_detector\""), "NEST 2.20 device name");
        }
        try (NestRun run = (NestRun) simulatorWith(Map.of("NNGT_STANDIN_VERSION", "3.4.1")).prepare(
                model.request())) {
            assertEquals(Flavour.NEST_3, run.flavour());
            assertTrue(Files.readString(run.project().resolve("run.py")).contains("SPIKE_RECORDER = \"spike_recorder\""));
        }
    }

    @Test
    void aModelThatContradictsTheInstalledNestIsRefusedNamingBoth() throws IOException {
        NestSimulator simulator = simulatorWith(Map.of("NNGT_STANDIN_VERSION", "3.6.0"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> simulator.prepare(StandIn.dcModel("nest 2.20").request()));
        assertTrue(error.getMessage().contains("declares 'nest 2.20' but the installed NEST is 3.6.0"),
                error.getMessage());
    }

    @Test
    void aMissingNestSaysWhatWasTriedAndHowToInstallIt() {
        NestSimulator missing = new NestSimulator(Map.of(NestInstallation.PYTHON_VARIABLE,
                temporary.resolve("no-such-python").toString()));
        SimulatorUnavailableException error = assertThrows(SimulatorUnavailableException.class,
                () -> missing.prepare(StandIn.dcModel("").request()));
        String message = error.getMessage();
        assertTrue(message.startsWith("nest simulator: NEST is not available: tried NEST_PYTHON="
                + temporary.resolve("no-such-python") + ": cannot start"), message);
        assertTrue(message.contains("conda install -c conda-forge nest-simulator"), message);
        assertTrue(message.contains("nest_vars.sh"), message);
        assertEquals(1, message.lines().count(), "one line");

        NestSimulator withoutNest = new NestSimulator(Map.of(NestInstallation.PYTHON_VARIABLE,
                StandIn.DEBIAN_PYTHON));
        SimulatorUnavailableException noModule = assertThrows(SimulatorUnavailableException.class,
                () -> withoutNest.prepare(StandIn.dcModel("").request()));
        assertTrue(noModule.getMessage().contains("tried NEST_PYTHON=/usr/bin/python3: /usr/bin/python3 cannot "
                + "import nest (ModuleNotFoundError: No module named 'nest')"), noModule.getMessage());
        assertEquals("NEST (not installed)", withoutNest.version());
    }

    @Test
    void cancellingStopsNestAndLeavesNothing() throws IOException {
        // every Run piece of the stand-in sleeps 0.3 s: the 20 pieces would take 6 s
        NestSimulator slow = simulatorWith(Map.of("NNGT_STANDIN_SLEEP_S", "0.3"));
        CancellationToken cancel = new CancellationToken();
        NestRun run = (NestRun) slow.prepare(StandIn.dcModel("").request());
        Path project = run.project();
        assertTrue(Files.isRegularFile(project.resolve("run.py")));
        SimulationCancelledException error = assertThrows(SimulationCancelledException.class,
                () -> run.run((simulated, total) -> cancel.cancel(), cancel));
        assertTrue(error.getMessage().contains("t = 1.0 ms"), error.getMessage());
        assertFalse(Files.exists(project.getParent()), "the work folder with project and results is deleted");
        assertEquals(List.of(), StandIn.runningProjects(), "no NEST process is left");
        run.close();
    }

    @Test
    void aFailingNestReportsItsErrorOutputAndLeavesNothing() throws IOException {
        NestSimulator failing = simulatorWith(Map.of("NNGT_STANDIN_FAIL", "kernel exploded"));
        NestRun run = (NestRun) failing.prepare(StandIn.dcModel("").request());
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> run.run(ProgressListener.NONE, new CancellationToken()));
        String first = error.getMessage().lines().findFirst().orElseThrow();
        assertEquals("NEST failed with exit code 1: RuntimeError: kernel exploded", first);
        assertTrue(error.getMessage().contains("Traceback"), error.getMessage());
        assertFalse(Files.exists(run.project()));
    }

    @Test
    void aNestVarsScriptIsSourcedBeforeNestStarts() throws IOException {
        // the script puts the stand-in on PYTHONPATH, as NEST's nest_vars.sh does for a NEST build
        Path vars = StandIn.varsScript(temporary, Map.of("PYTHONPATH", StandIn.folder().toString(),
                "NNGT_STANDIN_VERSION", "3.5.0"));
        SimulationPlan request = StandIn.dcModel("").request(Map.of(NestOptions.PYTHON, StandIn.DEBIAN_PYTHON,
                NestOptions.VARS, vars.toString()));
        try (PreparedSimulation prepared = new NestSimulator(Map.of()).prepare(request)) {
            SimulationResult result = prepared.run(ProgressListener.NONE, new CancellationToken());
            assertEquals("NEST 3.5.0", result.metadata().version());
            assertEquals(10, result.totalSpikes());
        }
    }

    @Test
    void mpiWithoutMpirunIsRefusedBeforeAnythingRuns() throws IOException {
        // PATH without mpirun, whatever this machine has installed
        Path vars = StandIn.varsScript(temporary, Map.of("PATH", "/nonexistent", "PYTHONPATH",
                StandIn.folder().toString()));
        SimulationPlan request = StandIn.dcModel("").request(Map.of(NestOptions.PYTHON, StandIn.DEBIAN_PYTHON,
                NestOptions.VARS, vars.toString(), NestOptions.MPI, "2"));
        SimulatorUnavailableException error = assertThrows(SimulatorUnavailableException.class,
                () -> new NestSimulator(Map.of()).prepare(request));
        assertTrue(error.getMessage().startsWith("nest simulator: nest.mpi=2 asks for an MPI run, but mpirun is not "
                + "on the PATH"), error.getMessage());
        assertTrue(error.getMessage().contains("openmpi-bin"), error.getMessage());
    }

    /**
     * Runs the DC model under a stand-in mpirun that logs its arguments and Open MPI's root consent, prints Open
     * MPI's real refusal to run as root and fails.
     */
    private IllegalStateException refusedAsRoot(Map<String, String> mpiOptions, Path log) throws IOException {
        Path bin = Files.createDirectories(temporary.resolve("bin"));
        Path mpirun = bin.resolve("mpirun");
        Files.writeString(mpirun, "#!/bin/sh\necho \"$@\" > '" + log + "'\nenv | grep '^OMPI_ALLOW' | sort >> '" + log
                + "'\ncat '" + Path.of("mpirun-output", "as-root.txt").toAbsolutePath() + "' >&2\nexit 1\n");
        mpirun.toFile().setExecutable(true);
        Path vars = StandIn.varsScript(temporary, Map.of("PATH", bin + ":/usr/bin:/bin", "PYTHONPATH",
                StandIn.folder().toString()));
        Map<String, String> options = new java.util.HashMap<>(mpiOptions);
        options.putAll(Map.of(NestOptions.PYTHON, StandIn.DEBIAN_PYTHON, NestOptions.VARS, vars.toString(),
                NestOptions.MPI, "2"));
        NestRun run = (NestRun) new NestSimulator(Map.of()).prepare(StandIn.dcModel("").request(options));
        return assertThrows(IllegalStateException.class, () -> run.run(ProgressListener.NONE, new CancellationToken()));
    }

    @Test
    void mpirunsRefusalToRunAsRootIsTheCauseWithBothFixes() throws IOException {
        Path log = temporary.resolve("mpirun.log");
        IllegalStateException error = refusedAsRoot(Map.of(NestOptions.MPI_ARGS, "--oversubscribe"), log);
        assertEquals("NEST failed with exit code 1: mpirun has detected an attempt to run as root. Allow it with "
                + "--sim-option nest.mpi.allow-root=true, or set OMPI_ALLOW_RUN_AS_ROOT=1 and "
                + "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1.", error.getMessage().lines().findFirst().orElseThrow());
        List<String> logged = Files.readAllLines(log);
        assertTrue(logged.get(0).startsWith("-np 2 --oversubscribe " + StandIn.DEBIAN_PYTHON + " "), logged.get(0));
        if (System.getenv("OMPI_ALLOW_RUN_AS_ROOT") == null) {
            assertEquals(1, logged.size(), "no consent to run as root unless asked: " + logged);
        }
    }

    @Test
    void allowRootGivesOpenMpiItsConsent() throws IOException {
        Path log = temporary.resolve("mpirun.log");
        refusedAsRoot(Map.of(NestOptions.MPI_ALLOW_ROOT, "true"), log);
        assertEquals(List.of("OMPI_ALLOW_RUN_AS_ROOT=1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1"),
                Files.readAllLines(log).subList(1, 3));
    }

    @Test
    void aPlanBuiltByHandRunsWithoutAModel() throws IOException {
        // the NEST 3 family: the stand-in is a NEST 3.0-3.9 (a builder's default family, 3.10, would not fit it)
        SimulationPlan bare = SimulationPlan.builder().family(NestFamily.NEST_3)
                .neurons("cells", 0, 2, 1, "iaf_psc_alpha", Map.of()).duration(10).recordAllSpikes().build();
        try (PreparedSimulation prepared = simulatorWith(Map.of()).prepare(bare)) {
            SimulationResult result = prepared.run(ProgressListener.NONE, new CancellationToken());
            // NEST ids 1 and 2 fire at 2 and 3 ms in the stand-in
            assertArrayEquals(new double[] {2.0}, result.spikeTimes(0), 1e-9);
            assertArrayEquals(new double[] {3.0}, result.spikeTimes(1), 1e-9);
        }
    }
}
