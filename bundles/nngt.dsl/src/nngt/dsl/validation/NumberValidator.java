package nngt.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import nngt.catalog.SimulatorLimits;
import nngt.model.NngtPackage;
import nngt.model.Quantity;
import nngt.model.api.Dimension;
import nngt.model.api.Units;

/**
 * Rules on every number of a model, whatever it stands for: it is finite, and a quantity stays within the
 * simulators' largest magnitude. The parser reads a literal
 * beyond the largest double ({@code 1e309}) as infinity, and a model built by a program or read from
 * XMI may hold NaN; neither means anything to a simulator. The other checks leave such numbers to
 * this one.
 */
public class NumberValidator extends NngtCheckSupport {

    /**
     * Every decimal number of an element is finite.
     *
     * @param object any element of a model
     */
    @Check
    public void checkNumbersFinite(EObject object) {
        forEachValue(object, NumberValidator::isDecimal,
                (value, attribute, index) -> checkFinite(value, object, attribute, index));
    }

    /**
     * Every finite quantity lies within {@link SimulatorLimits#MAX_MAGNITUDE} in its NEST unit: beyond it, the
     * value would become infinity in the simulators' float arrays.
     *
     * @param quantity any quantity of a model
     */
    @Check
    public void checkQuantityMagnitude(Quantity quantity) {
        if (!Double.isFinite(quantity.getMagnitude()) || quantity.getUnit() == null) {
            return;
        }
        double nest = Units.toNest(quantity);
        if (Math.abs(nest) > SimulatorLimits.MAX_MAGNITUDE) {
            Dimension dimension = Units.dimension(quantity.getUnit());
            error("The value " + Quantities.text(quantity) + " is beyond the largest magnitude the simulators take, "
                    + Quantities.nestText(SimulatorLimits.MAX_MAGNITUDE, dimension) + " (larger values become "
                    + "infinity in their arrays); write a value between -" + Quantities.number(SimulatorLimits.MAX_MAGNITUDE)
                    + " and " + Quantities.nestText(SimulatorLimits.MAX_MAGNITUDE, dimension) + ".", quantity,
                    NngtPackage.Literals.QUANTITY__MAGNITUDE, INSIGNIFICANT_INDEX, IssueCodes.VALUE_OUT_OF_RANGE);
        }
    }

    private void checkFinite(Object value, EObject object, EAttribute attribute, int index) {
        if (!(value instanceof Number number) || Double.isFinite(number.doubleValue())) {
            return;
        }
        String message;
        if (Double.isNaN(number.doubleValue())) {
            message = "The " + attribute.getName() + " of " + ModelLabels.of(object)
                    + " is not a number (NaN); write a finite number.";
        } else {
            message = "The number " + written(object, attribute, index, number.doubleValue())
                    + " is too large: numbers must lie between -" + Quantities.number(Double.MAX_VALUE) + " and "
                    + Quantities.number(Double.MAX_VALUE) + ".";
        }
        error(message, object, attribute, index, IssueCodes.VALUE_OUT_OF_RANGE);
    }

    /* The number as the user wrote it, or as infinity when it was not parsed from text. */
    private static String written(EObject object, EAttribute attribute, int index, double value) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(object, attribute);
        int position = index == INSIGNIFICANT_INDEX ? 0 : index;
        if (position < nodes.size()) {
            String text = NodeModelUtils.getTokenText(nodes.get(position));
            if (!text.isBlank()) {
                return text;
            }
        }
        return Quantities.number(value);
    }

    private static boolean isDecimal(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return type == double.class || type == Double.class || type == float.class || type == Float.class
                || attribute.getEAttributeType() == EcorePackage.Literals.EDOUBLE;
    }
}
