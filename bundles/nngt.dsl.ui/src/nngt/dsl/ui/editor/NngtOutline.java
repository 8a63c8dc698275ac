package nngt.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import nngt.model.Connection;
import nngt.model.Group;
import nngt.model.MetaGroup;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.Recorder;
import nngt.model.Stimulus;
import nngt.model.SynapseSpec;

/**
 * Builds the outline tree of a parsed .nngt file: the network, its population with groups and
 * meta-groups, its synapse specifications, connections, stimuli and recorders.
 */
final class NngtOutline {

    private NngtOutline() {
    }

    /**
     * @param resource a parsed resource
     * @return the root entries (the network), empty when nothing was parsed
     */
    static List<OutlineNode> of(XtextResource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Network network)) {
            return List.of();
        }
        List<OutlineNode> sections = new ArrayList<>();
        if (network.getPopulation() != null) {
            List<OutlineNode> groups = new ArrayList<>();
            for (NeuralGroup group : network.getPopulation().getGroups()) {
                groups.add(leaf(group.getName() + " : " + group.getSize() + " "
                        + (group.getNeuronType() == 1 ? "excitatory" : "inhibitory") + " " + group.getNeuronModel(),
                        "group", group));
            }
            for (MetaGroup meta : network.getPopulation().getMetaGroups()) {
                groups.add(leaf(meta.getName() + " (meta-group of " + meta.getGroups().stream()
                        .map(Group::getName).reduce((a, b) -> a + ", " + b).orElse("neurons") + ")", "metagroup", meta));
            }
            sections.add(node("population (" + groups.size() + " groups)", "population", network.getPopulation(),
                    groups));
        }
        List<OutlineNode> synapses = new ArrayList<>();
        for (SynapseSpec spec : network.getSynapses()) {
            synapses.add(leaf("synapse " + textOf(spec.getSource()) + " -> " + textOf(spec.getTarget()) + " : "
                    + spec.getSynapseModel(), "synapse", spec));
        }
        List<OutlineNode> connections = new ArrayList<>();
        for (Connection connection : network.getConnections()) {
            connections.add(leaf(textOf(connection.getSources()) + " -> " + textOf(connection.getTargets()) + " : "
                    + (connection.getRule() == null ? "?" : connection.getRule().eClass().getName()), "connection",
                    connection));
        }
        List<OutlineNode> devices = new ArrayList<>();
        for (Stimulus stimulus : network.getStimuli()) {
            devices.add(leaf(stimulus.eClass().getName() + " -> " + textOf(stimulus.getTargets()), "device", stimulus));
        }
        for (Recorder recorder : network.getRecorders()) {
            devices.add(leaf(recorder.eClass().getName() + " from " + textOf(recorder.getTargets()), "device",
                    recorder));
        }
        addSection(sections, "synapses", synapses, network);
        addSection(sections, "connections", connections, network);
        addSection(sections, "devices", devices, network);
        return List.of(node("network " + network.getName(), "network", network, sections));
    }

    private static void addSection(List<OutlineNode> sections, String name, List<OutlineNode> children,
            Network network) {
        if (!children.isEmpty()) {
            OutlineNode first = children.get(0);
            OutlineNode last = children.get(children.size() - 1);
            sections.add(new OutlineNode(name + " (" + children.size() + ")", name, first.offset(),
                    last.offset() + last.length() - first.offset(), List.copyOf(children)));
        }
    }

    private static OutlineNode leaf(String label, String kind, EObject object) {
        return node(label, kind, object, List.of());
    }

    private static OutlineNode node(String label, String kind, EObject object, List<OutlineNode> children) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        int offset = node == null ? 0 : node.getOffset();
        int length = node == null ? 0 : node.getLength();
        return new OutlineNode(label, kind, offset, length, List.copyOf(children));
    }

    /* The source text of an element on one line, as the user wrote it. */
    private static String textOf(EObject object) {
        ICompositeNode node = object == null ? null : NodeModelUtils.findActualNodeFor(object);
        return node == null ? "default" : NodeModelUtils.getTokenText(node);
    }
}
