package nngt.model.tests;

import static nngt.model.api.SynapseSpecResolver.anySide;
import static nngt.model.api.SynapseSpecResolver.groupSide;
import static nngt.model.api.SynapseSpecResolver.spec;
import static nngt.model.api.SynapseSpecResolver.typeSide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nngt.model.NeuralGroup;
import nngt.model.SynapseSpec;
import nngt.model.api.Groups;
import nngt.model.api.NeuralPop;
import nngt.model.api.SynapseSpecResolver;

class SynapseSpecResolverTest {

    private NeuralGroup exc;
    private NeuralGroup inh;
    private NeuralGroup other;

    @BeforeEach
    void makePopulation() {
        exc = Groups.neuralGroup("exc", 8, 1, "iaf_psc_alpha", Map.of());
        inh = Groups.neuralGroup("inh", 2, -1, "iaf_psc_alpha", Map.of());
        other = Groups.neuralGroup("other", 4, 1, "iaf_psc_alpha", Map.of());
        NeuralPop.fromGroups(exc, inh, other);
    }

    @Test
    void eachLevelOverridesTheLevelsBelowInNngtOrder() {
        List<SynapseSpec> specs = new ArrayList<>();
        specs.add(spec(anySide(), anySide(), "default_syn", Map.of(), null));
        assertEquals("default_syn", resolver(specs).resolveModel(exc, inh));

        specs.add(spec(typeSide(1), typeSide(-1), "type_type", Map.of(), null));
        assertEquals("type_type", resolver(specs).resolveModel(exc, inh));

        specs.add(spec(typeSide(1), groupSide(inh), "type_name", Map.of(), null));
        assertEquals("type_name", resolver(specs).resolveModel(exc, inh));

        specs.add(spec(groupSide(exc), typeSide(-1), "name_type", Map.of(), null));
        assertEquals("name_type", resolver(specs).resolveModel(exc, inh));

        specs.add(spec(groupSide(exc), groupSide(inh), "name_name", Map.of(), null));
        assertEquals("name_name", resolver(specs).resolveModel(exc, inh));
    }

    @Test
    void declarationOrderDoesNotChangeTheWinner() {
        List<SynapseSpec> specs = new ArrayList<>(List.of(
                spec(groupSide(exc), groupSide(inh), "name_name", Map.of(), null),
                spec(groupSide(exc), typeSide(-1), "name_type", Map.of(), null),
                spec(typeSide(1), groupSide(inh), "type_name", Map.of(), null),
                spec(typeSide(1), typeSide(-1), "type_type", Map.of(), null),
                spec(anySide(), anySide(), "default_syn", Map.of(), null)));
        SynapseSpecResolver resolver = resolver(specs);
        assertEquals("name_name", resolver.resolveModel(exc, inh));
        assertEquals("type_name", resolver.resolveModel(other, inh));
        assertEquals("default_syn", resolver.resolveModel(exc, exc));
        assertEquals("default_syn", resolver.resolveModel(inh, exc));
    }

    @Test
    void defaultAppliesToEveryPairNoOtherKeyMatches() {
        SynapseSpecResolver resolver = resolver(List.of(
                spec(anySide(), anySide(), "tsodyks2_synapse", Map.of(), null),
                spec(groupSide(exc), groupSide(other), "stdp_synapse", Map.of("tau_plus", 20.0), null)));

        assertEquals("stdp_synapse", resolver.resolveModel(exc, other));
        for (NeuralGroup source : List.of(exc, inh, other)) {
            for (NeuralGroup target : List.of(exc, inh, other)) {
                if (!(source == exc && target == other)) {
                    assertEquals("tsodyks2_synapse", resolver.resolveModel(source, target),
                            source.getName() + " -> " + target.getName());
                }
            }
        }
    }

    @Test
    void halfDefaultKeysAreWildcardsBelowTypesAndSourceWeighsMore() {
        SynapseSpecResolver resolver = resolver(List.of(
                spec(anySide(), groupSide(inh), "to_inh", Map.of(), null),
                spec(typeSide(1), anySide(), "from_exc_type", Map.of(), null)));
        assertEquals("from_exc_type", resolver.resolveModel(exc, inh));
        assertEquals("to_inh", resolver.resolveModel(inh, inh));
        assertEquals(SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL, resolver.resolveModel(inh, exc));
    }

    @Test
    void withoutAnyMatchNestsStaticSynapseIsUsed() {
        SynapseSpecResolver resolver = resolver(List.of(spec(typeSide(-1), typeSide(-1), "x", Map.of(), null)));
        assertTrue(resolver.resolve(exc, inh).isEmpty());
        assertEquals("static_synapse", resolver.resolveModel(exc, inh));
    }

    @Test
    void duplicateKeysAndWeightsAreRejected() {
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class, () -> resolver(List.of(
                spec(groupSide(exc), anySide(), "a", Map.of(), null),
                spec(groupSide(exc), anySide(), "b", Map.of(), null))));
        assertEquals("Synapse specifications 0 and 1 both have the key (exc, default); each (source, target) key"
                + " may appear once.", duplicate.getMessage());

        IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
                () -> spec(anySide(), anySide(), "static_synapse", Map.of("weight", 2.0), null));
        assertEquals("Argument 'parameters' sets 'weight'; weights and delays come from the connections, not from"
                + " synapse specifications.", weight.getMessage());

        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> typeSide(0));
        assertEquals("Argument 'neuronType' is 0; valid types are 1 (excitatory) and -1 (inhibitory).",
                type.getMessage());
    }

    private static SynapseSpecResolver resolver(List<SynapseSpec> specs) {
        return new SynapseSpecResolver(specs);
    }
}
