package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.sim.api.RunMetadata;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Trace;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.launch.LaunchSettings;
import nngt.workbench.ui.run.LastRun;
import nngt.workbench.ui.views.TracePlot;
import nngt.workbench.ui.views.TracesView;

/**
 * The Traces view plots the membrane potentials that {@code examples/per_neuron_values.nngt} records from neurons 0
 * and 41, lets the user choose the neuron and the recordable, and exports the plot as PNG and SVG.
 */
class TracesViewTest {

    private static final String MODEL = "per_neuron_values.nngt";
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.projectWith("traces-test", MODEL);
        Workbench.clearResults();
    }

    @AfterEach
    void deleteProject() throws CoreException {
        Workbench.waitForJobs();
        project.delete(true, true, null);
    }

    @Test
    void theViewPlotsEachRecordedNeuronsMembranePotentialAndExportsIt() throws Exception {
        ILaunchConfigurationWorkingCopy copy = LaunchSettings.newConfiguration(project.getFile(MODEL));
        copy.setAttribute(WorkbenchIds.ATTR_SIMULATOR, "embedded");
        copy.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Workbench.waitForJobs();
        assertEquals(IStatus.OK, Workbench.lastResult().getSeverity(), () -> Workbench.lastResult().toString());
        SimulationResult result = LastRun.get().result();

        IWorkbenchPage page = Workbench.page();
        TracesView view = assertInstanceOf(TracesView.class, page.showView(WorkbenchIds.TRACES_VIEW));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            checkTheView(view, result);
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    private static void checkTheView(TracesView view, SimulationResult result) throws Exception {
        Workbench.waitUntil("the maximised view to be laid out", () -> view.canvas().getClientArea().width > 400);
        Workbench.waitUntil("the view to list the recorded neurons", () -> !view.neuronLabels().isEmpty());
        assertEquals(List.of("0 (exc)", "41 (inh)"), view.neuronLabels(), "the neurons of 'record V_m ... [0, 41]'");
        assertEquals(List.of("V_m"), view.recordableNames());

        view.select(41, "V_m");
        Trace shown = view.canvas().trace();
        Trace recorded = result.traces().stream().filter(t -> t.neuron() == 41 && t.recordable().equals("V_m"))
                .findFirst().orElseThrow();
        assertArrayEquals(recorded.values(), shown.values(), "the view draws the run's samples of neuron 41");
        assertTrue(shown.timesMs().length >= 199, "about one sample per ms of the 200 ms run: " + shown.timesMs().length);
        assertThrows(IllegalArgumentException.class, () -> view.select(3, "V_m"), "neuron 3 was not recorded");

        Path folder = Files.createTempDirectory("nngt-traces");
        Path svg = folder.resolve("v_m-41.svg");
        view.canvas().exportSvg(svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.trim().endsWith("</svg>"), text);
        assertTrue(text.contains("V_m of neuron 41 (inh)"), "the title names the neuron and its group");
        Matcher points = Pattern.compile("<polyline [^>]*points=\"([^\"]*)\"").matcher(text);
        assertTrue(points.find(), "the trace is a polyline");
        assertEquals(shown.timesMs().length, points.group(1).split(" ").length, "one point per sample");
        Path again = folder.resolve("again.svg");
        view.canvas().exportSvg(again);
        assertEquals(text, Files.readString(again, StandardCharsets.UTF_8), "the same plot, the same SVG");

        Path png = folder.resolve("v_m-41.png");
        view.canvas().exportPng(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(view.canvas().getClientArea().width, image.width, "the PNG is the canvas's size");
        assertTrue(Screenshots.colours(image) > 3, "the PNG shows the axes, their labels and the trace");
        Screenshots.saveToBuild(Workbench.page().getWorkbenchWindow().getShell(), "traces-view.png");
    }

    @Test
    void aFlatTraceGetsAVisibleRangeAndTheYAxisFollowsNegativeValues() {
        SimulationResult.Group group = new SimulationResult.Group("cells", 0, 2, 0);
        Trace resting = new Trace(1, "V_m", new double[] {0, 1, 2}, new double[] {-70, -70, -70});
        Trace rising = new Trace(0, "V_m", new double[] {0, 1, 2}, new double[] {-70, -60, -50});
        SimulationResult result = new SimulationResult(2, new int[] {0, 0, 0}, new double[0], new int[] {0, 1},
                List.of(group), List.of(resting, rising), new RunMetadata("embedded", "test", 1, 1, 0.1, 2, 0, 0));
        TracePlot plot = new TracePlot(result);
        assertEquals(List.of(0, 1), plot.neurons(), "ascending ids");
        assertEquals("1 (cells)", plot.label(1));
        double[] flat = plot.ranges(resting);
        assertTrue(flat[2] < -70 && flat[3] > -70, "a constant trace sits inside its axis: " + flat[2] + ".." + flat[3]);
        double[] ranges = plot.ranges(rising);
        assertEquals(-71, ranges[2], 1e-9, "5 % below the lowest value");
        assertEquals(-49, ranges[3], 1e-9, "5 % above the highest value");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> plot.trace(1, "g_ex"));
        assertTrue(missing.getMessage().contains("[V_m]"), missing.getMessage());
    }
}
