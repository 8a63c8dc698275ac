package nngt.workbench.ui.commands;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks for the two simulators to compare, among the installed ones; OK is enabled only for two different ones. */
final class CompareSimulatorsDialog extends Dialog {

    private final List<String> simulators;
    private Combo first;
    private Combo second;
    private String firstId;
    private String secondId;

    /**
     * @param parent     the parent shell
     * @param simulators the installed simulators' ids, at least two
     */
    CompareSimulatorsDialog(Shell parent, List<String> simulators) {
        super(parent);
        this.simulators = simulators;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare Simulators");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        first = combo(area, "&First simulator:", 0);
        second = combo(area, "&Second simulator:", 1);
        return area;
    }

    private Combo combo(Composite area, String label, int initial) {
        new Label(area, SWT.NONE).setText(label);
        Combo combo = new Combo(area, SWT.READ_ONLY);
        combo.setItems(simulators.toArray(String[]::new));
        combo.select(Math.min(initial, simulators.size() - 1));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, event -> validate());
        return combo;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!first.getText().equals(second.getText()));
        }
    }

    @Override
    protected void okPressed() {
        firstId = first.getText();
        secondId = second.getText();
        super.okPressed();
    }

    /** @return the first simulator chosen */
    String firstId() {
        return firstId;
    }

    /** @return the second simulator chosen */
    String secondId() {
        return secondId;
    }
}
