package nngt.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Validates .nngt models against NEST's and NNGT's rules. Each rule is one {@code @Check} method in
 * one of the composed validators, with an issue code from {@link IssueCodes}. Checks that look at the
 * whole network's selections run on save ({@code CheckType.NORMAL}); the others as you type.
 */
@ComposedChecks(validators = { StructureValidator.class, ConnectivityValidator.class, DeviceValidator.class,
        NestModelValidator.class })
public class NngtValidator extends AbstractNngtValidator {
}
