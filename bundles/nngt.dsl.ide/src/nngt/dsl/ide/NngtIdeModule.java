package nngt.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

import nngt.dsl.ide.contentassist.NngtContentProposalProvider;
import nngt.dsl.ide.folding.NngtFoldingRangeProvider;
import nngt.dsl.ide.highlighting.NngtSemanticHighlighting;
import nngt.dsl.ide.hover.NngtHoverService;
import nngt.dsl.ide.references.NngtDocumentHighlightService;
import nngt.dsl.ide.references.NngtDocumentSymbolService;
import nngt.dsl.ide.references.NngtRenameService;

/**
 * Guice bindings of the UI-independent IDE services of the .nngt language (also used by the language
 * server).
 */
public class NngtIdeModule extends AbstractNngtIdeModule {

    /**
     * @return content assist with NEST models, parameters and recordables
     */
    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return NngtContentProposalProvider.class;
    }

    /**
     * @return hovers with parameter meaning, unit, default and constraints
     */
    public Class<? extends IHoverService> bindIHoverService() {
        return NngtHoverService.class;
    }

    /**
     * @return occurrences of the group or metagroup under the cursor (mark occurrences, LSP highlights)
     */
    public Class<? extends IDocumentHighlightService> bindIDocumentHighlightService() {
        return NngtDocumentHighlightService.class;
    }

    /**
     * @return Find References from the same occurrences as the editor's
     */
    public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
        return NngtDocumentSymbolService.class;
    }

    /**
     * @return rename of groups and metagroups with every reference
     */
    public Class<? extends IRenameService2> bindIRenameService2() {
        return NngtRenameService.class;
    }

    /**
     * @return folding of the network, groups, blocks and comment blocks
     */
    public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
        return NngtFoldingRangeProvider.class;
    }

    /**
     * @return semantic highlighting of models, groups, parameters and units
     */
    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return NngtSemanticHighlighting.class;
    }
}
