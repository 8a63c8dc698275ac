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

import nngt.sim.api.RunMetadata;
import nngt.sim.api.run.SimulatorComparison;
import nngt.sim.api.run.SimulatorComparison.Agreement;
import nngt.sim.api.run.SimulatorComparison.GroupVerdict;

/**
 * "NNGT Simulator Comparison": the run service's verdict on two simulators, the one {@code nngt compare} prints:
 * per-group rates (Hz), their relative difference and CVs of the inter-spike intervals against the tolerances, the
 * spike-time agreement per group when the inputs are deterministic, and whether everything is within tolerances.
 */
public final class ComparisonView extends ViewPart {

    private Label heading;
    private Table groups;
    private Label spikeTimesHeading;
    private Table spikeTimes;
    private Label verdict;
    private SimulatorComparison shown;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        heading = label(root, "Use NNGT > Compare Simulators on a .nngt model.");
        groups = table(root);
        spikeTimesHeading = label(root, "");
        spikeTimes = table(root);
        verdict = label(root, "");
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        label.setText(text);
        return label;
    }

    private static Table table(Composite parent) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        return table;
    }

    /**
     * Shows a comparison of two simulators; call on the UI thread.
     *
     * @param comparison the run service's verdict
     */
    public void show(SimulatorComparison comparison) {
        shown = comparison;
        SimulatorComparison.Pair pair = comparison.pairs().get(0);
        String a = pair.reference();
        String b = pair.simulator();
        RunMetadata reference = comparison.summaries().get(0).metadata();
        heading.setText(String.format(Locale.ROOT, "%s: %s %s and %s %s, seed %d, %s ms", comparison.network(), a,
                reference.version(), b, comparison.summaries().get(1).metadata().version(), reference.seed(),
                number(reference.durationMs(), "%.0f")));
        columns(groups, "Group", "Rate " + a + " (Hz)", "Rate " + b + " (Hz)", "Rate difference", "CV " + a, "CV " + b,
                "Rates/CV");
        for (GroupVerdict group : pair.groups()) {
            new TableItem(groups, SWT.NONE).setText(new String[] {group.name(),
                number(group.referenceRateHz(), "%.2f"), number(group.rateHz(), "%.2f"),
                number(100 * group.relativeRateDifference(), "%+.1f %%"), number(group.referenceCv(), "%.3f"),
                number(group.cv(), "%.3f"), group.within() ? "ok" : "DIFFERENT"});
        }
        columns(spikeTimes, "Group", "Matched", "Only " + a, "Only " + b, "Fraction", "Max |dt| (ms)",
                "Mean |dt| (ms)");
        if (comparison.spikeTimesCompared()) {
            spikeTimesHeading.setText("Spike-time agreement within " + number(comparison.tolerances().spikeTimeMs(),
                    "%.3f") + " ms (deterministic inputs):");
            for (Agreement row : pair.spikeTimes()) {
                new TableItem(spikeTimes, SWT.NONE).setText(new String[] {row.name(), Long.toString(row.matched()),
                    Long.toString(row.onlyReference()), Long.toString(row.onlySimulator()),
                    number(row.matchedFraction(), "%.4f"), number(row.maxAbsDifferenceMs(), "%.4f"),
                    row.matched() == 0 ? "-" : number(row.meanAbsDifferenceMs(), "%.4f")});
            }
        } else {
            spikeTimesHeading.setText("Spike times not compared: the inputs are stochastic ("
                    + String.join(", ", comparison.stochasticDevices()) + "); each simulator draws its own random "
                    + "numbers, so only rates and CV are compared.");
        }
        verdict.setText((comparison.within() ? "Rates and CV within tolerances" : "Rates or CV differ beyond the "
                + "tolerances") + String.format(Locale.ROOT, " (rate %s relative, CV %s).",
                        number(comparison.tolerances().rate(), "%.2f"), number(comparison.tolerances().cv(), "%.2f")));
        heading.getParent().layout(true, true);
    }

    private static void columns(Table table, String... titles) {
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        for (int c = 0; c < titles.length; c++) {
            TableColumn column = new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(titles[c]);
            column.setWidth(c == 0 ? 140 : 120);
        }
    }

    private static String number(double value, String format) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "-";
    }

    /**
     * @return the comparison shown, or null before the first
     */
    public SimulatorComparison shown() {
        return shown;
    }

    /**
     * @return the rows of the rates and CV table as displayed
     */
    public List<String[]> rows() {
        return rows(groups);
    }

    /**
     * @return the rows of the spike-time table as displayed; none when spike times were not compared
     */
    public List<String[]> spikeTimeRows() {
        return rows(spikeTimes);
    }

    /**
     * @return the verdict line and the note on spike times, as displayed
     */
    public String verdict() {
        return spikeTimesHeading.getText() + "\n" + verdict.getText();
    }

    private static List<String[]> rows(Table table) {
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
        groups.setFocus();
    }
}
