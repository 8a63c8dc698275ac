package nngt.dsl.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.util.ITextRegion;

import nngt.dsl.ide.references.GroupOccurrences;
import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtDocuments;

/**
 * Mark occurrences: when the caret rests on a group or metagroup name, every occurrence of that
 * group (declaration and references, from nngt.dsl.ide's {@link GroupOccurrences}, which the
 * language server's document highlights also use) gets an occurrence annotation. The text is parsed
 * in a background job a little after the caret stops, so typing never waits for it.
 */
final class NngtOccurrences implements ISelectionChangedListener {

    /** Annotation type of a marked occurrence (declared in plugin.xml with its colour). */
    static final String ANNOTATION_TYPE = "nngt.dsl.ui.occurrence";

    /* Caret moves closer together than this are handled once. */
    private static final long DELAY_MS = 150;

    private final ISourceViewer viewer;
    private final Supplier<IAnnotationModel> annotationModel;
    private final Display display;
    private Job job;
    private Annotation[] current = new Annotation[0];

    NngtOccurrences(ISourceViewer viewer, Supplier<IAnnotationModel> annotationModel) {
        this.viewer = viewer;
        this.annotationModel = annotationModel;
        this.display = viewer.getTextWidget().getDisplay();
    }

    /**
     * @param text a model's text
     * @param offset the caret offset
     * @return the occurrences of the group named at the offset, declaration first; empty elsewhere
     */
    static List<ITextRegion> occurrences(String text, int offset) {
        NngtDocuments.Parsed parsed = NngtDocuments.parse(text);
        return NngtUi.injector().getInstance(GroupOccurrences.class).at(parsed.resource(), offset)
                .map(GroupOccurrences.Occurrences::all).orElse(List.of());
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        if (!(event.getSelection() instanceof ITextSelection selection) || viewer.getDocument() == null) {
            return;
        }
        IDocument document = viewer.getDocument();
        String text = document.get();
        long stamp = stamp(document);
        int caret = selection.getOffset();
        if (job != null) {
            job.cancel();
        }
        job = Job.create("Marking occurrences", monitor -> {
            List<ITextRegion> found = occurrences(text, caret);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> {
                if (viewer.getDocument() == document && stamp(document) == stamp) {
                    replace(found);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(DELAY_MS);
    }

    /** Removes the annotations (when the editor closes). */
    void clear() {
        if (job != null) {
            job.cancel();
        }
        replace(List.of());
    }

    private void replace(List<ITextRegion> regions) {
        IAnnotationModel model = annotationModel.get();
        if (model == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (ITextRegion region : regions) {
            added.put(new Annotation(ANNOTATION_TYPE, false, "Occurrence of a group"),
                    new Position(region.getOffset(), region.getLength()));
        }
        Object lock = model instanceof ISynchronizable synchronizable ? synchronizable.getLockObject() : null;
        synchronized (lock == null ? model : lock) {
            if (model instanceof IAnnotationModelExtension extension) {
                extension.replaceAnnotations(current, added);
            } else {
                for (Annotation annotation : current) {
                    model.removeAnnotation(annotation);
                }
                added.forEach(model::addAnnotation);
            }
            current = added.keySet().toArray(Annotation[]::new);
        }
    }

    private static long stamp(IDocument document) {
        return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
                : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    }
}
