package nngt.dsl.validation;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import nngt.model.Network;
import nngt.model.NngtPackage;
import nngt.model.Population;
import nngt.model.Quantity;
import nngt.model.Unit;
import nngt.model.api.Dimension;
import nngt.model.api.PopulationSelections;
import nngt.model.api.Units;

/**
 * Base of the validators that {@link NngtValidator} composes: shared helpers, and no registration
 * of their own (the composing validator registers them).
 */
abstract class NngtCheckSupport extends AbstractDeclarativeValidator {

    /** One value of an attribute, with its index in a many-valued attribute (else INSIGNIFICANT_INDEX). */
    @FunctionalInterface
    interface AttributeValueCheck {
        void check(Object value, EAttribute attribute, int index);
    }

    /* Calls the check for every value of the attributes of an element that have the given type. */
    static void forEachValue(EObject object, Predicate<EAttribute> selected, AttributeValueCheck check) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!selected.test(attribute)) {
                continue;
            }
            if (attribute.isMany()) {
                List<?> values = (List<?>) object.eGet(attribute);
                for (int i = 0; i < values.size(); i++) {
                    check.check(values.get(i), attribute, i);
                }
            } else {
                check.check(object.eGet(attribute), attribute, INSIGNIFICANT_INDEX);
            }
        }
    }


    /** NEST's default resolution, used when the model sets none. */
    static final double DEFAULT_RESOLUTION_MS = 0.1;

    @com.google.inject.Inject
    private IResourceScopeCache cache;

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(NngtPackage.eINSTANCE);
    }

    @Override
    public void register(EValidatorRegistrar registrar) {
        // Registered through @ComposedChecks on NngtValidator.
    }

    /**
     * Reports a quantity written in the wrong dimension (error) or without a unit where one is
     * expected (warning: it is read in NEST's unit).
     *
     * @param quantity the quantity, may be null
     * @param expected the dimension it must have
     * @param role what the quantity is, for the message ("delay", "rate of the Poisson input")
     */
    protected void checkDimension(Quantity quantity, Dimension expected, String role) {
        if (quantity == null) {
            return;
        }
        Dimension actual = Units.dimension(quantity.getUnit());
        if (quantity.getUnit() == Unit.NONE) {
            if (expected != Dimension.DIMENSIONLESS) {
                warning("The " + role + " " + Quantities.text(quantity) + " has no unit; it is read as "
                        + Quantities.text(quantity) + " " + expected.nestUnit() + ". Write the unit to be explicit.",
                        quantity, NngtPackage.Literals.QUANTITY__MAGNITUDE, IssueCodes.MISSING_UNIT,
                        expected.nestUnit());
            }
        } else if (actual != expected) {
            error("The " + role + " " + Quantities.text(quantity) + " is " + Quantities.describe(actual)
                    + ", but " + Quantities.describe(expected) + " is required.", quantity,
                    NngtPackage.Literals.QUANTITY__UNIT, IssueCodes.WRONG_UNIT, expected.nestUnit());
        }
    }

    /** The most errors at the entries of one list before the rest are counted in one. */
    static final int MAX_ENTRY_MESSAGES = 20;

    /**
     * Errors at the entries of one list feature: at most {@link #MAX_ENTRY_MESSAGES}, then one that counts
     * the rest. Each error's position is found by walking the list's nodes, so an error at every entry of
     * a list of thousands (a paste gone wrong) would take time quadratic in its length.
     */
    protected final class EntryErrors {
        private final EObject owner;
        private final EStructuralFeature feature;
        private final String code;
        private int reported;
        private int skipped;
        private int firstSkipped;

        /**
         * @param owner the element holding the list
         * @param feature the list feature
         * @param code the issue code of every error
         */
        protected EntryErrors(EObject owner, EStructuralFeature feature, String code) {
            this.owner = owner;
            this.feature = feature;
            this.code = code;
        }

        /**
         * @param message the full sentence about the entry
         * @param index the entry
         * @param issueData the issue's data for quick fixes
         */
        protected void error(String message, int index, String... issueData) {
            if (reported < MAX_ENTRY_MESSAGES) {
                NngtCheckSupport.this.error(message, owner, feature, index, code, issueData);
                reported++;
            } else if (skipped++ == 0) {
                firstSkipped = index;
            }
        }

        /**
         * Reports the errors left out, if any, in one sentence.
         *
         * @param what what the entries are, in the plural ("step times")
         * @param problem what is wrong with them ("are not above 0 ms or out of order")
         */
        protected void finish(String what, String problem) {
            if (skipped > 0) {
                NngtCheckSupport.this.error(skipped + " more " + what + " from entry " + firstSkipped + " on " + problem
                        + ".", owner, feature, firstSkipped, code);
            }
        }
    }

    /**
     * Reports an error, unless the parser has already reported one in the text of the feature (such as a
     * number too large to convert): the feature then holds a default, which a check would report as a
     * second, misleading problem ("Group 'g' has 0 neurons" after "The whole number ... is too large").
     */
    @Override
    public void acceptError(String message, EObject object, EStructuralFeature feature, int index, String code,
            String... issueData) {
        if (!hasSyntaxError(object, feature)) {
            super.acceptError(message, object, feature, index, code, issueData);
        }
    }

    /* Whether the parser reported an error in the text of the feature; false for a model without syntax errors. */
    private static boolean hasSyntaxError(EObject object, EStructuralFeature feature) {
        if (feature == null || object.eResource() == null || object.eResource().getErrors().isEmpty()) {
            return false;
        }
        for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
            if (node.getSyntaxErrorMessage() != null) {
                return true;
            }
            for (ILeafNode leaf : node.getLeafNodes()) {
                if (leaf.getSyntaxErrorMessage() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param object any object of a model
     * @return its network
     */
    protected static Network networkOf(EObject object) {
        return EcoreUtil2.getContainerOfType(object, Network.class);
    }

    /**
     * @param population a population inside a resource
     * @return its selection index, computed once per version of the resource
     */
    protected PopulationSelections selectionsOf(Population population) {
        if (population == null) {
            return new PopulationSelections(null);
        }
        return cached(population, "selections", () -> new PopulationSelections(population));
    }

    /**
     * @param <T> the type of the value
     * @param owner the object the value is computed from
     * @param name what the value is
     * @param compute computes the value
     * @return the value, computed once per version of the owner's resource
     */
    protected <T> T cached(EObject owner, String name, com.google.inject.Provider<T> compute) {
        if (owner.eResource() == null) {
            return compute.get();
        }
        return cache.get(List.of(name, owner), owner.eResource(), compute);
    }

    /**
     * @param network a network, may be null
     * @return its resolution in ms; NEST's default where it has none or an invalid one (reported by
     *         {@link DeviceValidator#checkSimulationSettings})
     */
    protected static double resolutionOf(Network network) {
        if (network != null && network.getSimulation() != null && network.getSimulation().getResolution() != null) {
            double resolution = Units.toNest(network.getSimulation().getResolution());
            if (resolution > 0 && Double.isFinite(resolution)) {
                return resolution;
            }
        }
        return DEFAULT_RESOLUTION_MS;
    }

    /**
     * Reports a value outside a range as an error on a feature.
     *
     * @param message the full sentence
     * @param object the owner
     * @param feature the offending feature
     */
    protected void outOfRange(String message, EObject object, EStructuralFeature feature) {
        error(message, object, feature, IssueCodes.VALUE_OUT_OF_RANGE);
    }

    /**
     * Reports a value outside a range as an error on a feature, with the nearest valid value as the
     * issue's data so that a quick fix can write it in place of the value.
     *
     * @param message the full sentence
     * @param object the owner
     * @param feature the offending feature (a number)
     * @param nearest the valid value closest to the offending one
     */
    protected void outOfRange(String message, EObject object, EStructuralFeature feature, double nearest) {
        error(message, object, feature, IssueCodes.VALUE_OUT_OF_RANGE, Quantities.number(nearest));
    }
}
