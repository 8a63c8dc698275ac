package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.editor.NngtEditor;
import nngt.dsl.ui.wizards.NewNngtFileWizard;
import nngt.dsl.ui.wizards.NewNngtProjectWizard;

/**
 * File > New: the NNGT Project wizard makes a project with the nature and the examples; the NNGT
 * Model File wizard makes a valid model named after the file and opens it.
 */
class NngtWizardsTest {

    private WizardDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void projectWizardCreatesAProjectWithTheNatureAndTheExamples() throws Exception {
        NewNngtProjectWizard wizard = new NewNngtProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        wizard.setInitialProjectName("wizard-project");
        dialog = new WizardDialog(shell(), wizard);
        dialog.create();
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-project");
        assertTrue(project.isOpen());
        assertTrue(project.hasNature(NngtUi.NATURE_ID));
        assertEquals(NngtUi.BUILDER_ID, project.getDescription().getBuildSpec()[0].getBuilderName());
        List<String> files = Arrays.stream(project.members()).filter(r -> r.getType() == IResource.FILE)
                .map(IResource::getName).filter(n -> !n.equals(".project")).sorted().toList();
        assertEquals(List.of("basic_exc_inh.nngt", "brunel.nngt", "heterogeneous_synapses.nngt",
                "oscillating_groups.nngt", "per_neuron_values.nngt", "spatial.nngt"), files);
        try (InputStream in = project.getFile("brunel.nngt").getContents()) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("network brunel"));
        }
    }

    @Test
    void fileWizardCreatesAValidModelNamedAfterTheFileAndOpensIt() throws Exception {
        IProject project = UiTesting.exampleProject("file-wizard");
        NewNngtFileWizard wizard = new NewNngtFileWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        dialog = new WizardDialog(shell(), wizard);
        dialog.create();
        wizard.getFilePage().setFileName("My first-model.nngt");
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());

        IFile file = project.getFile("My first-model.nngt");
        assertTrue(file.exists());
        String text;
        try (InputStream in = file.getContents()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("network my_first_model {"), text);
        assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getActiveEditor() instanceof NngtEditor);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IMarker[] markers = file.findMarkers(NngtUi.MARKER_TYPE, true, IResource.DEPTH_ZERO);
        assertEquals(0, markers.length, () -> Arrays.stream(markers)
                .map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList().toString());
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }
}
