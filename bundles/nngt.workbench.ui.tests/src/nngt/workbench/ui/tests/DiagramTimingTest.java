package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.diagram.NetworkDiagramView;
import nngt.workbench.ui.views.NetworkStatisticsView;
import nngt.workbench.ui.views.Views;

/**
 * The 1-second target of issue 21: from the moment the NNGT editor has opened {@code examples/brunel.nngt}
 * (12,500 neurons, 15,625,000 synapses) until its diagram and its statistics (degree histograms and the
 * connectivity matrix of the network built with the model's seed) are shown. The workbench has shown another
 * model before, as a user's has: the language and the layout kernel are loaded. The times are printed. The
 * diagram, and the diagram and the statistics together, must show within {@code -Dnngt.diagramBudgetMs}
 * (default 1000), checked where the load average is below one per core (elsewhere the test says why not).
 */
class DiagramTimingTest {

    private IProject project;

    @AfterEach
    void deleteProject() throws CoreException {
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
        project.delete(true, true, null);
    }

    @Test
    void brunelDiagramAndStatisticsShowWithinTheBudgetAfterTheEditorOpens() throws Exception {
        project = Workbench.projectWith("timing-test", "brunel.nngt", "oscillating_groups.nngt");
        NetworkStatisticsView statistics = assertInstanceOf(NetworkStatisticsView.class,
                Views.show(WorkbenchIds.STATISTICS_VIEW));
        NetworkDiagramView diagram = assertInstanceOf(NetworkDiagramView.class, Views.show(WorkbenchIds.DIAGRAM_VIEW));
        IDE.openEditor(Workbench.page(), project.getFile("oscillating_groups.nngt"));
        Workbench.waitUntil("the warm-up model's diagram and statistics",
                () -> shows(diagram, statistics, "oscillating_groups"));
        Workbench.waitForJobs();

        long start = System.nanoTime();
        IDE.openEditor(Workbench.page(), project.getFile("brunel.nngt"));
        long opened = System.nanoTime();
        long[] diagramShown = new long[1];
        Workbench.waitUntil("brunel's diagram and statistics", () -> {
            if (diagramShown[0] == 0 && diagram.layout() != null
                    && diagram.layout().diagram().network().equals("brunel")) {
                diagramShown[0] = System.nanoTime();
            }
            return shows(diagram, statistics, "brunel");
        }, Duration.ofSeconds(120));
        long shown = System.nanoTime();
        double diagramMs = (diagramShown[0] - opened) / 1e6;
        double bothMs = (shown - opened) / 1e6;
        double loadPerCore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                / Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "brunel.nngt: editor opened in %.0f ms; after it opened, the diagram was shown"
                + " in %.0f ms, the diagram and the statistics (%d edges) in %.0f ms; load average per core %.2f%n",
                (opened - start) / 1e6, diagramMs, statistics.statistics().edges(), bothMs, loadPerCore);
        assertEquals(15_625_000, statistics.statistics().edges());
        long budget = Long.getLong("nngt.diagramBudgetMs", 1000);
        // a wall-clock budget means something only where the cores are free for the workbench
        assumeTrue(loadPerCore < 1, String.format(Locale.ROOT, "Timing not checked: load average %.2f per core"
                + " (other processes share the cores); measured %.0f ms for the diagram, %.0f ms for both",
                loadPerCore, diagramMs, bothMs));
        assertTrue(diagramMs <= budget, String.format(Locale.ROOT, "diagram: %.0f ms > %d ms", diagramMs, budget));
        assertTrue(bothMs <= budget, String.format(Locale.ROOT, "diagram and statistics: %.0f ms > %d ms", bothMs,
                budget));
    }

    private static boolean shows(NetworkDiagramView diagram, NetworkStatisticsView statistics, String network) {
        return diagram.layout() != null && diagram.layout().diagram().network().equals(network)
                && statistics.matrix() != null && statistics.statistics().network().equals(network);
    }
}
