package nngt.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtDocuments;

/**
 * Validation as you type: parses the whole document in the reconciler's background thread, runs the
 * fast checks, replaces the editor's issue annotations, and hands the outline and the semantic
 * highlights of the same parse to the editor. Whole-network checks run in the builder on save.
 */
final class NngtReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final Supplier<IAnnotationModel> annotationModel;
    private final Consumer<ReconcileResult> listener;
    private IDocument document;
    private IProgressMonitor monitor;
    private List<Annotation> current = List.of();

    /**
     * @param annotationModel gives the editor's current annotation model (null while it has none)
     * @param listener receives every result, on the reconciler thread
     */
    NngtReconcilingStrategy(Supplier<IAnnotationModel> annotationModel, Consumer<ReconcileResult> listener) {
        this.annotationModel = annotationModel;
        this.listener = listener;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    /** Validates the document once it is set, so that problems show before the first edit. */
    @Override
    public void initialReconcile() {
        reconcileDocument();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcileDocument();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcileDocument();
    }

    private void reconcileDocument() {
        try {
            reconcileText();
        } catch (OperationCanceledError e) {
            // Xtext stops a cancelled validation by throwing; an uncaught throw would end the reconciler's thread.
        }
    }

    private void reconcileText() {
        IDocument reconciled = document;
        if (reconciled == null) {
            return;
        }
        long stamp = reconciled instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
                : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
        CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
        NngtDocuments.Parsed parsed = NngtDocuments.validate(reconciled.get(), CheckMode.FAST_ONLY, cancel);
        if (cancel.isCanceled()) {
            return;
        }
        Map<Annotation, Position> annotations = new HashMap<>();
        for (Issue issue : parsed.issues()) {
            if (issue.getOffset() == null || issue.getLength() == null) {
                continue;
            }
            String type = switch (issue.getSeverity()) {
                case ERROR -> NngtIssueAnnotation.ERROR;
                case WARNING -> NngtIssueAnnotation.WARNING;
                default -> NngtIssueAnnotation.INFO;
            };
            annotations.put(new NngtIssueAnnotation(type, issue.getMessage(), issue.getCode(), issue.getData()),
                    new Position(issue.getOffset(), issue.getLength()));
        }
        replaceAnnotations(annotations);
        List<ReconcileResult.Highlight> highlights = new ArrayList<>();
        NngtUi.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(
                parsed.resource(), (offset, length, styles) -> {
                    if (styles.length > 0) {
                        highlights.add(new ReconcileResult.Highlight(offset, length, styles[0]));
                    }
                }, cancel);
        listener.accept(new ReconcileResult(stamp, NngtOutline.of(parsed.resource()), List.copyOf(highlights),
                annotations.size(), folds(parsed, cancel)));
    }

    /**
     * The folding regions of nngt.dsl.ide's folding provider (the language server's too), widened to
     * whole lines; regions within one line do not fold.
     *
     * @param parsed a parsed document
     * @param cancel stops early
     * @return the folds, in document order
     */
    static List<ReconcileResult.Fold> folds(NngtDocuments.Parsed parsed, CancelIndicator cancel) {
        String text = parsed.text();
        List<ReconcileResult.Fold> folds = new ArrayList<>();
        for (FoldingRange range : NngtUi.injector().getInstance(IFoldingRangeProvider.class)
                .getFoldingRanges(parsed.resource(), cancel)) {
            int start = text.lastIndexOf('\n', range.getOffset() - 1) + 1;
            int lastCharacter = Math.max(range.getOffset(), range.getOffset() + range.getLength() - 1);
            int firstLineEnd = text.indexOf('\n', start);
            if (firstLineEnd < 0 || firstLineEnd >= lastCharacter) {
                continue;
            }
            int lastLineEnd = text.indexOf('\n', lastCharacter);
            int end = lastLineEnd < 0 ? text.length() : lastLineEnd + 1;
            folds.add(new ReconcileResult.Fold(start, end - start, FoldingRangeKind.COMMENT.equals(range.getKind())));
        }
        return List.copyOf(folds);
    }

    private void replaceAnnotations(Map<Annotation, Position> annotations) {
        IAnnotationModel model = annotationModel.get();
        if (model == null) {
            return;
        }
        Object lock = model instanceof org.eclipse.jface.text.ISynchronizable synchronizable
                ? synchronizable.getLockObject() : null;
        synchronized (lock == null ? model : lock) {
            if (model instanceof IAnnotationModelExtension extension) {
                extension.replaceAnnotations(current.toArray(Annotation[]::new), annotations);
            } else {
                current.forEach(model::removeAnnotation);
                annotations.forEach(model::addAnnotation);
            }
            current = List.copyOf(annotations.keySet());
        }
    }
}
