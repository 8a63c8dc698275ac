package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.run.WorkspaceModels;
import nngt.workbench.ui.views.ConnectivityMatrix;
import nngt.workbench.ui.views.NetworkStatisticsView;
import nngt.workbench.ui.views.Views;

/**
 * The group-by-group connectivity matrix of "NNGT Network Statistics" against the network built here from the
 * same model and seed, on {@code examples/basic_exc_inh.nngt} (an excitatory and an inhibitory group with
 * a different rule per pair).
 */
class ConnectivityMatrixTest {

    private IProject project;
    private NetworkStatisticsView view;

    @BeforeEach
    void showStatistics() throws Exception {
        project = Workbench.projectWith("matrix-test", "basic_exc_inh.nngt");
        Workbench.page().getWorkbenchWindow().getShell().setSize(1280, 900);
        view = assertInstanceOf(NetworkStatisticsView.class, Views.show(WorkbenchIds.STATISTICS_VIEW));
        view.show(project.getFile("basic_exc_inh.nngt"));
        Workbench.waitForJobs();
        Workbench.waitUntil("the statistics of basic_exc_inh", () -> view.matrix() != null);
    }

    @AfterEach
    void deleteProject() throws CoreException {
        Workbench.waitForJobs();
        project.delete(true, true, null);
    }

    @Test
    void edgeCountsAndMeanWeightsAreThoseOfTheBuiltNetwork() throws Exception {
        IFile model = project.getFile("basic_exc_inh.nngt");
        NetworkInstance instance = NetworkInstantiator.instantiate(WorkspaceModels.load(model),
                InstantiationOptions.defaults());
        int groups = instance.groups().size();
        long[][] counts = new long[groups][groups];
        double[][] sums = new double[groups][groups];
        for (int e = 0; e < instance.edgeCount(); e++) {
            int s = instance.groupOf(instance.sources()[e]);
            int t = instance.groupOf(instance.targets()[e]);
            counts[s][t]++;
            sums[s][t] += instance.weights()[e];
        }
        ConnectivityMatrix edges = view.matrix();
        for (int s = 0; s < groups; s++) {
            for (int t = 0; t < groups; t++) {
                assertTrue(counts[s][t] > 0, "the model connects every ordered pair");
                assertEquals(String.format(Locale.ROOT, "%,d", counts[s][t]), edges.cellText(s, t));
            }
        }
        Screenshots.saveWorkbench(Workbench.page().getWorkbenchWindow().getShell(), "connectivity-matrix.png");

        view.showMeanWeights(true);
        ConnectivityMatrix weights = view.matrix();
        for (int s = 0; s < groups; s++) {
            for (int t = 0; t < groups; t++) {
                assertEquals(String.format(Locale.ROOT, "%.4g", sums[s][t] / counts[s][t]), weights.cellText(s, t));
            }
        }
        assertEquals("1.000", weights.cellText(1, 0), "every connection of the model weighs 1 nS");
    }

    @Test
    void exportsTheMatrixAsPngAndSvg(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("matrix.png");
        view.exportMatrixPng(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(640, image.width);
        assertEquals(480, image.height);
        Screenshots.assertNotBlank(png, 20);
        Files.copy(png, Screenshots.docsImage("basic_exc_inh-matrix.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path svg = folder.resolve("matrix.svg");
        view.exportMatrixSvg(svg);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        var texts = document.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('|');
        }
        ConnectivityMatrix shown = view.matrix();
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 2; t++) {
                assertTrue(all.toString().contains("|" + shown.cellText(s, t) + "|"), shown.cellText(s, t) + " in " + all);
            }
        }
        assertTrue(all.toString().contains("Target group|") && all.toString().contains("Edges|"), all.toString());
        // background, four cells and the legend's 64 steps
        assertEquals(1 + 4 + 64, document.getElementsByTagName("rect").getLength());
    }
}
