package nngt.dsl.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > NNGT Model File: a .nngt file with a small valid network named after the file,
 * opened in the editor.
 */
public class NewNngtFileWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage page;

    /** Creates the wizard. */
    public NewNngtFileWizard() {
        setWindowTitle("New NNGT Model File");
    }

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        this.workbench = newWorkbench;
        this.selection = newSelection;
    }

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(ModelTemplate.forFile(getFileName()).getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle("NNGT Model File");
        page.setDescription("Create a .nngt model with a small valid network named after the file.");
        page.setFileExtension("nngt");
        page.setFileName("model.nngt");
        addPage(page);
    }

    /**
     * @return the file page (tests fill it in)
     */
    public WizardNewFileCreationPage getFilePage() {
        return page;
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            } catch (PartInitException e) {
                page.setErrorMessage("Created, but could not open: " + e.getMessage());
            }
        }
        return true;
    }
}
