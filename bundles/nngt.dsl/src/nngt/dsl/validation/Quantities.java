package nngt.dsl.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import nngt.model.ConstantValue;
import nngt.model.Distribution;
import nngt.model.GaussianDistribution;
import nngt.model.LinearCorrelation;
import nngt.model.Quantity;
import nngt.model.UniformDistribution;
import nngt.model.Unit;
import nngt.model.api.Dimension;
import nngt.model.api.Units;

/**
 * Wording and traversal of quantities for validation messages.
 */
final class Quantities {

    private Quantities() {
    }

    /**
     * @param dimension a dimension
     * @return how a message names it, with the units that express it
     */
    static String describe(Dimension dimension) {
        return switch (dimension) {
            case TIME -> "a time (ms or s)";
            case VOLTAGE -> "a voltage (mV)";
            case CURRENT -> "a current (pA or nA)";
            case CONDUCTANCE -> "a conductance (nS or uS)";
            case CAPACITANCE -> "a capacitance (pF)";
            case FREQUENCY -> "a rate (Hz)";
            case LENGTH -> "a length (um or mm)";
            case DIMENSIONLESS -> "a plain number without unit";
        };
    }

    /**
     * @param quantity a quantity
     * @return its text as written, e.g. {@code 5 ms} or {@code 0.6}; for a quantity not parsed from text,
     *         its value in plain notation
     */
    static String text(Quantity quantity) {
        ICompositeNode node = NodeModelUtils.getNode(quantity);
        if (node != null) {
            String written = NodeModelUtils.getTokenText(node);
            if (!written.isBlank()) {
                return written;
            }
        }
        String magnitude = number(quantity.getMagnitude());
        return quantity.getUnit() == Unit.NONE ? magnitude : magnitude + " " + quantity.getUnit().getLiteral();
    }

    /**
     * @param value a value in NEST units
     * @param dimension its dimension
     * @return the value with the NEST unit, e.g. {@code 0.1 ms}
     */
    static String nestText(double value, Dimension dimension) {
        String magnitude = number(value);
        return dimension == Dimension.DIMENSIONLESS ? magnitude : magnitude + " " + dimension.nestUnit();
    }

    /**
     * @param value any double, infinite and NaN included
     * @return the number as a user writes it: plain decimals without a trailing {@code .0} between 1e-6
     *         and 1e15, an exponent ({@code 2.5e20}) beyond, {@code infinity} or {@code NaN} for the rest
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "infinity" : "-infinity";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        double size = Math.abs(value);
        if (size != 0 && (size >= 1e15 || size < 1e-6)) {
            return decimal.toString().replace("E+", "e").replace('E', 'e');
        }
        return decimal.toPlainString();
    }

    /**
     * @param distribution a distribution
     * @return the quantities written in it (constants, bounds, means, deviations, slopes, offsets)
     */
    static List<Quantity> of(Distribution distribution) {
        List<Quantity> quantities = new ArrayList<>();
        if (distribution instanceof ConstantValue constant) {
            quantities.add(constant.getValue());
        } else if (distribution instanceof UniformDistribution uniform) {
            quantities.add(uniform.getLower());
            quantities.add(uniform.getUpper());
        } else if (distribution instanceof GaussianDistribution gaussian) {
            quantities.add(gaussian.getAvg());
            quantities.add(gaussian.getStd());
        } else if (distribution instanceof LinearCorrelation correlation) {
            for (Quantity quantity : new Quantity[] { correlation.getLower(), correlation.getUpper(),
                    correlation.getSlope(), correlation.getOffset() }) {
                if (quantity != null) {
                    quantities.add(quantity);
                }
            }
        }
        quantities.removeIf(q -> q == null);
        return quantities;
    }

    /**
     * @param distribution a distribution
     * @return the smallest value it can produce in NEST units, or NaN when unbounded or unknown
     */
    static double lowerBound(Distribution distribution) {
        if (distribution instanceof ConstantValue constant && constant.getValue() != null) {
            return Units.toNest(constant.getValue());
        }
        if (distribution instanceof UniformDistribution uniform && uniform.getLower() != null) {
            return Units.toNest(uniform.getLower());
        }
        if (distribution instanceof LinearCorrelation correlation && correlation.getLower() != null) {
            return Units.toNest(correlation.getLower());
        }
        return Double.NaN;
    }

    /**
     * @param distribution a distribution
     * @return the largest value it can produce in NEST units, or NaN when unbounded or unknown
     */
    static double upperBound(Distribution distribution) {
        if (distribution instanceof ConstantValue constant && constant.getValue() != null) {
            return Units.toNest(constant.getValue());
        }
        if (distribution instanceof UniformDistribution uniform && uniform.getUpper() != null) {
            return Units.toNest(uniform.getUpper());
        }
        if (distribution instanceof LinearCorrelation correlation && correlation.getUpper() != null) {
            return Units.toNest(correlation.getUpper());
        }
        return Double.NaN;
    }
}
