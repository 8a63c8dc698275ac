package nngt.workbench.ui.diagram;

import org.eclipse.swt.graphics.RGB;

import nngt.model.api.Groups;
import nngt.workbench.ui.diagram.DiagramLayout.Box;
import nngt.workbench.ui.diagram.DiagramLayout.Route;
import nngt.workbench.ui.diagram.NetworkDiagram.Edge;
import nngt.workbench.ui.diagram.NetworkDiagram.EdgeKind;
import nngt.workbench.ui.diagram.NetworkDiagram.Element;
import nngt.workbench.ui.diagram.NetworkDiagram.Node;
import nngt.workbench.ui.diagram.NetworkDiagram.NodeKind;
import nngt.workbench.ui.views.Drawing;
import nngt.workbench.ui.views.Drawing.Align;

/**
 * Paints a laid-out diagram on a {@link Drawing} (screen, PNG or SVG alike). Groups are rounded boxes coloured
 * by neuron type (blue excitatory, vermillion inhibitory, from Okabe and Ito's colour-blind-safe palette)
 * with their name, model and size; stimuli are green ellipses, recorders grey boxes reached by dashed arrows;
 * connection arrows carry their rule, weight and synapse model. The highlighted element is outlined in amber.
 */
final class DiagramPainter {

    static final RGB EXCITATORY = new RGB(0, 114, 178);
    static final RGB INHIBITORY = new RGB(213, 94, 0);
    static final RGB OTHER_TYPE = new RGB(0, 0, 0);
    static final RGB STIMULUS = new RGB(0, 158, 115);
    static final RGB RECORDER = new RGB(110, 110, 110);
    static final RGB HIGHLIGHT = new RGB(230, 159, 0);
    private static final RGB TEXT = new RGB(0, 0, 0);
    private static final RGB ARROW = new RGB(60, 60, 60);
    private static final RGB LABEL_BACKGROUND = new RGB(255, 255, 255);
    private static final double ARROW_HEAD = 9;
    /* how much of the type colour a box's fill takes: light, so that the black label reads well */
    private static final double FILL_STRENGTH = 0.22;

    private DiagramPainter() {
    }

    /**
     * @param layout      the laid-out diagram
     * @param highlighted the element to outline, or null
     * @param drawing     where to paint
     */
    static void paint(DiagramLayout layout, Element highlighted, Drawing drawing) {
        for (Edge edge : layout.diagram().edges()) {
            paintArrow(edge, layout.route(edge), edge == highlighted, drawing);
        }
        for (Node node : layout.diagram().nodes()) {
            paintNode(node, layout.box(node), node == highlighted, drawing);
        }
        for (Edge edge : layout.diagram().edges()) {
            paintLabel(edge, layout.route(edge), drawing);
        }
    }

    /**
     * @param node a node
     * @return the colour of its outline
     */
    static RGB colour(Node node) {
        return switch (node.kind()) {
            case GROUP -> node.neuronType() == Groups.EXCITATORY ? EXCITATORY
                    : node.neuronType() == Groups.INHIBITORY ? INHIBITORY : OTHER_TYPE;
            case STIMULUS -> STIMULUS;
            case RECORDER -> RECORDER;
        };
    }

    private static void paintNode(Node node, Box box, boolean highlighted, Drawing drawing) {
        RGB colour = colour(node);
        RGB fill = tint(colour);
        if (node.kind() == NodeKind.STIMULUS) {
            drawing.ellipse(box.x(), box.y(), box.width(), box.height(), fill, colour);
        } else {
            double arc = node.kind() == NodeKind.GROUP ? 16 : 6;
            drawing.fillRectangle(box.x(), box.y(), box.width(), box.height(), arc, fill);
            drawing.drawRectangle(box.x(), box.y(), box.width(), box.height(), arc, colour,
                    node.kind() == NodeKind.GROUP ? 2 : 1);
        }
        if (highlighted) {
            drawing.drawRectangle(box.x() - 3, box.y() - 3, box.width() + 6, box.height() + 6, 10, HIGHLIGHT, 3);
        }
        double centre = box.x() + box.width() / 2;
        double top = box.y() + (box.height() - 2.0 * drawing.lineHeight()) / 2;
        drawing.text(node.name(), centre, top, Align.CENTRE, TEXT, true);
        drawing.text(node.detail(), centre, top + drawing.lineHeight(), Align.CENTRE, TEXT, false);
    }

    private static void paintArrow(Edge edge, Route route, boolean highlighted, Drawing drawing) {
        double[] xy = route.points();
        if (xy.length < 4) {
            return;
        }
        RGB colour = highlighted ? HIGHLIGHT
                : edge.kind() == EdgeKind.STIMULATION ? STIMULUS : edge.kind() == EdgeKind.RECORDING ? RECORDER : ARROW;
        double lineWidth = highlighted ? 3 : edge.kind() == EdgeKind.CONNECTION ? 1.5 : 1;
        int n = xy.length;
        double dx = xy[n - 2] - xy[n - 4];
        double dy = xy[n - 1] - xy[n - 3];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        // the line stops at the head's base so that a wide line does not blunt the tip
        double[] line = xy.clone();
        line[n - 2] -= ux * ARROW_HEAD * 0.8;
        line[n - 1] -= uy * ARROW_HEAD * 0.8;
        drawing.polyline(line, colour, lineWidth, edge.kind() == EdgeKind.RECORDING);
        double baseX = xy[n - 2] - ux * ARROW_HEAD;
        double baseY = xy[n - 1] - uy * ARROW_HEAD;
        double half = ARROW_HEAD * 0.45;
        drawing.fillPolygon(new double[] {xy[n - 2], xy[n - 1], baseX - uy * half, baseY + ux * half,
            baseX + uy * half, baseY - ux * half}, colour);
    }

    private static void paintLabel(Edge edge, Route route, Drawing drawing) {
        Box label = route.label();
        if (label == null) {
            return;
        }
        drawing.fillRectangle(label.x(), label.y(), label.width(), label.height(), 4, LABEL_BACKGROUND);
        double top = label.y() + 1;
        for (String line : edge.label()) {
            drawing.text(line, label.x() + label.width() / 2, top, Align.CENTRE, TEXT, false);
            top += drawing.lineHeight();
        }
    }

    private static RGB tint(RGB colour) {
        return new RGB((int) Math.round(255 + (colour.red - 255) * FILL_STRENGTH),
                (int) Math.round(255 + (colour.green - 255) * FILL_STRENGTH),
                (int) Math.round(255 + (colour.blue - 255) * FILL_STRENGTH));
    }
}
