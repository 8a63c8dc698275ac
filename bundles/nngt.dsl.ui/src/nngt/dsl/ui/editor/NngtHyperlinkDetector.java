package nngt.dsl.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtDocuments;

/**
 * Ctrl+click on a group reference (in a selection, a meta-group or a synapse key) jumps to the
 * group's declaration.
 */
public final class NngtHyperlinkDetector implements IHyperlinkDetector {

    /**
     * Where a reference at an offset points.
     *
     * @param source the region of the reference
     * @param target the region of the referenced declaration's name
     */
    public record Link(IRegion source, IRegion target) {
    }

    /**
     * Finds the declaration a reference points to; the detector and tests share it.
     *
     * @param text the document's text
     * @param offset an offset inside a reference
     * @return the link, or null when there is no resolvable reference at the offset
     */
    public static Link linkAt(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return null;
        }
        NngtDocuments.Parsed parsed = NngtDocuments.parse(text);
        EObjectAtOffsetHelper helper = NngtUi.injector().getInstance(EObjectAtOffsetHelper.class);
        INode node = helper.getCrossReferenceNode(parsed.resource(), new TextRegion(offset, 0));
        if (node == null) {
            return null;
        }
        EObject target = helper.getCrossReferencedElement(node);
        if (target == null || target.eIsProxy()) {
            return null;
        }
        ITextRegion name = NngtUi.injector().getInstance(ILocationInFileProvider.class)
                .getSignificantTextRegion(target);
        return new Link(new Region(node.getOffset(), node.getLength()), new Region(name.getOffset(), name.getLength()));
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        Link link = linkAt(viewer.getDocument().get(), region.getOffset());
        if (link == null) {
            return null;
        }
        return new IHyperlink[] { new IHyperlink() {
            @Override
            public IRegion getHyperlinkRegion() {
                return link.source();
            }

            @Override
            public String getTypeLabel() {
                return "Group declaration";
            }

            @Override
            public String getHyperlinkText() {
                return "Open the declaration";
            }

            @Override
            public void open() {
                viewer.setSelectedRange(link.target().getOffset(), link.target().getLength());
                viewer.revealRange(link.target().getOffset(), link.target().getLength());
            }
        } };
    }
}
