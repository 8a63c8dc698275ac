package nngt.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * EMF's structural checks of a model (required features, value types) with messages for people: the
 * elements are named as {@link ModelLabels} does, never by their {@code toString}. A required feature
 * that a parsed model lacks is not reported when the text has syntax errors, since the parser has
 * reported what is missing. Unresolved references and containment cycles are left to the linker, as
 * Xtext does.
 */
public class NngtEObjectValidator extends EObjectValidator {

    /* Names elements, features and values in EMF's own messages. */
    private static final EValidator.SubstitutionLabelProvider LABELS = new EValidator.SubstitutionLabelProvider() {
        @Override
        public String getObjectLabel(EObject eObject) {
            return ModelLabels.of(eObject);
        }

        @Override
        public String getFeatureLabel(EStructuralFeature feature) {
            return feature.getName();
        }

        @Override
        public String getValueLabel(EDataType dataType, Object value) {
            return EcoreUtil.convertToString(dataType, value);
        }
    };

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Map<Object, Object> labelled = context == null ? new HashMap<>() : context;
        if (!labelled.containsKey(EValidator.SubstitutionLabelProvider.class)) {
            labelled = new HashMap<>(labelled);
            labelled.put(EValidator.SubstitutionLabelProvider.class, LABELS);
        }
        return super.validate(eClass, eObject, diagnostics, labelled);
    }

    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate_NoCircularContainment(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    @Override
    protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature feature,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (super.validate_MultiplicityConforms(eObject, feature, null, context)) {
            return true;
        }
        if (eObject.eResource() != null && !eObject.eResource().getErrors().isEmpty()) {
            return true;
        }
        if (diagnostics != null) {
            String count = feature.getUpperBound() < 0 ? "at least " + feature.getLowerBound()
                    : "between " + feature.getLowerBound() + " and " + feature.getUpperBound();
            String message = feature.isMany()
                    ? "The " + feature.getName() + " of " + ModelLabels.of(eObject) + " need " + count + " entries."
                    : ModelLabels.capitalized(eObject) + " has no " + feature.getName() + "; it must be given.";
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, EOBJECT__EVERY_MULTIPCITY_CONFORMS,
                    message, new Object[] { eObject, feature }));
        }
        return false;
    }
}
