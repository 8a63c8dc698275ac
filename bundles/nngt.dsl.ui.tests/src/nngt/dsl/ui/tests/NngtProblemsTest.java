package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.editor.NngtEditor;
import nngt.dsl.ui.editor.NngtIssueAnnotation;
import nngt.dsl.ui.editor.NngtQuickAssistProcessor;
import nngt.dsl.ui.internal.TextFix;
import nngt.dsl.ui.wizards.ModelTemplate;
import nngt.dsl.validation.IssueCodes;

/**
 * Problems end to end: an error typed into the editor shows as an annotation, becomes a problem
 * marker after save and build, and goes away once its quick fix is applied and the file saved.
 */
class NngtProblemsTest {

    private static final String MESSAGE = "Unknown neuron model 'iaf_psc_alhpa' in NEST 3.0-3.9; "
            + "did you mean iaf_psc_alpha?";

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = UiTesting.exampleProject("problem-tests");
    }

    @AfterEach
    void closeEditors() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void misspeltModelGivesAnnotationThenMarkerAndTheMarkerQuickFixRemovesIt() throws Exception {
        IFile file = UiTesting.write(project, "typo.nngt", ModelTemplate.forFile("typo.nngt"));
        NngtEditor editor = UiTesting.open(file);
        IDocument document = editor.getViewer().getDocument();
        String correct = document.get();
        int at = correct.indexOf("iaf_psc_alpha");
        document.replace(at, "iaf_psc_alpha".length(), "iaf_psc_alhpa");
        int line = document.getLineOfOffset(at) + 1;

        IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        UiTesting.waitUntil("the reconciler's error annotation",
                () -> issueAnnotation(annotations, MESSAGE).isPresent());
        assertEquals(NngtIssueAnnotation.ERROR, issueAnnotation(annotations, MESSAGE).get().getType());

        editor.doSave(null);
        UiTesting.waitForAutoBuild();
        UiTesting.waitUntil("the builder's problem marker", () -> marker(file, IssueCodes.UNKNOWN_MODEL).isPresent());
        IMarker marker = marker(file, IssueCodes.UNKNOWN_MODEL).get();
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(MESSAGE, marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(at, marker.getAttribute(IMarker.CHAR_START, -1));
        assertEquals(at + "iaf_psc_alhpa".length(), marker.getAttribute(IMarker.CHAR_END, -1));
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));

        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(List.of("Change 'iaf_psc_alhpa' to 'iaf_psc_alpha'"),
                Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
        resolutions[0].run(marker);
        assertEquals(correct, document.get(), "the fix edits the open editor's document");

        editor.doSave(null);
        UiTesting.waitForAutoBuild();
        assertEquals(0, allMarkers(file).length, () -> Arrays.toString(allMarkers(file)));
    }

    @Test
    void outOfRangeValueIsFixedWithCtrl1InTheEditor() throws Exception {
        IFile file = UiTesting.write(project, "range.nngt",
                ModelTemplate.forFile("range.nngt").replace("density = 0.1", "density = 1.5"));
        NngtEditor editor = UiTesting.open(file);
        IDocument document = editor.getViewer().getDocument();
        int offset = document.get().indexOf("1.5");
        UiTesting.waitUntil("the out-of-range annotation",
                () -> !NngtQuickAssistProcessor.fixesAt(editor.getViewer(), offset + 1).isEmpty());
        List<TextFix> fixes = NngtQuickAssistProcessor.fixesAt(editor.getViewer(), offset + 1);
        assertEquals(List.of(new TextFix("Change 1.5 to the nearest valid value 1", offset, 3, "1")), fixes);
        fixes.get(0).apply(document);
        assertTrue(document.get().contains("erdos_renyi(density = 1)"), document.get());
        IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        UiTesting.waitUntil("the annotation to go", () -> !hasIssueAnnotation(annotations));
    }

    @Test
    void fullBuildMarksOnlyTheBrokenFileAndNoExample() throws Exception {
        IProject examples = UiTesting.exampleProject("build-tests");
        IFile broken = UiTesting.write(examples, "broken.nngt",
                ModelTemplate.forFile("broken.nngt").replace("-> cells:", "-> cell:"));
        examples.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IMarker[] markers = allMarkers(examples);
        assertTrue(markers.length > 0, "the broken reference is reported");
        for (IMarker marker : markers) {
            assertEquals(broken, marker.getResource(), () -> Arrays.toString(markers));
        }
        assertEquals(1, markers.length, () -> Arrays.toString(markers));
        assertEquals("Couldn't resolve reference to Group 'cell'; did you mean cells?",
                markers[0].getAttribute(IMarker.MESSAGE, ""));
    }

    private static Optional<NngtIssueAnnotation> issueAnnotation(IAnnotationModel model, String message) {
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof NngtIssueAnnotation issue && message.equals(issue.getText())) {
                return Optional.of(issue);
            }
        }
        return Optional.empty();
    }

    private static boolean hasIssueAnnotation(IAnnotationModel model) {
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof NngtIssueAnnotation) {
                return true;
            }
        }
        return false;
    }

    private static Optional<IMarker> marker(IFile file, String code) {
        return Arrays.stream(allMarkers(file))
                .filter(m -> code.equals(m.getAttribute(NngtUi.ATTRIBUTE_ISSUE_CODE, null))).findFirst();
    }

    private static IMarker[] allMarkers(IResource resource) {
        try {
            return resource.findMarkers(NngtUi.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
