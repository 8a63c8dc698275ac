package nngt.dsl.ui.refactoring;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The rename dialog: a page for the new name, checked as it is typed, then the refactoring's preview
 * of every change.
 */
public final class RenameGroupWizard extends RefactoringWizard {

    /**
     * @param refactoring a rename whose initial conditions were checked
     */
    public RenameGroupWizard(RenameGroupRefactoring refactoring) {
        super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
        setDefaultPageTitle("Rename " + refactoring.getKind() + " '" + refactoring.getCurrentName() + "'");
    }

    @Override
    protected void addUserInputPages() {
        addPage(new NamePage((RenameGroupRefactoring) getRefactoring()));
    }

    /* The new name, with the refactoring's own check after each keystroke. */
    private static final class NamePage extends UserInputWizardPage {
        private final RenameGroupRefactoring refactoring;

        NamePage(RenameGroupRefactoring refactoring) {
            super("name");
            this.refactoring = refactoring;
        }

        @Override
        public void createControl(Composite parent) {
            Composite composite = new Composite(parent, SWT.NONE);
            composite.setLayout(new GridLayout(2, false));
            new Label(composite, SWT.NONE).setText("New name:");
            Text name = new Text(composite, SWT.BORDER);
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            name.setText(refactoring.getCurrentName());
            name.selectAll();
            name.addModifyListener(event -> {
                refactoring.setNewName(name.getText());
                setPageComplete(refactoring.checkNewName());
            });
            refactoring.setNewName(name.getText());
            setPageComplete(false);
            setControl(composite);
        }
    }
}
