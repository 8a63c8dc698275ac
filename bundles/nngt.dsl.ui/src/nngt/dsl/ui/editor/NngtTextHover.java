package nngt.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.util.CancelIndicator;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtDocuments;

/**
 * Hovers: the messages of the problems under the mouse, then what the language's IDE hover service
 * says there (a parameter's meaning, unit, NEST default and constraints; a group's or synapse's NEST
 * model), in a styled hover control that renders the service's Markdown ({@link MarkdownHoverPresenter}).
 */
public final class NngtTextHover implements ITextHover, ITextHoverExtension {

    /**
     * Computes the hover text at an offset; the editor and tests share it.
     *
     * @param text the document's text
     * @param offset an offset in it
     * @return the hover text in Markdown, or null where there is nothing to say
     */
    public static String hoverText(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return null;
        }
        NngtDocuments.Parsed parsed = NngtDocuments.parse(text);
        Document document = new Document(1, text);
        HoverParams params = new HoverParams(new TextDocumentIdentifier("inmemory:/document.nngt"),
                document.getPosition(offset));
        Hover hover = NngtUi.injector().getInstance(IHoverService.class).hover(document, parsed.resource(), params,
                CancelIndicator.NullImpl);
        if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
            return null;
        }
        String value = hover.getContents().getRight().getValue();
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        List<String> parts = new ArrayList<>();
        if (viewer instanceof ISourceViewer sourceViewer && sourceViewer.getAnnotationModel() != null) {
            IAnnotationModel model = sourceViewer.getAnnotationModel();
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation annotation = it.next();
                Position position = model.getPosition(annotation);
                boolean problem = annotation instanceof NngtIssueAnnotation || annotation instanceof MarkerAnnotation;
                if (problem && position != null && position.overlapsWith(region.getOffset(), Math.max(1,
                        region.getLength())) && annotation.getText() != null && !parts.contains(annotation.getText())) {
                    parts.add(annotation.getText());
                }
            }
        }
        String language = hoverText(viewer.getDocument().get(), region.getOffset());
        if (language != null) {
            parts.add(language);
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(),
                new MarkdownHoverPresenter());
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        int start = offset;
        int end = offset;
        try {
            while (start > 0 && Character.isJavaIdentifierPart(document.getChar(start - 1))) {
                start--;
            }
            while (end < document.getLength() && Character.isJavaIdentifierPart(document.getChar(end))) {
                end++;
            }
        } catch (BadLocationException e) {
            return new Region(offset, 0);
        }
        return new Region(start, end - start);
    }
}
