package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import nngt.dsl.validation.IssueCodes;
import nngt.dsl.validation.NngtValidator;
import nngt.model.Network;
import nngt.model.NngtPackage;

/**
 * A check that throws is caught at the validator's boundary: one error at the element, coded
 * {@link IssueCodes#INTERNAL_ERROR}, no log line, and the other checks still run.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NngtInjectorProvider.class)
class NngtValidatorBoundaryTest {

    /** The language's validator with one defective check and one sound one. */
    public static class DefectiveValidator extends NngtValidator {

        /** Not registered for the language: the test calls it alone, and other tests must not meet it. */
        @Override
        public void register(EValidatorRegistrar registrar) {
            // nothing: see above
        }

        /**
         * @param network any network
         */
        @Check
        public void checkNetworkDefect(Network network) {
            throw new IllegalStateException("a defect");
        }

        /**
         * @param network any network
         */
        @Check
        public void checkNetworkSound(Network network) {
            warning("A sound check ran.", network, NngtPackage.Literals.NETWORK__NAME);
        }
    }

    @Inject
    private Injector injector;
    @Inject
    private ParseHelper<Network> parseHelper;

    @Test
    void throwingCheckBecomesOneErrorWithoutLogAndOtherChecksRun() throws Exception {
        Network network = parseHelper.parse("network t {\n  seed 1\n  group g: 1 excitatory iaf_psc_alpha\n}\n");
        DefectiveValidator validator = injector.getInstance(DefectiveValidator.class);
        BasicDiagnostic chain = new BasicDiagnostic();
        Map<Object, Object> context = new HashMap<>();
        context.put(CheckMode.KEY, CheckMode.ALL);
        context.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, "nngt.dsl.Nngt");
        NngtFuzzer.ErrorLog log = new NngtFuzzer.ErrorLog();
        Logger.getRootLogger().addAppender(log);
        try {
            validator.validate(network.eClass(), network, chain, context);
        } finally {
            Logger.getRootLogger().removeAppender(log);
        }
        List<String> errors = chain.getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
                .map(Diagnostic::getMessage).toList();
        assertEquals(List.of("Internal error in check checkNetworkDefect while validating network 't' on line 1; "
                + "please report it."), errors);
        assertEquals(1, chain.getChildren().stream().filter(d -> d.getMessage().equals("A sound check ran.")).count());
        assertEquals(List.of(), log.events);
    }
}
