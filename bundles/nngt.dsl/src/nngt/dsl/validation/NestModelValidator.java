package nngt.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;
import nngt.catalog.Violation;
import nngt.model.ConstantValue;
import nngt.model.Connection;
import nngt.model.Minis;
import nngt.model.Multimeter;
import nngt.model.NestVersion;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NngtPackage;
import nngt.model.Parameter;
import nngt.model.PoissonInput;
import nngt.model.Quantity;
import nngt.model.Selection;
import nngt.model.SpikeGenerator;
import nngt.model.StateRandomization;
import nngt.model.SynapseSpec;
import nngt.model.Unit;
import nngt.model.api.Dimension;
import nngt.model.api.NestVersions;
import nngt.model.api.Units;

/**
 * Rules that NEST itself enforces, read from the NEST catalog of the network's NEST version: known
 * models and parameters (with "did you mean"), parameter units and constraints, weight units of the
 * target models, recordables.
 */
public class NestModelValidator extends NngtCheckSupport {

    private final NestCatalog catalog = NestCatalog.standard();

    /**
     * @param version a model's NEST version
     * @return the catalog family of that version
     */
    static NestFamily familyOf(NestVersion version) {
        return NestVersions.family(version);
    }

    /**
     * @param catalogUnit a unit as the catalog writes it
     * @return its dimension, or empty for units the language cannot write (such as 1/s)
     */
    static Optional<Dimension> dimensionOf(String catalogUnit) {
        return switch (catalogUnit) {
            case "", "1" -> Optional.of(Dimension.DIMENSIONLESS);
            case "ms" -> Optional.of(Dimension.TIME);
            case "mV" -> Optional.of(Dimension.VOLTAGE);
            case "pA" -> Optional.of(Dimension.CURRENT);
            case "nS" -> Optional.of(Dimension.CONDUCTANCE);
            case "pF" -> Optional.of(Dimension.CAPACITANCE);
            case "Hz" -> Optional.of(Dimension.FREQUENCY);
            case "um" -> Optional.of(Dimension.LENGTH);
            default -> Optional.empty();
        };
    }

    /**
     * The neuron model exists in the network's NEST version.
     *
     * @param group a group
     */
    @Check
    public void checkNeuronModelKnown(NeuralGroup group) {
        resolveModel(group.getNeuronModel(), ModelKind.NEURON, group, NngtPackage.Literals.NEURAL_GROUP__NEURON_MODEL);
    }

    /**
     * Every parameter of a group exists in its model, has the model's unit and respects NEST's
     * constraints of the model (checked on the values written as constants, over NEST's defaults).
     *
     * @param group a group
     */
    @Check
    public void checkNeuronParameters(NeuralGroup group) {
        ModelSpec model = model(group.getNeuronModel(), ModelKind.NEURON, group).orElse(null);
        if (model == null) {
            return;
        }
        checkParameters(model, group.getParameters(), "neuron model", null);
        checkConstraints(model, group.getParameters(), group, NngtPackage.Literals.NEURAL_GROUP__PARAMETERS);
    }

    /**
     * A synapse specification names a synapse model of the NEST version with its parameters.
     *
     * @param spec a synapse specification
     */
    @Check
    public void checkSynapseModel(SynapseSpec spec) {
        ModelSpec model = resolveModel(spec.getSynapseModel(), ModelKind.SYNAPSE, spec,
                NngtPackage.Literals.SYNAPSE_SPEC__SYNAPSE_MODEL).orElse(null);
        if (model == null) {
            return;
        }
        List<Parameter> settable = spec.getParameters().stream()
                .filter(p -> !"weight".equals(p.getName()) && !"delay".equals(p.getName())).toList();
        checkParameters(model, settable, "synapse model", null);
        checkConstraints(model, settable, spec, NngtPackage.Literals.SYNAPSE_SPEC__PARAMETERS);
    }

    /**
     * The Poisson input's synapse model, when given, exists.
     *
     * @param input a Poisson input
     */
    @Check
    public void checkPoissonSynapseModel(PoissonInput input) {
        if (input.getSynapseModel() != null) {
            resolveModel(input.getSynapseModel(), ModelKind.SYNAPSE, input,
                    NngtPackage.Literals.POISSON_INPUT__SYNAPSE_MODEL);
        }
        checkWeightUnit(input.getWeight(), input.getTargets(), input);
    }

