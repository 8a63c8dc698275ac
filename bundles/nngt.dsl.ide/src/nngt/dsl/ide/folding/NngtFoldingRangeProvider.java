package nngt.dsl.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

import nngt.model.MetaGroup;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.StateRandomization;
import nngt.model.SynapseSpec;

/**
 * Folding regions of .nngt files, for the editor's projection and the language server alike: the
 * network, groups and metagroups, synapse blocks and randomize blocks that span lines, block comments,
 * and runs of two or more consecutive line comments. Connections, stimuli and recorders are single
 * statements and do not fold on their own.
 */
public class NngtFoldingRangeProvider extends DefaultFoldingRangeProvider {

    private static final String LINE_COMMENT_RULE = "SL_COMMENT";

    @Override
    protected boolean isHandled(EObject element) {
        return element instanceof Network || element instanceof NeuralGroup || element instanceof MetaGroup
                || element instanceof SynapseSpec || element instanceof StateRandomization;
    }

    @Override
    protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
        super.computeCommentFolding(resource, acceptor);
        if (resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
            return;
        }
        int runStart = -1;
        int runEnd = -1;
        int runLength = 0;
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            boolean lineComment = leaf.getGrammarElement() instanceof TerminalRule rule
                    && LINE_COMMENT_RULE.equals(rule.getName());
            if (lineComment) {
                if (runStart < 0) {
                    runStart = leaf.getOffset();
                    runLength = 0;
                }
                // The terminal includes its line break; the fold ends before it.
                runEnd = leaf.getOffset() + leaf.getText().stripTrailing().length();
                runLength++;
            } else if (!leaf.isHidden() || !leaf.getText().isBlank() || leaf.getText().contains("\n")) {
                // Code, a block comment or an empty line ends a run of comment lines.
                acceptRun(acceptor, runStart, runEnd, runLength);
                runStart = -1;
            }
        }
        acceptRun(acceptor, runStart, runEnd, runLength);
    }

    private static void acceptRun(IFoldingRangeAcceptor acceptor, int start, int end, int lines) {
        if (start >= 0 && lines >= 2) {
            acceptor.accept(start, end - start, FoldingRangeKind.COMMENT);
        }
    }
}
