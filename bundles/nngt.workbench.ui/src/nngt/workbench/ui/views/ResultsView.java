package nngt.workbench.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import nngt.sim.api.RunMetadata;
import nngt.sim.api.run.RunSummary;
import nngt.workbench.ui.run.LastRun;
import nngt.workbench.ui.run.RunOutcome;

/**
 * "NNGT Results": the raster plot of the last run and a table of per-group rates (Hz) and CV of the
 * inter-spike intervals, with a line saying which model ran on which simulator and where its files are.
 */
public final class ResultsView extends ViewPart {

    private static final String[] COLUMNS = {"Group", "Neurons", "Spikes", "Rate (Hz)", "CV ISI"};
    private static final int[] COLUMN_WIDTHS = {140, 80, 90, 90, 80};

    private Label heading;
    private RasterCanvas raster;
    private Table rates;
    private RunOutcome shown;
    private final Consumer<RunOutcome> listener = outcome -> {
        if (rates != null && !rates.isDisposed()) {
            rates.getDisplay().asyncExec(() -> show(outcome));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);
        heading = new Label(root, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        raster = new RasterCanvas(sash);
        rates = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        rates.setHeaderVisible(true);
        rates.setLinesVisible(true);
        for (int c = 0; c < COLUMNS.length; c++) {
            TableColumn column = new TableColumn(rates, c == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(COLUMNS[c]);
            column.setWidth(COLUMN_WIDTHS[c]);
        }
        sash.setWeights(3, 1);
        LastRun.addListener(listener);
        RunOutcome last = LastRun.get();
        if (last != null) {
            show(last);
        } else {
            heading.setText("No simulation has run in this session yet.");
        }
    }

    /**
     * Shows a run; call on the UI thread.
     *
     * @param outcome the run
     */
    public void show(RunOutcome outcome) {
        if (rates == null || rates.isDisposed()) {
            return;
        }
        shown = outcome;
        RunSummary summary = outcome.summary();
        RunMetadata metadata = summary.metadata();
        long spikes = outcome.result().totalSpikes();
        heading.setText(String.format(Locale.ROOT, "%s on %s %s: %d neurons, %d spikes in %.0f ms (seed %d, "
                + "%d threads, %.2f s). Files: %s", summary.network(), metadata.simulator(), metadata.version(),
                summary.neurons(), spikes, metadata.durationMs(), metadata.seed(), metadata.threads(),
                metadata.runSeconds(), outcome.folder().getFullPath()));
        raster.setResult(outcome.result());
        rates.removeAll();
        for (RunSummary.GroupFigures group : summary.groups()) {
            TableItem item = new TableItem(rates, SWT.NONE);
            item.setText(new String[] {group.name(), Integer.toString(group.size()), Long.toString(group.spikes()),
                String.format(Locale.ROOT, "%.2f", group.rateHz()),
                Double.isNaN(group.cvIsi()) ? "-" : String.format(Locale.ROOT, "%.3f", group.cvIsi())});
        }
        heading.getParent().layout(true, true);
    }

    /**
     * @return the run shown, or null when none was
     */
    public RunOutcome shown() {
        return shown;
    }

    /**
     * @return the rate table's rows as displayed, one array of cell texts per group
     */
    public List<String[]> rateRows() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : rates.getItems()) {
            String[] cells = new String[COLUMNS.length];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = item.getText(c);
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * @return the raster plot's canvas
     */
    public RasterCanvas raster() {
        return raster;
    }

    @Override
    public void setFocus() {
        rates.setFocus();
    }

    @Override
    public void dispose() {
        LastRun.removeListener(listener);
        super.dispose();
    }
}