    /**
     * Connection weights are in the unit the target models take (pA, nS or mV).
     *
     * @param connection a connection
     */
    @Check
    public void checkConnectionWeightUnit(Connection connection) {
        if (connection.getWeights() != null) {
            for (Quantity quantity : Quantities.of(connection.getWeights())) {
                checkWeightUnit(quantity, connection.getTargets(), connection);
            }
        }
    }

    /**
     * Mini weights are in the unit of the target models.
     *
     * @param minis the minis
     */
    @Check
    public void checkMinisWeightUnit(Minis minis) {
        checkWeightUnit(minis.getWeight(), minis.getTargets(), minis);
    }

    /**
     * Spike generator weights are in the unit of the target models.
     *
     * @param generator the generator
     */
    @Check
    public void checkSpikeGeneratorWeightUnit(SpikeGenerator generator) {
        checkWeightUnit(generator.getWeight(), generator.getTargets(), generator);
    }

    /**
     * A multimeter records only variables that every recorded model has.
     *
     * @param multimeter the multimeter
     */
    @Check
    public void checkRecordables(Multimeter multimeter) {
        for (ModelSpec model : targetModels(multimeter.getTargets(), multimeter)) {
            EntryErrors errors = new EntryErrors(multimeter, NngtPackage.Literals.MULTIMETER__RECORD_FROM,
                    IssueCodes.NOT_RECORDABLE);
            for (int i = 0; i < multimeter.getRecordFrom().size(); i++) {
                String variable = multimeter.getRecordFrom().get(i);
                if (variable != null && !model.recordables().contains(variable)) {
                    errors.error(sentence("Model " + model.name() + " cannot record '" + variable + "'", variable,
                            model.recordables()) + " Its recordables are " + String.join(", ", model.recordables())
                            + ".", i, withSuggestions(variable, model.recordables()));
                }
            }
            errors.finish("variables", "cannot be recorded from model " + model.name() + " either");
        }
    }

    /**
     * Randomized states and parameters exist in every targeted model, with the model's unit.
     *
     * @param randomization a randomization
     */
    @Check
    public void checkRandomizedStates(StateRandomization randomization) {
        for (ModelSpec model : targetModels(randomization.getTargets(), randomization)) {
            checkParameters(model, randomization.getAssignments(), "neuron model", null);
        }
    }

    private void checkParameters(ModelSpec model, List<Parameter> parameters, String kind, String weightUnit) {
        for (Parameter parameter : parameters) {
            if (parameter.getName() == null) {
                // a half-typed parameter ("= 0 mV"): the parser has reported the missing name
                continue;
            }
            Optional<ParameterSpec> spec = model.parameter(parameter.getName());
            if (spec.isEmpty() || spec.get().readOnly()) {
                String reason = spec.isPresent() ? " is read-only in " + kind + " " + model.name()
                        : " is not a parameter of " + kind + " " + model.name();
                error(sentence("'" + parameter.getName() + "'" + reason, parameter.getName(), model.settableNames()),
                        parameter, NngtPackage.Literals.PARAMETER__NAME, IssueCodes.UNKNOWN_PARAMETER,
                        withSuggestions(parameter.getName(), model.settableNames()));
                continue;
            }
            String unit = spec.get().unit();
            Optional<Dimension> expected = dimensionOf(unit);
            if (parameter.getValue() == null) {
                continue;
            }
            for (Quantity quantity : Quantities.of(parameter.getValue())) {
                if (expected.isPresent()) {
                    checkDimension(quantity, expected.get(), "value of " + parameter.getName());
                } else if (quantity.getUnit() != Unit.NONE) {
                    error("The value of " + parameter.getName() + " is in " + unit + ", which the language has no "
                            + "unit for; write the number alone, in " + unit + ".", quantity,
                            NngtPackage.Literals.QUANTITY__UNIT, IssueCodes.WRONG_UNIT, unit);
                }
            }
        }
    }

