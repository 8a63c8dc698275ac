package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.views.NetworkStatistics;
import nngt.workbench.ui.views.NetworkStatisticsView;
import nngt.workbench.ui.views.Views;

/** "NNGT Network Statistics" on the repository's example of NNGT's basic network. */
class NetworkStatisticsViewTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.projectWith("statistics-test", "basic_exc_inh.nngt");
    }

    @AfterEach
    void deleteProject() throws CoreException {
        Workbench.waitForJobs();
        project.delete(true, true, null);
    }

    @Test
    void showsDegreeHistogramsAndEdgesPerGroupPairOfTheModel() {
        NetworkStatisticsView view = assertInstanceOf(NetworkStatisticsView.class,
                Views.show(WorkbenchIds.STATISTICS_VIEW));
        view.show(project.getFile("basic_exc_inh.nngt"));
        Workbench.waitForJobs();
        Workbench.waitUntil("the statistics of basic_exc_inh", () -> view.statistics() != null);

        NetworkStatistics statistics = view.statistics();
        assertEquals("basic_exc_inh", statistics.network());
        assertEquals(1000, statistics.neurons());
        for (NetworkStatistics.Degree degree : NetworkStatistics.Degree.values()) {
            assertEquals(1000, Arrays.stream(statistics.histogram(degree)).sum(), degree + ": every neuron once");
        }
        long inDegreeSum = 0;
        long[] in = statistics.inDegrees();
        for (int d = 0; d < in.length; d++) {
            inDegreeSum += d * in[d];
        }
        assertEquals(statistics.edges(), inDegreeSum, "the in-degrees add up to the edge count");
        long[][] pairs = statistics.edgesByGroup();
        assertEquals(statistics.edges(), Arrays.stream(pairs).flatMapToLong(Arrays::stream).sum());
        // group 0 = excitatory_cells, 1 = inhibitory_cells; the model connects every ordered pair
        for (long[] row : pairs) {
            for (long count : row) {
                assertEquals(true, count > 0, "every group pair of the model is connected");
            }
        }
        // newman_watts(coord_nb = 10) on 800 neurons: a ring lattice of 800 * 10 edges plus shortcuts
        assertEquals(true, pairs[0][0] >= 8000, "exc -> exc has the lattice's 8000 edges and more");
        assertEquals(4, view.pairRowCount());
    }
}
