package nngt.workbench.ui.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import nngt.workbench.ui.diagram.NetworkDiagram.Edge;
import nngt.workbench.ui.diagram.NetworkDiagram.Element;
import nngt.workbench.ui.diagram.NetworkDiagram.Node;
import nngt.workbench.ui.diagram.NetworkDiagram.NodeKind;
import nngt.workbench.ui.views.Drawing;

/**
 * Where the elements of a {@link NetworkDiagram} go, computed by the Eclipse Layout Kernel's layered
 * algorithm (Sugiyama style, left to right, polyline arrows, arrow labels placed as obstacles so that nothing
 * overlaps). Group boxes grow with the square root of the group's size, from {@value #MIN_GROUP_WIDTH} pixels
 * wide for the smallest possible group to {@value #MAX_GROUP_WIDTH} for the largest of the network, and are
 * never narrower than their label. The layout is deterministic: the same diagram and font give the same
 * geometry.
 */
public final class DiagramLayout {

    /** The width of a group of one neuron, without label constraints. */
    static final double MIN_GROUP_WIDTH = 90;
    /** The width of the network's largest group, without label constraints. */
    static final double MAX_GROUP_WIDTH = 190;
    private static final double MIN_GROUP_HEIGHT = 40;
    private static final double MAX_GROUP_HEIGHT = 90;
    private static final double PADDING = 8;
    private static final double MARGIN = 20;

    private static boolean registered;

    /**
     * A rectangle.
     *
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     */
    public record Box(double x, double y, double width, double height) {

        /**
         * @param px a point's x
         * @param py a point's y
         * @return whether the point lies inside or on the border
         */
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        /**
         * @param other another rectangle
         * @return whether the two share interior points
         */
        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    /**
     * The path of an arrow.
     *
     * @param points x0, y0, x1, y1, ... from the source's border to the target's border
     * @param label  where the label lines go, or null for an arrow without label
     */
    public record Route(double[] points, Box label) {
    }

    private final NetworkDiagram diagram;
    private final Map<Node, Box> boxes = new IdentityHashMap<>();
    private final Map<Edge, Route> routes = new IdentityHashMap<>();
    private double width;
    private double height;

    private DiagramLayout(NetworkDiagram diagram) {
        this.diagram = diagram;
    }

    /**
     * Lays out a diagram.
     *
     * @param diagram the diagram
     * @param measure measures the label texts in the font they will be drawn in
     * @return the layout
     */
    public static DiagramLayout of(NetworkDiagram diagram, Drawing measure) {
        registerAlgorithm();
        DiagramLayout layout = new DiagramLayout(diagram);
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 36.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        int largest = diagram.nodes().stream().mapToInt(Node::neurons).max().orElse(1);
        Map<Node, ElkNode> elkNodes = new IdentityHashMap<>();
        for (Node node : diagram.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.id());
            double[] size = size(node, largest, measure);
            elk.setDimensions(size[0], size[1]);
            elkNodes.put(node, elk);
        }
        Map<Edge, ElkEdge> elkEdges = new IdentityHashMap<>();
        for (Edge edge : diagram.edges()) {
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to()));
            if (!edge.label().isEmpty()) {
                ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", edge.label()), elk);
                double labelWidth = edge.label().stream().mapToInt(line -> measure.textWidth(line, false)).max()
                        .orElse(0);
                label.setDimensions(labelWidth + 4, edge.label().size() * measure.lineHeight() + 2);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            elkEdges.put(edge, elk);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        elkNodes.forEach((node, elk) -> layout.boxes.put(node,
                new Box(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight())));
        elkEdges.forEach((edge, elk) -> layout.routes.put(edge, route(elk)));
        layout.width = root.getWidth();
        layout.height = root.getHeight();
        return layout;
    }

    private static synchronized void registerAlgorithm() {
        // explicit, because ELK's own discovery (Java's ServiceLoader) does not see bundles under OSGi
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    private static double[] size(Node node, int largest, Drawing measure) {
        double text = Math.max(measure.textWidth(node.name(), true), measure.textWidth(node.detail(), false));
        double lines = 2.0 * measure.lineHeight();
        if (node.kind() != NodeKind.GROUP) {
            return new double[] {text + 2 * PADDING, lines + PADDING};
        }
        double share = Math.sqrt((double) Math.max(1, node.neurons()) / Math.max(1, largest));
        return new double[] {Math.max(text + 2 * PADDING, MIN_GROUP_WIDTH + (MAX_GROUP_WIDTH - MIN_GROUP_WIDTH) * share),
            Math.max(lines + 2 * PADDING, MIN_GROUP_HEIGHT + (MAX_GROUP_HEIGHT - MIN_GROUP_HEIGHT) * share)};
    }

    private static Route route(ElkEdge edge) {
        List<Double> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(section.getStartX());
            points.add(section.getStartY());
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(bend.getX());
                points.add(bend.getY());
            }
            points.add(section.getEndX());
            points.add(section.getEndY());
        }
        double[] xy = points.stream().mapToDouble(Double::doubleValue).toArray();
        Box label = edge.getLabels().isEmpty() ? null : new Box(edge.getLabels().get(0).getX(),
                edge.getLabels().get(0).getY(), edge.getLabels().get(0).getWidth(), edge.getLabels().get(0).getHeight());
        return new Route(xy, label);
    }

    /**
     * @return the diagram laid out
     */
    public NetworkDiagram diagram() {
        return diagram;
    }

    /**
     * @param node a node of the diagram
     * @return its rectangle
     */
    public Box box(Node node) {
        return boxes.get(node);
    }

    /**
     * @param edge an arrow of the diagram
     * @return its path and label position
     */
    public Route route(Edge edge) {
        return routes.get(edge);
    }

    /**
     * @return the width of the whole picture, margins included
     */
    public int width() {
        return (int) Math.ceil(width);
    }

    /**
     * @return the height of the whole picture, margins included
     */
    public int height() {
        return (int) Math.ceil(height);
    }

    /**
     * What a click at a point hits: a node, else an arrow's label, else an arrow passing within
     * {@code tolerance} pixels.
     *
     * @param x         the point's x
     * @param y         the point's y
     * @param tolerance the largest distance to an arrow that still counts
     * @return the element, or empty
     */
    public Optional<Element> elementAt(double x, double y, double tolerance) {
        for (Node node : diagram.nodes()) {
            if (boxes.get(node).contains(x, y)) {
                return Optional.of(node);
            }
        }
        for (Edge edge : diagram.edges()) {
            Box label = routes.get(edge).label();
            if (label != null && label.contains(x, y)) {
                return Optional.of(edge);
            }
        }
        Edge nearest = null;
        double best = tolerance;
        for (Edge edge : diagram.edges()) {
            double distance = distance(routes.get(edge).points(), x, y);
            if (distance <= best) {
                best = distance;
                nearest = edge;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /* distance from a point to a polyline */
    private static double distance(double[] xy, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 3 < xy.length; i += 2) {
            double dx = xy[i + 2] - xy[i];
            double dy = xy[i + 3] - xy[i + 1];
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0
                    : Math.max(0, Math.min(1, ((x - xy[i]) * dx + (y - xy[i + 1]) * dy) / lengthSquared));
            best = Math.min(best, Math.hypot(x - (xy[i] + t * dx), y - (xy[i + 1] + t * dy)));
        }
        return best;
    }
}
