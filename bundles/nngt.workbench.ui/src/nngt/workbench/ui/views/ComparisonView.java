package nngt.workbench.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import nngt.workbench.ui.run.RunSummary;
import nngt.workbench.ui.run.SimulatorComparison;

/**
 * "NNGT Simulator Comparison": per-group rates (Hz) and CV of the inter-spike intervals of two simulators
 * side by side, with the relative rate difference.
 */
public final class ComparisonView extends ViewPart {

    private Label heading;
    private Table table;
    private SimulatorComparison shown;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        heading = new Label(root, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading.setText("Use NNGT > Compare Simulators on a .nngt model.");
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
    }

    /**
     * Shows a comparison; call on the UI thread.
     *
     * @param comparison the figures of both simulators
     */
    public void show(SimulatorComparison comparison) {
        shown = comparison;
        String a = comparison.first().metadata().simulator();
        String b = comparison.second().metadata().simulator();
        heading.setText(String.format(Locale.ROOT, "%s: %s %s and %s %s, seed %d, %.0f ms", comparison.network(), a,
                comparison.first().metadata().version(), b, comparison.second().metadata().version(),
                comparison.first().metadata().seed(), comparison.first().metadata().durationMs()));
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        String[] titles = {"Group", "Rate " + a + " (Hz)", "Rate " + b + " (Hz)", "Rate difference",
            "CV " + a, "CV " + b};
        for (int c = 0; c < titles.length; c++) {
            TableColumn column = new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(titles[c]);
            column.setWidth(c == 0 ? 140 : 120);
        }
        table.removeAll();
        for (int g = 0; g < comparison.first().groups().size(); g++) {
            RunSummary.GroupFigures first = comparison.first().groups().get(g);
            RunSummary.GroupFigures second = comparison.second().groups().get(g);
            double difference = (second.rateHz() - first.rateHz()) / first.rateHz();
            new TableItem(table, SWT.NONE).setText(new String[] {first.name(),
                String.format(Locale.ROOT, "%.2f", first.rateHz()), String.format(Locale.ROOT, "%.2f", second.rateHz()),
                Double.isFinite(difference) ? String.format(Locale.ROOT, "%+.1f %%", 100 * difference) : "-",
                cv(first.cvIsi()), cv(second.cvIsi())});
        }
        heading.getParent().layout(true, true);
    }

    private static String cv(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * @return the comparison shown, or null before the first
     */
    public SimulatorComparison shown() {
        return shown;
    }

    /**
     * @return the table's rows as displayed
     */
    public List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            String[] cells = new String[table.getColumnCount()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = item.getText(c);
            }
            rows.add(cells);
        }
        return rows;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
