package nngt.dsl.validation;

import org.eclipse.xtext.validation.CompositeEValidator;

/**
 * Xtext's composite of the validators registered for the language, with {@link NngtEObjectValidator}
 * in place of EMF's structural checks, whose messages name elements by their {@code toString}.
 */
public class NngtCompositeEValidator extends CompositeEValidator {

    @Override
    protected void initDefaults() {
        if (isUseEObjectValidator()) {
            addValidator(new NngtEObjectValidator());
        }
    }
}
