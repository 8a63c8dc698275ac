package nngt.workbench.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A {@link ConnectivityMatrix} on a canvas, filling it. */
public final class MatrixCanvas extends Canvas {

    private ConnectivityMatrix matrix;

    /**
     * @param parent the parent composite
     */
    public MatrixCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(event -> paint(event.gc));
    }

    /**
     * @param value the matrix to show, or null for an empty canvas
     */
    public void setMatrix(ConnectivityMatrix value) {
        this.matrix = value;
        redraw();
    }

    /**
     * @return the matrix shown, or null
     */
    public ConnectivityMatrix matrix() {
        return matrix;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (matrix == null) {
            gc.drawText("Select a .nngt model to see its group-by-group connectivity.", 10, 10, true);
            return;
        }
        GcDrawing drawing = new GcDrawing(gc);
        matrix.paint(drawing, area.width, area.height);
        drawing.dispose();
    }
}
