package nngt.workbench.ui.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import nngt.model.Connection;
import nngt.model.FixedDegree;
import nngt.model.FromDegreeList;
import nngt.model.GaussianDegree;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.Recorder;
import nngt.model.Stimulus;
import nngt.model.SynapseSpec;
import nngt.model.api.Groups;
import nngt.model.api.PopulationSelections;
import nngt.model.api.SynapseSpecResolver;

/**
 * What the "NNGT Network Diagram" shows of a model, read from the parsed model alone (the network is never
 * built): one node per primary group, one small node per stimulus and per recorder, one arrow per connection
 * statement and (source group, target group) pair it touches, one arrow from each stimulus to each group it
 * drives and from each recorded group to its recorder. Every element remembers the text it comes from.
 *
 * @param network the network's name
 * @param nodes   groups in population order, then stimuli, then recorders, in model order
 * @param edges   connections in model order (pairs in population order), then stimulations, then recordings
 */
public record NetworkDiagram(String network, List<Node> nodes, List<Edge> edges) {

    /** The longest label line; longer source texts are cut with an ellipsis. */
    static final int MAX_LABEL = 48;

    /** What a node stands for. */
    public enum NodeKind {
        /** A group of neurons. */
        GROUP,
        /** A stimulation device. */
        STIMULUS,
        /** A recording device. */
        RECORDER
    }

    /** What an arrow stands for. */
    public enum EdgeKind {
        /** Synapses made by a connection statement. */
        CONNECTION,
        /** A stimulus driving a group. */
        STIMULATION,
        /** A recorder observing a group. */
        RECORDING
    }

    /**
     * A region of the model text.
     *
     * @param offset the first character
     * @param length the number of characters
     */
    public record TextRegion(int offset, int length) {

        /**
         * @param position a character offset
         * @return whether the region holds it (its end included, so a caret just after the text counts)
         */
        public boolean contains(int position) {
            return position >= offset && position <= offset + length;
        }
    }

    /** A node or an arrow: something that can be selected. */
    public sealed interface Element permits Node, Edge {
        /**
         * @return the model text it comes from
         */
        TextRegion source();
    }

    /**
     * A node.
     *
     * @param id         unique in the diagram: {@code group:<name>}, {@code stimulus:<index>} or
     *                   {@code recorder:<index>}
     * @param kind       what it stands for
     * @param name       the group's or device's name (a device without one is named by its kind)
     * @param detail     the second label line: model and size of a group, the device's settings
     * @param neurons    the group's size (0 for devices)
     * @param neuronType {@link Groups#EXCITATORY}, {@link Groups#INHIBITORY} (0 for devices)
     * @param source     the declaration's text
     */
    public record Node(String id, NodeKind kind, String name, String detail, int neurons, int neuronType,
            TextRegion source) implements Element {
    }

    /**
     * An arrow.
     *
     * @param from   the source node
     * @param to     the target node
     * @param kind   what it stands for
     * @param label  label lines (rule; weight and synapse model), empty for devices
     * @param source the statement's text
     */
    public record Edge(Node from, Node to, EdgeKind kind, List<String> label, TextRegion source)
            implements Element {
    }

