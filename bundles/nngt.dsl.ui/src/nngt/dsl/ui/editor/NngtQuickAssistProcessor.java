package nngt.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtQuickFixes;
import nngt.dsl.ui.internal.TextFix;

/**
 * Quick fixes in the editor (Ctrl+1) for the issues at the caret, from the reconciler's annotations
 * and the builder's markers alike.
 */
public final class NngtQuickAssistProcessor implements IQuickAssistProcessor {

    /**
     * Computes the fixes of every issue annotation covering an offset; the processor and tests share it.
     *
     * @param viewer the editor's viewer
     * @param offset the caret offset
     * @return the fixes, without duplicates
     */
    public static List<TextFix> fixesAt(ISourceViewer viewer, int offset) {
        List<TextFix> fixes = new ArrayList<>();
        IAnnotationModel model = viewer.getAnnotationModel();
        IDocument document = viewer.getDocument();
        if (model == null || document == null) {
            return fixes;
        }
        String text = document.get();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (position == null || offset < position.getOffset() || offset > position.getOffset() + position.getLength()) {
                continue;
            }
            for (TextFix fix : fixesOf(annotation, position, text)) {
                if (!fixes.contains(fix)) {
                    fixes.add(fix);
                }
            }
        }
        return fixes;
    }

    private static List<TextFix> fixesOf(Annotation annotation, Position position, String text) {
        if (annotation instanceof NngtIssueAnnotation issue) {
            return NngtQuickFixes.fixes(issue.getIssueCode(), issue.getIssueData(), position.getOffset(),
                    position.getLength(), text);
        }
        if (annotation instanceof MarkerAnnotation markerAnnotation) {
            IMarker marker = markerAnnotation.getMarker();
            try {
                if (marker.exists() && marker.isSubtypeOf(NngtUi.MARKER_TYPE)) {
                    return NngtQuickFixes.fixes(marker.getAttribute(NngtUi.ATTRIBUTE_ISSUE_CODE, null),
                            NngtQuickFixes.decode(marker.getAttribute(NngtUi.ATTRIBUTE_ISSUE_DATA, null)),
                            position.getOffset(), position.getLength(), text);
                }
            } catch (CoreException e) {
                // The marker was deleted meanwhile: it has no fixes any more.
            }
        }
        return List.of();
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        if (annotation instanceof NngtIssueAnnotation issue) {
            return NngtQuickFixes.isFixable(issue.getIssueCode(), issue.getIssueData());
        }
        return annotation instanceof MarkerAnnotation;
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        ISourceViewer viewer = context.getSourceViewer();
        return fixesAt(viewer, context.getOffset()).stream().map(FixProposal::new).toArray(ICompletionProposal[]::new);
    }

    /** A fix as a proposal of the quick-fix popup. */
    private static final class FixProposal implements ICompletionProposal {
        private final TextFix fix;

        FixProposal(TextFix fix) {
            this.fix = fix;
        }

        @Override
        public void apply(IDocument document) {
            try {
                fix.apply(document);
            } catch (BadLocationException e) {
                // The document shrank since the popup opened; the next reconcile offers fresh fixes.
            }
        }

        @Override
        public Point getSelection(IDocument document) {
            return new Point(fix.offset() + fix.replacement().length(), 0);
        }

        @Override
        public String getAdditionalProposalInfo() {
            return null;
        }

        @Override
        public String getDisplayString() {
            return fix.label();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public org.eclipse.jface.text.contentassist.IContextInformation getContextInformation() {
            return null;
        }
    }
}
