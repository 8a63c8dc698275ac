package nngt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import nngt.dsl.NngtLanguage;
import nngt.workbench.ui.diagram.NetworkDiagram;
import nngt.workbench.ui.diagram.NetworkDiagram.Edge;
import nngt.workbench.ui.diagram.NetworkDiagram.EdgeKind;
import nngt.workbench.ui.diagram.NetworkDiagram.Node;
import nngt.workbench.ui.diagram.NetworkDiagram.NodeKind;
import nngt.workbench.ui.run.WorkspaceModels;

/** What the diagram reads from models: devices, per-pair synapse models, selections by type and meta-group. */
class NetworkDiagramTest {

    private static NetworkDiagram diagramOf(String text) {
        NngtLanguage.LoadResult parsed = WorkspaceModels.language().parse(text, "model.nngt");
        assertTrue(parsed.diagnostics().stream().noneMatch(d -> d.severity() == nngt.dsl.NngtDiagnostic.Severity.ERROR),
                parsed.diagnostics().toString());
        return NetworkDiagram.of(parsed.network());
    }

    private static List<String> arrows(NetworkDiagram diagram, EdgeKind kind) {
        return diagram.edges(kind).stream().map(e -> e.from().name() + "->" + e.to().name()).toList();
    }

    @Test
    void brunelHasItsTwoConnectionStatementsPerTargetGroupAndItsPoissonDrive() throws Exception {
        NetworkDiagram diagram = diagramOf(Files.readString(Workbench.example("brunel.nngt")));
        assertEquals(List.of("exc->exc", "exc->inh", "inh->exc", "inh->inh"), arrows(diagram, EdgeKind.CONNECTION));
        assertEquals(List.of("fixed_degree(degree = 1000) degree in", "weight 20.68 pA, static_synapse"),
                diagram.edges(EdgeKind.CONNECTION).get(0).label());
        assertEquals(List.of("fixed_degree(degree = 250) degree in", "weight 103.4 pA, static_synapse"),
                diagram.edges(EdgeKind.CONNECTION).get(3).label());
        Node drive = diagram.nodes(NodeKind.STIMULUS).get(0);
        assertEquals("drive", drive.name());
        assertEquals("poisson(rate = 17789 Hz, weight = 20.68 pA)", drive.detail());
        assertEquals(List.of("drive->exc", "drive->inh"), arrows(diagram, EdgeKind.STIMULATION));
        assertEquals(List.of(10000, 2500),
                diagram.nodes(NodeKind.GROUP).stream().map(Node::neurons).toList());
        assertEquals(List.of(1, -1), diagram.nodes(NodeKind.GROUP).stream().map(Node::neuronType).toList());
    }

    @Test
    void eachArrowNamesTheSynapseModelThatThePairResolvesTo() throws Exception {
        NetworkDiagram diagram = diagramOf(Files.readString(Workbench.example("heterogeneous_synapses.nngt")));
        List<String> synapses = diagram.edges(EdgeKind.CONNECTION).stream()
                .map(e -> e.from().name() + "->" + e.to().name() + " " + e.label().get(1)).toList();
        assertEquals(List.of("exc->exc weight 120 pA, tsodyks2_synapse", "exc->inh weight 120 pA, static_synapse",
                "inh->exc weight 120 pA, tsodyks2_synapse", "inh->inh weight 120 pA, static_synapse"), synapses);
        Node dc = diagram.nodes(NodeKind.STIMULUS).get(0);
        assertEquals("dc", dc.name(), "an unnamed stimulus is named by its kind");
        assertEquals("dc(amplitude = 390 pA)", dc.detail());
    }

    @Test
    void selectionsByTypeAndMetaGroupBecomeArrowsToTheirGroupsAndTheCaretFindsTheElement() {
        String text = """
                network selections {
                  seed 1
                  group a: 10 excitatory iaf_psc_alpha
                  group b: 20 excitatory iaf_psc_alpha
                  group c: 5 inhibitory iaf_psc_alpha
                  metagroup ab: a, b
                  connect excitatory -> c: all_to_all weight 2 pA
                  connect c -> ab: erdos_renyi(density = 0.1)
                  record V_m every 1 ms from b as probe
                }
                """;
        NetworkDiagram diagram = diagramOf(text);
        assertEquals(List.of("a->c", "b->c", "c->a", "c->b"), arrows(diagram, EdgeKind.CONNECTION));
        assertEquals(List.of("all_to_all", "weight 2 pA, static_synapse"), diagram.edges(EdgeKind.CONNECTION).get(0).label());
        assertEquals(List.of("erdos_renyi(density = 0.1)", "static_synapse"),
                diagram.edges(EdgeKind.CONNECTION).get(2).label(), "no weight given: the label leaves it out");
        Node probe = diagram.nodes(NodeKind.RECORDER).get(0);
        assertEquals("probe", probe.name());
        assertEquals("V_m every 1 ms", probe.detail());
        assertEquals(List.of("b->probe"), arrows(diagram, EdgeKind.RECORDING));

        int inGroupB = text.indexOf("group b") + 3;
        assertEquals(diagram.node("group:b").orElseThrow(), diagram.elementAt(inGroupB).orElseThrow());
        Edge first = diagram.edges(EdgeKind.CONNECTION).get(2);
        assertEquals(first, diagram.elementAt(text.indexOf("erdos_renyi")).orElseThrow(),
                "the first arrow of the statement under the caret");
        assertTrue(diagram.elementAt(text.indexOf("seed")).isEmpty(), "the seed is no element of the picture");
    }
}
