package nngt.dsl.conversion;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Xtext's factory of model elements during parsing, with a sentence for people where the parser, while
 * recovering from a syntax error, completes a rule without its text: Xtext would report "ValueConverter
 * returned null for primitive feature ...".
 */
public class NngtElementFactory extends DefaultEcoreElementFactory {

    @Override
    public void set(EObject object, String feature, Object value, String ruleName, INode node)
            throws ValueConverterException {
        requireText(object, feature, value, node);
        super.set(object, feature, value, ruleName, node);
    }

    @Override
    public void add(EObject object, String feature, Object value, String ruleName, INode node)
            throws ValueConverterException {
        requireText(object, feature, value, node);
        super.add(object, feature, value, ruleName, node);
    }

    private void requireText(EObject object, String feature, Object value, INode node) {
        EStructuralFeature structural = object.eClass().getEStructuralFeature(feature);
        Class<?> type = structural == null ? null : structural.getEType().getInstanceClass();
        if (type != null && type.isPrimitive() && getTokenAsStringIfPossible(value) == null) {
            String words = feature.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            throw new ValueConverterException("The " + words + " is missing here.", node, null);
        }
    }
}
