package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.sim.api.RunMetadata;
import nngt.sim.api.io.Json;
import nngt.sim.api.run.RunSummary;
import nngt.sim.api.run.SimulatorComparison;
import nngt.sim.brian2.Brian2Installation;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.commands.CompareSimulatorsHandler;
import nngt.workbench.ui.commands.GenerateNestProjectHandler;
import nngt.workbench.ui.views.ComparisonView;
import nngt.workbench.ui.views.Views;

/** The "Generate NEST Project" and "Compare Simulators" commands' jobs. */
class CommandsTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.projectWith("commands-test", "basic_exc_inh.nngt", "oscillating_groups.nngt");
        Workbench.clearResults();
    }

    @AfterEach
    void deleteProject() throws CoreException {
        Workbench.waitForJobs();
        project.delete(true, true, null);
    }

    @Test
    void generateNestProjectWritesARunnableProjectIntoTheWorkspace() throws Exception {
        GenerateNestProjectHandler.job(project.getFile("basic_exc_inh.nngt")).schedule();
        Workbench.waitForJobs();
        IStatus status = Workbench.lastResult();
        assertEquals(IStatus.INFO, status.getSeverity(), status::toString);
        assertEquals("Generated /commands-test/nest/basic_exc_inh", status.getMessage());

        IFolder folder = project.getFolder("nest/basic_exc_inh");
        for (String name : new String[] {"run.py", "analysis.py", "model.json", "run.sh", "README.md"}) {
            assertTrue(folder.getFile(name).exists(), name + " is generated and refreshed into the workspace");
        }
        String runPy = Files.readString(folder.getFile("run.py").getLocation().toPath(), StandardCharsets.UTF_8);
        assertTrue(runPy.contains("SPIKE_RECORDER = \"spike_recorder\""), "NEST 3's recorder, not 2.20's detector");
        assertTrue(runPy.contains("\"model\": \"aeif_cond_alpha\""), "the model's neurons");
    }

    @Test
    void generateNestProjectReportsModelErrorsWithTheirPosition() throws Exception {
        IFile broken = project.getFile("broken.nngt");
        broken.create(new ByteArrayInputStream("network broken {\n  group a: 10 excitatory no_such_model\n}\n"
                .getBytes(StandardCharsets.UTF_8)), true, null);
        GenerateNestProjectHandler.job(broken).schedule();
        Workbench.waitForJobs();

        IStatus status = Workbench.lastResult();
        assertEquals(IStatus.ERROR, status.getSeverity(), status::toString);
        assertTrue(status.getChildren().length > 0, status::toString);
        assertTrue(status.getChildren()[0].getMessage().startsWith("/commands-test/broken.nngt:2:"),
                status.getChildren()[0].getMessage());
        assertTrue(!project.getFolder("nest/broken").exists(), "nothing is generated from a broken model");
    }

    @Test
    void compareSimulatorsChecksBothSimulatorsBeforeRunning() throws Exception {
        if (Workbench.findView(WorkbenchIds.COMPARISON_VIEW) != null) {
            Workbench.page().hideView(Workbench.findView(WorkbenchIds.COMPARISON_VIEW));
        }
        // the same simulator twice is refused before anything runs; embedded against itself would prove nothing
        CompareSimulatorsHandler.job(project.getFile("oscillating_groups.nngt"), "embedded", "embedded").schedule();
        Workbench.waitForJobs();
        assertEquals(IStatus.ERROR, Workbench.lastResult().getSeverity());

        CompareSimulatorsHandler.job(Workbench.modelBrian2CannotRun(project), "embedded", "brian2").schedule();
        Workbench.waitForJobs();
        IStatus refusal = Workbench.lastResult();
        assertEquals(IStatus.ERROR, refusal.getSeverity(), refusal::toString);
        assertTrue(refusal.getChildren()[0].getMessage().startsWith("brian2: neuron model 'hh_psc_alpha'"),
                refusal.getChildren()[0].getMessage());
        assertEquals(null, Workbench.findView(WorkbenchIds.COMPARISON_VIEW), "a refused comparison shows nothing");
    }

    @Test
    void comparisonViewListsRatesAndCvOfBothSimulators() {
        RunMetadata a = new RunMetadata("embedded", "1", 7, 2, 0.1, 1000, 0.1, 0.5);
        RunMetadata b = new RunMetadata("nest", "3.8", 7, 2, 0.1, 1000, 0.1, 0.5);
        List<RunSummary.GroupFigures> groups = List.of(new RunSummary.GroupFigures("exc", 20, 400, 20.0, 0.9),
                new RunSummary.GroupFigures("inh", 10, 0, 0.0, Double.NaN));
        SimulatorComparison comparison = new SimulatorComparison("net",
                List.of(new RunSummary("net", 30, 100, a, groups), new RunSummary("net", 30, 100, b, groups)),
                List.of("poisson_generator"), SimulatorComparison.Tolerances.defaults(),
                List.of(new SimulatorComparison.Pair("embedded", "nest", List.of(
                        new SimulatorComparison.GroupVerdict("exc", 20.0, 21.0, 0.9, 0.85, 0.05, true),
                        new SimulatorComparison.GroupVerdict("inh", 0.0, 0.0, Double.NaN, Double.NaN, Double.NaN,
                                true)), List.of(), true)));
        ComparisonView view = assertInstanceOf(ComparisonView.class, Views.show(WorkbenchIds.COMPARISON_VIEW));
        view.show(comparison);

        assertEquals(2, view.rows().size());
        assertEquals(List.of("exc", "20.00", "21.00", "+5.0 %", "0.900", "0.850", "ok"), List.of(view.rows().get(0)));
        assertEquals(List.of("inh", "0.00", "0.00", "-", "-", "-", "ok"), List.of(view.rows().get(1)));
        assertEquals(List.of(), view.spikeTimeRows(), "stochastic inputs: no spike-time rows");
        assertTrue(view.verdict().startsWith("Spike times not compared: the inputs are stochastic (poisson_generator)"),
                view.verdict());
    }

    @Test
    void theComparisonViewShowsTheVerdictAndNumbersOfNngtCompareJson() throws Exception {
        CommandLine.assumeBuilt();
        Brian2Installation brian2 = Brian2Installation.detect();
        if (!brian2.usable()) {
            System.out.println("SKIPPED theComparisonViewShowsTheVerdict...: " + brian2.problem());
        }
        assumeTrue(brian2.usable(), brian2::problem);
        // constant currents only: spike times are compared too
        IFile model = Workbench.modelWithConstantDrive(project);
        CompareSimulatorsHandler.job(model, "embedded", "brian2").schedule();
        Workbench.waitForJobs(Duration.ofMinutes(5));
        assertEquals(IStatus.OK, Workbench.lastResult().getSeverity(), () -> Workbench.lastResult().toString());
        ComparisonView view = assertInstanceOf(ComparisonView.class, Workbench.findView(WorkbenchIds.COMPARISON_VIEW));
        Workbench.waitUntil("the comparison view to show the verdict", () -> view.shown() != null);
        SimulatorComparison shown = view.shown();

        CommandLine.Outcome json = CommandLine.nngt("compare", model.getLocation().toString(), "--simulators",
                "embedded,brian2", "--json");
        assertEquals(shown.within() ? 0 : 1, json.code(), json.err());
        assertEquals(json.out().strip(), Json.write(shown.toMap()), "the view's comparison is nngt compare's");

        SimulatorComparison.Pair pair = shown.pairs().get(0);
        assertTrue(shown.spikeTimesCompared(), "no stochastic input");
        for (int g = 0; g < pair.groups().size(); g++) {
            SimulatorComparison.GroupVerdict group = pair.groups().get(g);
            String[] row = view.rows().get(g);
            assertEquals(List.of(group.name(), String.format(Locale.ROOT, "%.2f", group.referenceRateHz()),
                    String.format(Locale.ROOT, "%.2f", group.rateHz()), group.within() ? "ok" : "DIFFERENT"),
                    List.of(row[0], row[1], row[2], row[6]));
        }
        List<String[]> spikeRows = view.spikeTimeRows();
        assertEquals(pair.spikeTimes().size(), spikeRows.size(), "one row per group and one for all neurons");
        SimulatorComparison.Agreement all = pair.spikeTimes().get(pair.spikeTimes().size() - 1);
        assertEquals(List.of("all", Long.toString(all.matched()), Long.toString(all.onlyReference()),
                Long.toString(all.onlySimulator())), List.of(spikeRows.get(spikeRows.size() - 1)).subList(0, 4));
        assertTrue(view.verdict().endsWith(shown.within() ? "Rates and CV within tolerances (rate 0.10 relative, "
                + "CV 0.05)." : "Rates or CV differ beyond the tolerances (rate 0.10 relative, CV 0.05)."),
                view.verdict());
    }
}