    private void checkConstraints(ModelSpec model, List<Parameter> parameters, EObject owner,
            EStructuralFeature feature) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.getName() != null && parameter.getValue() instanceof ConstantValue constant
                    && constant.getValue() != null && Double.isFinite(constant.getValue().getMagnitude())
                    && model.parameter(parameter.getName()).isPresent()) {
                values.put(parameter.getName(), Units.toNest(constant.getValue()));
                index.put(parameter.getName(), i);
            }
        }
        for (Violation violation : model.check(values)) {
            int position = violation.constraint().parameters().stream().filter(index::containsKey)
                    .mapToInt(index::get).max().orElse(-1);
            if (position >= 0) {
                error(violation.message(), owner, feature, position, IssueCodes.CONSTRAINT_VIOLATED,
                        violation.constraint().expression());
            }
        }
    }

    private void checkWeightUnit(Quantity weight, Selection targets, EObject owner) {
        if (weight == null || targets == null || weight.getUnit() == Unit.NONE) {
            return;
        }
        Set<String> weightUnits = new LinkedHashSet<>();
        List<String> models = new ArrayList<>();
        for (ModelSpec model : targetModels(targets, owner)) {
            if (model.weightUnit() != null && !model.weightUnit().isEmpty()) {
                weightUnits.add(model.weightUnit());
                models.add(model.name());
            }
        }
        if (weightUnits.size() != 1) {
            return;
        }
        String unit = weightUnits.iterator().next();
        Optional<Dimension> expected = dimensionOf(unit);
        Dimension actual = Units.dimension(weight.getUnit());
        if (expected.isPresent() && actual != expected.get()) {
            error("The weight " + Quantities.text(weight) + " is " + Quantities.describe(actual) + ", but the target "
                    + (models.size() == 1 ? "model " : "models ") + String.join(", ", models)
                    + (models.size() == 1 ? " takes" : " take") + " weights in "
                    + unit + ".", weight, NngtPackage.Literals.QUANTITY__UNIT, IssueCodes.WRONG_WEIGHT_UNIT, unit);
        }
    }

    /* The distinct models of the groups that a selection touches, known to the catalog. */
    private List<ModelSpec> targetModels(Selection selection, EObject context) {
        Network network = networkOf(context);
        if (network == null || selection == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (NeuralGroup group : selectionsOf(network.getPopulation()).groupsTouched(selection)) {
            if (group.getNeuronModel() != null && group.getSize() > 0) {
                names.add(group.getNeuronModel());
            }
        }
        NestFamily family = familyOf(network.getNestVersion());
        return names.stream().map(name -> catalog.model(name, ModelKind.NEURON, family)).flatMap(Optional::stream)
                .collect(Collectors.toList());
    }

    private Optional<ModelSpec> model(String name, ModelKind kind, EObject context) {
        Network network = networkOf(context);
        if (name == null || network == null) {
            return Optional.empty();
        }
        return catalog.model(name, kind, familyOf(network.getNestVersion()));
    }

    private Optional<ModelSpec> resolveModel(String name, ModelKind kind, EObject owner, EStructuralFeature feature) {
        Network network = networkOf(owner);
        if (name == null || network == null) {
            return Optional.empty();
        }
        NestFamily family = familyOf(network.getNestVersion());
        Optional<ModelSpec> model = catalog.model(name, kind, family);
        if (model.isPresent()) {
            return model;
        }
        String kindName = kind.name().toLowerCase(java.util.Locale.ROOT);
        Set<NestFamily> families = catalog.familiesOf(name);
        if (!families.isEmpty() && catalog.model(name, families.iterator().next()).map(m -> m.kind() == kind)
                .orElse(false)) {
            error("NEST " + family.label() + " has no " + kindName + " model '" + name + "'; it exists in NEST "
                    + families.stream().map(NestFamily::label).collect(Collectors.joining(", "))
                    + ". Change the model or the 'nest' version.", owner, feature, IssueCodes.MODEL_NOT_IN_VERSION,
                    name);
        } else {
            error(sentence("Unknown " + kindName + " model '" + name + "' in NEST " + family.label(), name,
                    catalog.modelNames(kind, family)), owner, feature, IssueCodes.UNKNOWN_MODEL,
                    withSuggestions(name, catalog.modelNames(kind, family)));
        }
        return Optional.empty();
    }

    /* Issue data of an unknown name: the name, then the closest valid names (what "did you mean" lists). */
    private static String[] withSuggestions(String unknown, java.util.Collection<String> candidates) {
        List<String> data = new ArrayList<>();
        data.add(unknown);
        data.addAll(closest(unknown, candidates));
        return data.toArray(String[]::new);
    }

    /* The valid names closest to an unknown one; none for a name the parser could not read. */
    private static List<String> closest(String unknown, java.util.Collection<String> candidates) {
        return unknown == null ? List.of() : NestCatalog.suggestions(unknown, candidates);
    }

    /* A sentence about an unknown name, ending with the closest valid names when there are any. */
    private static String sentence(String statement, String unknown, java.util.Collection<String> candidates) {
        List<String> close = closest(unknown, candidates);
        return close.isEmpty() ? statement + "." : statement + "; did you mean " + String.join(" or ", close) + "?";
    }
}
