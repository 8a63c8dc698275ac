package nngt.dsl.validation;

import java.lang.reflect.Method;

import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.Exceptions;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Validates .nngt models against NEST's and NNGT's rules. Each rule is one {@code @Check} method in
 * one of the composed validators, with an issue code from {@link IssueCodes}. Checks that look at the
 * whole network's selections run on save ({@code CheckType.NORMAL}); the others as you type.
 * <p>
 * The validator never throws: a check that fails with an exception (a defect, since every check copes
 * with the partial models the parser recovers) becomes one error at the element it was checking,
 * coded {@link IssueCodes#INTERNAL_ERROR}, without a log line, and the other checks still run. This
 * holds wherever the language validates: the command line, the editor, the builder and the language
 * server.
 */
@ComposedChecks(validators = { StructureValidator.class, ConnectivityValidator.class, EdgeFileValidator.class, DeviceValidator.class,
        NestModelValidator.class, NumberValidator.class, NameValidator.class })
public class NngtValidator extends AbstractNngtValidator {

    private static final OperationCanceledManager CANCELLATION = new OperationCanceledManager();
    /* Thrown by AbstractDeclarativeValidator#guard; the class is not visible outside Xtext's package. */
    private static final String GUARD_EXCEPTION = "org.eclipse.xtext.validation.GuardException";

    @Override
    protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator instanceToUse, Method method) {
        return new ContainedCheck(instanceToUse, method);
    }

    /**
     * A check method whose exceptions are reported as a diagnostic instead of propagating to EMF's
     * composite validator, which would log them with a stack trace.
     */
    protected static class ContainedCheck extends MethodWrapper {

        /**
         * @param instance the validator that declares the check
         * @param method the check method
         */
        protected ContainedCheck(AbstractDeclarativeValidator instance, Method method) {
            super(instance, method);
        }

        /**
         * Reports the failure as an error at the checked element. A guard that does not hold only skips
         * the check; a cancellation and errors of the virtual machine
         * other than a stack overflow still propagate.
         */
        @Override
        protected void handleInvocationTargetException(Throwable failure, State state) {
            if (failure.getClass().getName().equals(GUARD_EXCEPTION)) {
                return;
            }
            if (CANCELLATION.isOperationCanceledException(failure)
                    || failure instanceof Error && !(failure instanceof StackOverflowError)) {
                Exceptions.throwUncheckedException(failure);
            }
            getInstance().acceptError("Internal error in check " + getMethod().getName() + " while validating "
                    + ModelLabels.located(state.currentObject) + "; please report it.", state.currentObject, null,
                    INSIGNIFICANT_INDEX, IssueCodes.INTERNAL_ERROR);
        }
    }
}
