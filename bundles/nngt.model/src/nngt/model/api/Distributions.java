package nngt.model.api;

import nngt.model.ConstantValue;
import nngt.model.CorrelationAttribute;
import nngt.model.CustomValues;
import nngt.model.GaussianDistribution;
import nngt.model.LinearCorrelation;
import nngt.model.LognormalDistribution;
import nngt.model.NngtFactory;
import nngt.model.UniformDistribution;
import nngt.model.Unit;

/**
 * Factories for the value distributions of neuron parameters, weights and delays (NNGT's
 * {@code {"distribution": name, ...}} specs), with their arguments checked once.
 */
public final class Distributions {

    private static final NngtFactory FACTORY = NngtFactory.eINSTANCE;

    private Distributions() {
    }

    /**
     * @param value the value, which must be finite
     * @param unit its unit
     * @return the same value for every neuron or edge
     */
    public static ConstantValue constant(double value, Unit unit) {
        ConstantValue constant = FACTORY.createConstantValue();
        constant.setValue(Units.quantity(value, unit));
        return constant;
    }

    /**
     * @param lower lower bound
     * @param upper upper bound, at least {@code lower}
     * @param unit unit of both bounds
     * @return values uniform on [lower, upper)
     * @throws IllegalArgumentException when {@code upper < lower} or a bound is not finite
     */
    public static UniformDistribution uniform(double lower, double upper, Unit unit) {
        if (upper < lower) {
            throw new IllegalArgumentException("Argument 'upper' is " + upper
                    + " but must be at least 'lower' (" + lower + ").");
        }
        UniformDistribution uniform = FACTORY.createUniformDistribution();
        uniform.setLower(Units.quantity(lower, unit));
        uniform.setUpper(Units.quantity(upper, unit));
        return uniform;
    }

    /**
     * @param avg mean
     * @param std standard deviation, at least 0
     * @param unit unit of both
     * @return normally distributed values (not clipped, as in NNGT)
     * @throws IllegalArgumentException when {@code std} is negative
     */
    public static GaussianDistribution gaussian(double avg, double std, Unit unit) {
        requireNonNegative("std", std);
        GaussianDistribution gaussian = FACTORY.createGaussianDistribution();
        gaussian.setAvg(Units.quantity(avg, unit));
        gaussian.setStd(Units.quantity(std, unit));
        return gaussian;
    }

    /**
     * @param position mean of the logarithm
     * @param scale standard deviation of the logarithm, at least 0
     * @param unit unit of the drawn values
     * @return values exp(N(position, scale))
     * @throws IllegalArgumentException when {@code scale} is negative or an argument is not finite
     */
    public static LognormalDistribution lognormal(double position, double scale, Unit unit) {
        requireFinite("position", position);
        requireNonNegative("scale", scale);
        requireUnit(unit);
        LognormalDistribution lognormal = FACTORY.createLognormalDistribution();
        lognormal.setPosition(position);
        lognormal.setScale(scale);
        lognormal.setUnit(unit);
        return lognormal;
    }

    /**
     * NNGT's {@code lin_corr} in its rescaling form: the attribute's minimum maps to {@code lower}
     * and its maximum to {@code upper}.
     *
     * @param attribute the edge attribute the values follow
     * @param lower value at the attribute minimum
     * @param upper value at the attribute maximum
     * @param unit unit of both
     * @return the distribution
     * @throws IllegalArgumentException when {@code attribute} is null or {@code upper < lower}
     */
    public static LinearCorrelation linearCorrelation(CorrelationAttribute attribute, double lower,
            double upper, Unit unit) {
        if (attribute == null) {
            throw new IllegalArgumentException(
                    "Argument 'attribute' is null; valid values are " + CorrelationAttribute.VALUES + ".");
        }
        if (upper < lower) {
            throw new IllegalArgumentException("Argument 'upper' is " + upper
                    + " but must be at least 'lower' (" + lower + ").");
        }
        LinearCorrelation correlation = FACTORY.createLinearCorrelation();
        correlation.setAttribute(attribute);
        correlation.setLower(Units.quantity(lower, unit));
        correlation.setUpper(Units.quantity(upper, unit));
        return correlation;
    }

    /**
     * @param unit unit of the values
     * @param values one value per neuron or edge, in order; each must be finite
     * @return the explicit values
     * @throws IllegalArgumentException when {@code values} is empty or holds a non-finite value
     */
    public static CustomValues custom(Unit unit, double... values) {
        requireUnit(unit);
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("Argument 'values' is empty; at least one value is required.");
        }
        CustomValues custom = FACTORY.createCustomValues();
        for (int i = 0; i < values.length; i++) {
            requireFinite("values[" + i + "]", values[i]);
            custom.getValues().add(values[i]);
        }
        custom.setUnit(unit);
        return custom;
    }

    private static void requireFinite(String argument, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "Argument '" + argument + "' is " + value + "; a finite number is required.");
        }
    }

    private static void requireNonNegative(String argument, double value) {
        requireFinite(argument, value);
        if (value < 0) {
            throw new IllegalArgumentException(
                    "Argument '" + argument + "' is " + value + "; it must be 0 or more.");
        }
    }

    private static void requireUnit(Unit unit) {
        if (unit == null) {
            throw new IllegalArgumentException(
                    "Argument 'unit' is null; use Unit.NONE for a dimensionless value.");
        }
    }
}
