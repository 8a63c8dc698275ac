package nngt.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.hover.IHoverService;

import nngt.dsl.ide.contentassist.NngtContentProposalProvider;
import nngt.dsl.ide.highlighting.NngtSemanticHighlighting;
import nngt.dsl.ide.hover.NngtHoverService;

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
     * @return semantic highlighting of models, groups, parameters and units
     */
    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return NngtSemanticHighlighting.class;
    }
}