    /**
     * Reads the diagram of a parsed model.
     *
     * @param network a network parsed by the language (its elements carry their text), free of errors
     * @return the diagram
     */
    public static NetworkDiagram of(Network network) {
        PopulationSelections selections = new PopulationSelections(network.getPopulation());
        Map<NeuralGroup, Node> groupNodes = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (NeuralGroup group : selections.groups()) {
            Node node = new Node("group:" + group.getName(), NodeKind.GROUP, group.getName(),
                    group.getNeuronModel() + " \u00d7 " + group.getSize(), group.getSize(), group.getNeuronType(),
                    region(group));
            groupNodes.put(group, node);
            nodes.add(node);
        }
        List<Edge> edges = new ArrayList<>();
        SynapseSpecResolver synapses = resolver(network.getSynapses());
        for (Connection connection : network.getConnections()) {
            String rule = ruleText(connection);
            String weight = connection.getWeights() == null ? "" : "weight " + text(connection.getWeights());
            for (NeuralGroup source : selections.groupsTouched(connection.getSources())) {
                for (NeuralGroup target : selections.groupsTouched(connection.getTargets())) {
                    String synapse = synapses == null ? "" : synapses.resolve(source, target)
                            .map(SynapseSpec::getSynapseModel).orElse(SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL);
                    String second = weight.isEmpty() || synapse.isEmpty() ? weight + synapse
                            : weight + ", " + synapse;
                    edges.add(new Edge(groupNodes.get(source), groupNodes.get(target), EdgeKind.CONNECTION,
                            second.isEmpty() ? List.of(rule) : List.of(rule, cut(second)), region(connection)));
                }
            }
        }
        int index = 0;
        for (Stimulus stimulus : network.getStimuli()) {
            String settings = between(text(stimulus), "stimulate ", " ->");
            String kind = settings.contains("(") ? settings.substring(0, settings.indexOf('(')) : settings;
            Node node = new Node("stimulus:" + index++, NodeKind.STIMULUS,
                    stimulus.getName() == null ? kind : stimulus.getName(), cut(settings), 0, 0, region(stimulus));
            nodes.add(node);
            for (NeuralGroup target : selections.groupsTouched(stimulus.getTargets())) {
                edges.add(new Edge(node, groupNodes.get(target), EdgeKind.STIMULATION, List.of(), region(stimulus)));
            }
        }
        index = 0;
        for (Recorder recorder : network.getRecorders()) {
            String recorded = between(text(recorder), "record ", " from ");
            Node node = new Node("recorder:" + index++, NodeKind.RECORDER,
                    recorder.getName() == null ? "record" : recorder.getName(), cut(recorded), 0, 0,
                    region(recorder));
            nodes.add(node);
            for (NeuralGroup source : selections.groupsTouched(recorder.getTargets())) {
                edges.add(new Edge(groupNodes.get(source), node, EdgeKind.RECORDING, List.of(), region(recorder)));
            }
        }
        return new NetworkDiagram(network.getName(), List.copyOf(nodes), List.copyOf(edges));
    }

    /**
     * @param kind a node kind
     * @return the nodes of that kind, in diagram order
     */
    public List<Node> nodes(NodeKind kind) {
        return nodes.stream().filter(node -> node.kind() == kind).toList();
    }

    /**
     * @param kind an edge kind
     * @return the arrows of that kind, in diagram order
     */
    public List<Edge> edges(EdgeKind kind) {
        return edges.stream().filter(edge -> edge.kind() == kind).toList();
    }

    /**
     * @param id a node id
     * @return the node, if there is one
     */
    public Optional<Node> node(String id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
    }

    /**
     * The element whose text most closely holds a caret: the one with the shortest text region that contains
     * it. Arrows of one statement share its region; the first of them is chosen.
     *
     * @param offset a caret offset in the model text
     * @return the element, or empty when the caret lies outside every element's text
     */
    public Optional<Element> elementAt(int offset) {
        List<Element> all = new ArrayList<>(nodes);
        all.addAll(edges);
        return all.stream().filter(element -> element.source() != null && element.source().contains(offset))
                .min(Comparator.comparingInt(element -> element.source().length()));
    }

    private static SynapseSpecResolver resolver(List<SynapseSpec> specs) {
        try {
            return new SynapseSpecResolver(specs);
        } catch (IllegalArgumentException e) {
            // the validator reports duplicate keys; the diagram then leaves the synapse model out
            return null;
        }
    }

    private static String ruleText(Connection connection) {
        String rule = text(connection.getRule());
        // the degree type applies to the degree rules only; written or not, it is shown (NNGT's default: in)
        if (connection.getRule() instanceof FixedDegree || connection.getRule() instanceof GaussianDegree
                || connection.getRule() instanceof FromDegreeList) {
            rule += " degree " + connection.getDegreeType().getLiteral();
        }
        return cut(rule);
    }

    private static TextRegion region(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        return node == null ? null : new TextRegion(node.getOffset(), node.getLength());
    }

    /* the element's tokens, comments and line breaks left out, one space between */
    private static String text(EObject element) {
        ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
        return node == null ? "" : NodeModelUtils.getTokenText(node);
    }

    private static String between(String text, String prefix, String end) {
        String rest = text.startsWith(prefix) ? text.substring(prefix.length()) : text;
        int stop = rest.indexOf(end);
        return stop < 0 ? rest : rest.substring(0, stop);
    }

    static String cut(String line) {
        return line.length() <= MAX_LABEL ? line : line.substring(0, MAX_LABEL - 1) + "\u2026";
    }
}
