package nngt.model.api;

import nngt.model.ConstantValue;
import nngt.model.CustomValues;
import nngt.model.Distribution;
import nngt.model.GaussianDistribution;
import nngt.model.LinearCorrelation;
import nngt.model.LognormalDistribution;
import nngt.model.Parameter;
import nngt.model.SynapseSpec;
import nngt.model.UniformDistribution;

/**
 * Which values a synapse parameter may take, the one rule shared by the instantiation (which draws
 * the per-edge values) and the language validator (which rejects the rest first, with the same
 * sentence). It lives here, beside {@link SynapseSpecResolver}, because both the graph and the language
 * bundles depend on the model, not on each other.
 *
 * <p>A synapse parameter is a constant or is drawn once per edge: uniform, gaussian, lognormal or
 * {@code lin_corr} on distance. A list of custom values is refused: a specification applies to the
 * edges of every (source group, target group) pair it matches, across connections, and those edges
 * have no order in the model that a list could follow.
 */
public final class SynapseParameterDraws {

    /** The values a synapse parameter may take, as the messages name them. */
    public static final String VALID = "constants, uniform, gaussian, lognormal and lin_corr";

    private SynapseParameterDraws() {
    }

    /**
     * @param distribution a synapse parameter's value
     * @return whether it is drawn per edge (anything but a constant), so that it needs an edge column
     */
    public static boolean isDrawn(Distribution distribution) {
        return distribution != null && !(distribution instanceof ConstantValue);
    }

    /**
     * @param distribution a synapse parameter's value
     * @return whether a synapse parameter may take it: a constant, uniform, gaussian, lognormal or
     *         {@code lin_corr} value
     */
    public static boolean isAllowed(Distribution distribution) {
        return distribution instanceof ConstantValue || distribution instanceof UniformDistribution
                || distribution instanceof GaussianDistribution || distribution instanceof LognormalDistribution
                || distribution instanceof LinearCorrelation;
    }

    /**
     * @param spec the specification that holds the parameter
     * @param parameter one of its parameters whose value is not {@link #isAllowed allowed}
     * @return the sentence that refuses it: names the parameter and the specification, says what is valid
     */
    public static String refusal(SynapseSpec spec, Parameter parameter) {
        Distribution value = parameter.getValue();
        String problem = value instanceof CustomValues
                ? " is a list of custom values; a specification's edges have no order in the model for a list to follow, so"
                : value == null ? " has no value;" : " is a " + value.eClass().getName() + " value;";
        return "Synapse parameter '" + parameter.getName() + "' of the specification " + SynapseSpecResolver.describeKey(spec)
                + problem + " valid values are " + VALID + ".";
    }

    /**
     * @param spec the specification that holds the parameter
     * @param parameter one of its parameters
     * @throws IllegalArgumentException with {@link #refusal} when the parameter's value is not
     *         {@link #isAllowed allowed}
     */
    public static void checkAllowed(SynapseSpec spec, Parameter parameter) {
        if (!isAllowed(parameter.getValue())) {
            throw new IllegalArgumentException(refusal(spec, parameter));
        }
    }
}
