package nngt.workbench.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import nngt.sim.api.Trace;
import nngt.workbench.ui.run.LastRun;
import nngt.workbench.ui.run.RunOutcome;

/**
 * "NNGT Traces": the membrane potential or another recordable of one neuron of the last run against time, from
 * the run's multimeter traces ({@code record V_m every 1 ms from neurons [0, 41]}). Two lists choose the neuron and
 * the recordable; the plot exports as PNG and SVG.
 */
public final class TracesView extends ViewPart {

    private Combo neurons;
    private Combo recordables;
    private Button exportPng;
    private Button exportSvg;
    private TraceCanvas canvas;
    private TracePlot plot;
    private final Consumer<RunOutcome> listener = outcome -> {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.getDisplay().asyncExec(() -> show(outcome));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(6, false));
        new Label(root, SWT.NONE).setText("&Neuron:");
        neurons = new Combo(root, SWT.READ_ONLY);
        neurons.addListener(SWT.Selection, event -> neuronChosen());
        new Label(root, SWT.NONE).setText("&Recordable:");
        recordables = new Combo(root, SWT.READ_ONLY);
        recordables.addListener(SWT.Selection, event -> draw());
        exportPng = new Button(root, SWT.PUSH);
        exportPng.setText("Export &PNG...");
        exportPng.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        exportPng.addListener(SWT.Selection, event -> export("png"));
        exportSvg = new Button(root, SWT.PUSH);
        exportSvg.setText("Export &SVG...");
        exportSvg.addListener(SWT.Selection, event -> export("svg"));
        canvas = new TraceCanvas(root);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        LastRun.addListener(listener);
        RunOutcome last = LastRun.get();
        if (last != null) {
            show(last);
        } else {
            enable(false);
        }
    }

    /**
     * Shows the traces of a run, keeping the chosen neuron and recordable when the run has them; call on the UI
     * thread.
     *
     * @param outcome the run
     */
    public void show(RunOutcome outcome) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        String neuron = neurons.getText();
        String recordable = recordables.getText();
        plot = new TracePlot(outcome.result());
        neurons.setItems(plot.neurons().stream().map(plot::label).toArray(String[]::new));
        int index = List.of(neurons.getItems()).indexOf(neuron);
        neurons.select(Math.max(0, index));
        fillRecordables(recordable);
        enable(!plot.neurons().isEmpty());
        draw();
    }

    /**
     * Chooses what is plotted; call on the UI thread.
     *
     * @param neuron     a recorded neuron's id
     * @param recordable one of its recordables
     * @throws IllegalArgumentException when the neuron has no trace of that recordable
     */
    public void select(int neuron, String recordable) {
        plot.trace(neuron, recordable);
        neurons.select(plot.neurons().indexOf(neuron));
        fillRecordables(recordable);
        draw();
    }

    /**
     * @return the labels of the recorded neurons, as the neuron list shows them
     */
    public List<String> neuronLabels() {
        return List.of(neurons.getItems());
    }

    /**
     * @return the recordables of the chosen neuron, as the recordable list shows them
     */
    public List<String> recordableNames() {
        return List.of(recordables.getItems());
    }

    /**
     * @return the plot's canvas
     */
    public TraceCanvas canvas() {
        return canvas;
    }

    private void neuronChosen() {
        fillRecordables(recordables.getText());
        draw();
    }

    private void fillRecordables(String keep) {
        int neuron = chosenNeuron();
        List<String> names = neuron < 0 ? List.of() : plot.recordables(neuron);
        recordables.setItems(names.toArray(String[]::new));
        recordables.select(Math.max(0, names.indexOf(keep)));
    }

    private int chosenNeuron() {
        int index = neurons.getSelectionIndex();
        return plot == null || index < 0 ? -1 : plot.neurons().get(index);
    }

    private void draw() {
        int neuron = chosenNeuron();
        if (neuron < 0 || recordables.getSelectionIndex() < 0) {
            canvas.show(plot, null, "The last run recorded no trace: add e.g. 'record V_m every 1 ms from "
                    + "neurons [0, 1]' to the model.");
            return;
        }
        canvas.show(plot, plot.trace(neuron, recordables.getText()), "");
    }

    private void enable(boolean traces) {
        neurons.setEnabled(traces);
        recordables.setEnabled(traces);
        exportPng.setEnabled(traces);
        exportSvg.setEnabled(traces);
    }

    private void export(String extension) {
        Trace trace = canvas.trace();
        if (trace == null) {
            return;
        }
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] {"*." + extension});
        dialog.setFileName(trace.recordable() + "-neuron" + trace.neuron() + "." + extension);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            if ("png".equals(extension)) {
                canvas.exportPng(Path.of(chosen));
            } else {
                canvas.exportSvg(Path.of(chosen));
            }
        } catch (IOException e) {
            StatusManager.getManager().handle(Status.error("The trace cannot be exported to " + chosen + ": "
                    + e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
        }
    }

    @Override
    public void setFocus() {
        neurons.setFocus();
    }

    @Override
    public void dispose() {
        LastRun.removeListener(listener);
        super.dispose();
    }
}
