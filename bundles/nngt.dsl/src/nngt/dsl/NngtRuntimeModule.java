package nngt.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.XtextResource;

import nngt.dsl.conversion.NngtValueConverters;

/**
 * Guice bindings of the .nngt language runtime, over the generated defaults.
 */
public class NngtRuntimeModule extends AbstractNngtRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return NngtValueConverters.class;
    }

    /**
     * @return the resource that reads a leading byte-order mark as white space
     */
    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return NngtResource.class;
    }

    /**
     * @return the factory of model elements, with sentences for values the parser recovered without text
     */
    @Override
    public Class<? extends org.eclipse.xtext.parser.IAstFactory> bindIAstFactory() {
        return nngt.dsl.conversion.NngtElementFactory.class;
    }

    /**
     * @return the composite of the language's validators, with EMF's structural checks worded for people
     */
    public Class<? extends org.eclipse.xtext.validation.CompositeEValidator> bindCompositeEValidator() {
        return nngt.dsl.validation.NngtCompositeEValidator.class;
    }

    /**
     * @return messages of unresolved references with "did you mean" and quick-fix data
     */
    public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return nngt.dsl.linking.NngtLinkingDiagnostics.class;
    }
}
