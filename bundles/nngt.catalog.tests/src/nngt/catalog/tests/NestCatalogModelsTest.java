package nngt.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import nngt.catalog.KernelFacts;
import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.catalog.ParameterSpec;
import nngt.catalog.ValueType;

/** The bundled catalog holds NEST's models with the defaults, units and families of nest-facts.md. */
class NestCatalogModelsTest {

    private static final NestCatalog CATALOG = NestCatalog.standard();

    private static final List<String> REQUIRED_NEURONS = List.of("iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta",
            "iaf_cond_alpha", "iaf_cond_exp", "aeif_psc_alpha", "aeif_psc_exp", "aeif_cond_alpha", "aeif_cond_exp",
            "izhikevich", "hh_psc_alpha", "hh_cond_exp_traub", "parrot_neuron");
    private static final List<String> REQUIRED_SYNAPSES = List.of("static_synapse", "tsodyks_synapse",
            "tsodyks2_synapse", "stdp_synapse");
    private static final List<String> DEVICES_IN_EVERY_FAMILY = List.of("multimeter", "voltmeter",
            "poisson_generator", "noise_generator", "dc_generator", "step_current_generator", "spike_generator",
            "ac_generator", "sinusoidal_poisson_generator", "inhomogeneous_poisson_generator");

    private static ModelSpec model(String name, NestFamily family) {
        return CATALOG.model(name, family).orElseThrow(() -> new AssertionError(name + " missing in " + family));
    }

    private static double defaultOf(String model, String parameter, NestFamily family) {
        return model(model, family).parameter(parameter)
                .orElseThrow(() -> new AssertionError(model + "." + parameter + " missing")).defaultValue();
    }

    @Test
    void standardCatalogIsLoadedOnce() {
        assertSame(NestCatalog.standard(), NestCatalog.standard());
    }

    @ParameterizedTest
    @EnumSource(NestFamily.class)
    void everyRequiredModelIsInEveryFamilyWithItsKind(NestFamily family) {
        for (String neuron : REQUIRED_NEURONS) {
            assertTrue(CATALOG.model(neuron, ModelKind.NEURON, family).isPresent(), neuron + " in " + family);
        }
        for (String synapse : REQUIRED_SYNAPSES) {
            assertTrue(CATALOG.model(synapse, ModelKind.SYNAPSE, family).isPresent(), synapse + " in " + family);
        }
        for (String device : DEVICES_IN_EVERY_FAMILY) {
            assertTrue(CATALOG.model(device, ModelKind.DEVICE, family).isPresent(), device + " in " + family);
        }
        assertFalse(CATALOG.model("parrot_neuron", ModelKind.DEVICE, family).isPresent(),
                "parrot_neuron is a neuron, not a device");
    }

    @Test
    void spikeDetectorIsOnlyInNest2AndSpikeRecorderOnlyInNest3() {
        assertEquals(EnumSet.of(NestFamily.NEST_2_20), CATALOG.familiesOf("spike_detector"));
        assertEquals(EnumSet.of(NestFamily.NEST_3, NestFamily.NEST_3_10), CATALOG.familiesOf("spike_recorder"));
        assertEquals(EnumSet.allOf(NestFamily.class), CATALOG.familiesOf("iaf_psc_alpha"));
        assertEquals(Set.of(), CATALOG.familiesOf("no_such_model"));
        for (NestFamily family : NestFamily.values()) {
            assertEquals(CATALOG.kernel(family).spikeRecorderModel(), model(
                    CATALOG.kernel(family).spikeRecorderModel(), family).name());
        }
    }

    @ParameterizedTest
    @EnumSource(NestFamily.class)
    void modelsAreSortedByNameAndOfTheAskedKind(NestFamily family) {
        for (ModelKind kind : ModelKind.values()) {
            List<String> names = CATALOG.models(kind, family).stream().map(ModelSpec::name)
                    .collect(Collectors.toList());
            assertEquals(names.stream().sorted().collect(Collectors.toList()), names);
            assertEquals(CATALOG.modelNames(kind, family), names);
            assertTrue(CATALOG.models(kind, family).stream().allMatch(m -> m.kind() == kind && m.family() == family));
        }
        // 14 models in every family, plus iaf_psc_alpha_canon, which NEST 3.0 removed.
        assertEquals(family == NestFamily.NEST_2_20 ? 15 : 14, CATALOG.models(ModelKind.NEURON, family).size());
    }

    @org.junit.jupiter.api.Test
    void modelsRemovedInNest3AreOnlyInNest2() {
        assertEquals(java.util.Set.of(NestFamily.NEST_2_20), CATALOG.familiesOf("iaf_psc_alpha_canon"));
    }

    @ParameterizedTest
    @CsvSource({
        // model, parameter, NEST default (nest-facts.md 4.5 and models/<model>.cpp)
        "iaf_psc_alpha, C_m, 250.0", "iaf_psc_alpha, tau_m, 10.0", "iaf_psc_alpha, E_L, -70.0",
        "iaf_psc_alpha, V_th, -55.0", "iaf_psc_alpha, V_reset, -70.0", "iaf_psc_alpha, t_ref, 2.0",
        "iaf_psc_alpha, I_e, 0.0", "iaf_psc_alpha, tau_syn_ex, 2.0", "iaf_psc_alpha, tau_syn_in, 2.0",
        "iaf_psc_alpha, V_m, -70.0", "iaf_psc_alpha, tau_minus, 20.0", "iaf_psc_alpha, tau_minus_triplet, 110.0",
        "iaf_psc_exp, C_m, 250.0", "iaf_psc_exp, rho, 0.01", "iaf_psc_exp, delta, 0.0", "iaf_psc_exp, V_m, -70.0",
        "iaf_psc_delta, C_m, 250.0", "iaf_psc_delta, tau_m, 10.0", "iaf_psc_delta, V_reset, -70.0",
        "iaf_psc_delta, refractory_input, 0.0",
        "iaf_cond_alpha, g_L, 16.6667", "iaf_cond_alpha, V_reset, -60.0", "iaf_cond_alpha, E_ex, 0.0",
        "iaf_cond_alpha, E_in, -85.0", "iaf_cond_alpha, tau_syn_ex, 0.2", "iaf_cond_alpha, tau_syn_in, 2.0",
        "iaf_cond_exp, C_m, 250.0", "iaf_cond_exp, g_L, 16.6667", "iaf_cond_exp, t_ref, 2.0",
        "aeif_psc_alpha, C_m, 281.0", "aeif_psc_alpha, g_L, 30.0", "aeif_psc_alpha, E_L, -70.6",
        "aeif_psc_alpha, V_th, -50.4", "aeif_psc_alpha, V_reset, -60.0", "aeif_psc_alpha, V_peak, 0.0",
        "aeif_psc_alpha, t_ref, 0.0", "aeif_psc_alpha, tau_syn_ex, 0.2", "aeif_psc_alpha, tau_syn_in, 2.0",
        "aeif_psc_alpha, a, 4.0", "aeif_psc_alpha, b, 80.5", "aeif_psc_alpha, Delta_T, 2.0",
        "aeif_psc_alpha, tau_w, 144.0", "aeif_psc_alpha, gsl_error_tol, 1e-6", "aeif_psc_alpha, V_m, -70.6",
        "aeif_psc_alpha, w, 0.0",
        "aeif_psc_exp, b, 80.5", "aeif_psc_exp, tau_w, 144.0", "aeif_psc_delta, C_m, 281.0",
        "aeif_psc_delta, V_peak, 0.0", "aeif_psc_delta, refractory_input, 0.0",
        "aeif_cond_alpha, E_in, -85.0", "aeif_cond_alpha, a, 4.0",
        "aeif_cond_exp, C_m, 281.0", "aeif_cond_exp, E_ex, 0.0", "aeif_cond_exp, E_in, -85.0",
        "aeif_cond_exp, g_ex, 0.0",
        "izhikevich, a, 0.02", "izhikevich, b, 0.2", "izhikevich, c, -65.0", "izhikevich, d, 8.0",
        "izhikevich, V_th, 30.0", "izhikevich, V_m, -65.0", "izhikevich, U_m, -13.0",
        "izhikevich, consistent_integration, 1.0",
        "hh_psc_alpha, C_m, 100.0", "hh_psc_alpha, g_L, 30.0", "hh_psc_alpha, E_L, -54.402",
        "hh_psc_alpha, g_Na, 12000.0", "hh_psc_alpha, g_K, 3600.0", "hh_psc_alpha, E_Na, 50.0",
        "hh_psc_alpha, E_K, -77.0", "hh_psc_alpha, t_ref, 2.0", "hh_psc_alpha, V_m, -65.0",
        // NEST 3.10's GetDefaults('hh_cond_exp_traub'), the initial gating as NEST computes it
        "hh_cond_exp_traub, g_Na, 20000.0", "hh_cond_exp_traub, g_K, 6000.0", "hh_cond_exp_traub, g_L, 10.0",
        "hh_cond_exp_traub, C_m, 200.0", "hh_cond_exp_traub, E_L, -60.0", "hh_cond_exp_traub, V_T, -63.0",
        "hh_cond_exp_traub, E_in, -80.0", "hh_cond_exp_traub, tau_syn_ex, 5.0", "hh_cond_exp_traub, tau_syn_in, 10.0",
        "hh_cond_exp_traub, Act_m, 9.895563096746586e-09", "hh_cond_exp_traub, Inact_h, 0.999999999106396",
        "hh_cond_exp_traub, Act_n, 2.551577051602551e-07", "hh_cond_exp_traub, V_m, -60.0",
        "static_synapse, weight, 1.0", "static_synapse, delay, 1.0", "static_synapse, receptor_type, 0",
        "tsodyks_synapse, U, 0.5", "tsodyks_synapse, tau_psc, 3.0", "tsodyks_synapse, tau_rec, 800.0",
        "tsodyks_synapse, tau_fac, 0.0", "tsodyks_synapse, x, 1.0", "tsodyks_synapse, y, 0.0",
        "tsodyks_synapse, u, 0.0",
        "tsodyks2_synapse, U, 0.5", "tsodyks2_synapse, u, 0.5", "tsodyks2_synapse, x, 1.0",
        "tsodyks2_synapse, tau_rec, 800.0", "tsodyks2_synapse, tau_fac, 0.0",
        "stdp_synapse, tau_plus, 20.0", "stdp_synapse, lambda, 0.01", "stdp_synapse, alpha, 1.0",
        "stdp_synapse, mu_plus, 1.0", "stdp_synapse, mu_minus, 1.0", "stdp_synapse, Wmax, 100.0",
        "vogels_sprekeler_synapse, weight, 0.5", "ht_synapse, tau_P, 500.0", "bernoulli_synapse, p_transmit, 1.0",
        "poisson_generator, rate, 0.0", "dc_generator, amplitude, 0.0", "noise_generator, std, 0.0",
        "noise_generator, mean, 0.0", "multimeter, interval, 1.0", "multimeter, offset, 0.0",
        "poisson_generator, start, 0.0", "poisson_generator, origin, 0.0"
    })
    void defaultsAreNestsInEveryFamily(String model, String parameter, double expected) {
        for (NestFamily family : NestFamily.values()) {
            assertEquals(expected, defaultOf(model, parameter, family), 0.0, model + "." + parameter + " in " + family);
        }
    }

    @Test
    void infiniteAndExtremeDefaultsAreKept() {
        assertEquals(Double.NEGATIVE_INFINITY, defaultOf("iaf_psc_alpha", "V_min", NestFamily.NEST_3));
        assertEquals(-Double.MAX_VALUE, defaultOf("iaf_psc_delta", "V_min", NestFamily.NEST_3));
        assertEquals(Double.POSITIVE_INFINITY, defaultOf("poisson_generator", "stop", NestFamily.NEST_3_10));
        assertEquals("-inf", model("iaf_psc_alpha", NestFamily.NEST_3).parameter("V_min").get().defaultText());
    }

    @Test
    void hodgkinHuxleyGatesStartAtTheirEquilibriumAtMinus65mV() {
        // nest-facts.md gives them rounded to 6 digits
        ModelSpec hh = model("hh_psc_alpha", NestFamily.NEST_3_10);
        assertEquals(0.052932, hh.parameter("Act_m").get().defaultValue(), 1e-6);
        assertEquals(0.596121, hh.parameter("Inact_h").get().defaultValue(), 1e-6);
        assertEquals(0.317677, hh.parameter("Act_n").get().defaultValue(), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({
        "iaf_psc_alpha, C_m, pF", "iaf_psc_alpha, tau_m, ms", "iaf_psc_alpha, V_th, mV", "iaf_psc_alpha, I_e, pA",
        "aeif_psc_alpha, a, nS", "aeif_psc_alpha, b, pA", "aeif_psc_alpha, w, pA", "aeif_cond_exp, g_ex, nS",
        "iaf_psc_exp, rho, 1/s", "izhikevich, a, ''", "hh_psc_alpha, Act_m, ''", "tsodyks2_synapse, U, ''",
        "poisson_generator, rate, Hz", "noise_generator, phase, deg", "step_current_generator, amplitude_values, pA",
        "stdp_synapse, Wmax, weight", "static_synapse, weight, weight", "static_synapse, delay, ms"
    })
    void unitsAreNestsSymbols(String model, String parameter, String unit) {
        assertEquals(unit, model(model, NestFamily.NEST_3).parameter(parameter).get().unit());
    }

    @ParameterizedTest
    @CsvSource({
        "iaf_psc_alpha, pA", "iaf_psc_exp, pA", "iaf_psc_delta, mV", "iaf_cond_alpha, nS", "iaf_cond_exp, nS",
        "aeif_psc_alpha, pA", "aeif_psc_exp, pA", "aeif_cond_alpha, nS", "aeif_cond_exp, nS", "izhikevich, mV",
        "hh_psc_alpha, pA", "aeif_psc_delta, mV", "hh_cond_exp_traub, nS"
    })
    void weightUnitsFollowTheSynapseType(String model, String unit) {
        for (NestFamily family : NestFamily.values()) {
            assertEquals(unit, model(model, family).weightUnit());
        }
    }

    @Test
    void modelsWithoutWeightUnitHaveNull() {
        assertNull(model("parrot_neuron", NestFamily.NEST_3).weightUnit());
        assertNull(model("static_synapse", NestFamily.NEST_3).weightUnit());
        assertNull(model("poisson_generator", NestFamily.NEST_3).weightUnit());
    }

    @ParameterizedTest
    @CsvSource({
        "iaf_psc_alpha, V_m I_syn_ex I_syn_in", "iaf_psc_exp, V_m I_syn_ex I_syn_in", "iaf_psc_delta, V_m",
        "iaf_cond_alpha, V_m g_ex g_in t_ref_remaining", "iaf_cond_exp, V_m g_ex g_in",
        "aeif_psc_alpha, V_m I_syn_ex I_syn_in w", "aeif_psc_exp, V_m I_syn_ex I_syn_in w",
        "aeif_cond_alpha, V_m g_ex g_in w", "aeif_cond_exp, V_m g_ex g_in w", "izhikevich, V_m U_m",
        "hh_psc_alpha, V_m I_syn_ex I_syn_in Act_m Inact_h Act_n",
        "hh_cond_exp_traub, V_m g_ex g_in Act_m Inact_h Act_n"
    })
    void recordablesAreNests(String model, String recordables) {
        assertEquals(List.of(recordables.split(" ")), model(model, NestFamily.NEST_3_10).recordables());
        assertTrue(model("parrot_neuron", NestFamily.NEST_3_10).recordables().isEmpty());
    }

    @Test
    void aeifModelsKeepNestsParameterOrder() {
        assertEquals(List.of("C_m", "V_th", "t_ref", "g_L", "E_L", "V_reset", "tau_syn_ex", "tau_syn_in", "a", "b",
                "Delta_T", "tau_w", "I_e", "V_peak", "gsl_error_tol"), List.copyOf(model("aeif_psc_alpha",
                        NestFamily.NEST_3).parameters().keySet()).subList(0, 15));
        ModelSpec delta = model("aeif_psc_delta", NestFamily.NEST_3);
        assertFalse(delta.parameter("tau_syn_ex").isPresent());
        assertEquals(List.of("V_m", "w"), delta.recordables());
        assertEquals(8, delta.constraints().size());
    }

    @Test
    void weightedSpikeRecordablesExistOnlyInNest2() {
        assertTrue(model("iaf_psc_alpha", NestFamily.NEST_2_20).recordables().contains("weighted_spikes_ex"));
        assertFalse(model("iaf_psc_alpha", NestFamily.NEST_3).recordables().contains("weighted_spikes_ex"));
    }

    @Test
    void randomizableStatesAreTheSettableStateVariables() {
        assertEquals(List.of("V_m", "I_syn_ex", "I_syn_in", "w"), model("aeif_psc_alpha", NestFamily.NEST_3)
                .randomizableStates().stream().map(ParameterSpec::name).collect(Collectors.toList()));
        assertEquals(List.of("V_m"), model("iaf_psc_alpha", NestFamily.NEST_3).randomizableStates().stream()
                .map(ParameterSpec::name).collect(Collectors.toList()));
        ParameterSpec tSpike = model("iaf_psc_alpha", NestFamily.NEST_3).parameter("t_spike").get();
        assertTrue(tSpike.readOnly());
        assertFalse(model("iaf_psc_alpha", NestFamily.NEST_3).settableNames().contains("t_spike"));
        assertFalse(model("iaf_psc_alpha", NestFamily.NEST_3).parameter("C_m").get().state());
    }

    @Test
    void noiseGeneratorStepDefaultDependsOnTheFamily() {
        ParameterSpec nest2 = model("noise_generator", NestFamily.NEST_2_20).parameter("dt").get();
        ParameterSpec nest3 = model("noise_generator", NestFamily.NEST_3).parameter("dt").get();
        ParameterSpec nest310 = model("noise_generator", NestFamily.NEST_3_10).parameter("dt").get();
        assertEquals(1.0, nest2.defaultValue());
        assertTrue(Double.isNaN(nest3.defaultValue()));
        assertEquals("1.0 ms up to NEST 3.2, 10 × resolution from 3.3", nest3.defaultText());
        assertEquals("10 × resolution", nest310.defaultText());
        assertEquals("ms", nest310.unit());
    }

    @Test
    void versionSpecificParametersAreOnlyInTheirFamilies() {
        assertTrue(model("spike_generator", NestFamily.NEST_2_20).parameter("allow_offgrid_spikes").isPresent());
        assertFalse(model("spike_generator", NestFamily.NEST_3).parameter("allow_offgrid_spikes").isPresent());
        assertTrue(model("spike_recorder", NestFamily.NEST_3).parameter("record_to").isPresent());
        assertEquals("memory", model("spike_recorder", NestFamily.NEST_3).parameter("record_to").get().defaultText());
        assertFalse(model("spike_detector", NestFamily.NEST_2_20).parameter("record_to").isPresent());
        assertEquals(1.0, defaultOf("spike_detector", "withgid", NestFamily.NEST_2_20));
        assertEquals("gdf", model("spike_detector", NestFamily.NEST_2_20).parameter("file_extension").get()
                .defaultText());
        assertFalse(model("stdp_synapse", NestFamily.NEST_2_20).parameter("Kplus").isPresent());
        assertEquals(0.0, defaultOf("stdp_synapse", "Kplus", NestFamily.NEST_3));
        assertEquals(0.0, defaultOf("stdp_synapse", "Kplus", NestFamily.NEST_3_10));
        assertTrue(model("parrot_neuron", NestFamily.NEST_3_10).parameter("flush_event_send_interval").isPresent());
        assertFalse(model("parrot_neuron", NestFamily.NEST_3).parameter("flush_event_send_interval").isPresent());
    }

    @Test
    void listAndTextParametersCarryTheirTypes() {
        ParameterSpec times = model("spike_generator", NestFamily.NEST_3).parameter("spike_times").get();
        assertEquals(ValueType.REAL_LIST, times.type());
        assertEquals("[]", times.defaultText());
        assertEquals(ValueType.STRING_LIST,
                model("multimeter", NestFamily.NEST_3).parameter("record_from").get().type());
        assertEquals("[V_m]", model("voltmeter", NestFamily.NEST_3).parameter("record_from").get().defaultText());
        assertEquals(ValueType.INTEGER, model("static_synapse", NestFamily.NEST_3).parameter("receptor_type").get()
                .type());
        assertEquals(ValueType.BOOLEAN, model("iaf_psc_delta", NestFamily.NEST_3).parameter("refractory_input").get()
                .type());
    }

    @Test
    void parametersKeepTheirDocumentedOrderAndHaveDescriptions() {
        ModelSpec iaf = model("iaf_psc_alpha", NestFamily.NEST_3);
        assertEquals(List.of("E_L", "I_e", "V_th", "V_reset", "V_min", "C_m", "tau_m", "t_ref", "tau_syn_ex",
                "tau_syn_in", "V_m"), List.copyOf(iaf.parameters().keySet()).subList(0, 11));
        for (NestFamily family : NestFamily.values()) {
            for (ModelKind kind : ModelKind.values()) {
                for (ModelSpec model : CATALOG.models(kind, family)) {
                    assertFalse(model.description().isBlank(), model.name());
                    model.parameters().values().forEach(p -> assertFalse(p.description().isBlank(), p.name()));
                }
            }
        }
        assertEquals("250 pF", iaf.parameter("C_m").get().defaultWithUnit());
    }

    @ParameterizedTest
    @EnumSource(NestFamily.class)
    void everyModelSatisfiesItsConstraintsWithDefaults(NestFamily family) {
        for (ModelKind kind : ModelKind.values()) {
            for (ModelSpec model : CATALOG.models(kind, family)) {
                assertEquals(List.of(), model.check(Map.of("resolution", 0.1)), model.name());
            }
        }
    }

    @Test
    void kernelFactsPerFamily() {
        KernelFacts nest2 = CATALOG.kernel(NestFamily.NEST_2_20);
        KernelFacts nest3 = CATALOG.kernel(NestFamily.NEST_3);
        KernelFacts nest310 = CATALOG.kernel(NestFamily.NEST_3_10);
        assertEquals("spike_detector", nest2.spikeRecorderModel());
        assertEquals("model", nest2.synapseModelKey());
        assertEquals("grng_seed", nest2.seedKey());
        assertEquals("time", nest2.timeKey());
        for (KernelFacts facts : List.of(nest3, nest310)) {
            assertEquals("spike_recorder", facts.spikeRecorderModel());
            assertEquals("synapse_model", facts.synapseModelKey());
            assertEquals("rng_seed", facts.seedKey());
            assertEquals("biological_time", facts.timeKey());
        }
        for (KernelFacts facts : List.of(nest2, nest3, nest310)) {
            assertEquals((1L << 21) - 1, facts.maxDelaySteps());
            assertEquals(0.1, facts.defaultResolutionMs());
            assertEquals(1, facts.minSeed());
            assertEquals((1L << 31) - 1, facts.maxSeed());
            assertEquals(1000, facts.ticsPerMs());
            assertEquals(511, facts.maxThreads());
            assertEquals(511, facts.maxSynapseModels());
            assertEquals(1, facts.defaultThreads());
            assertEquals(10, facts.noiseDtSteps());
        }
        assertTrue(nest3.isValidResolution(0.1));
        assertTrue(nest3.isValidResolution(0.001));
        assertTrue(nest3.isValidResolution(0.3));
        assertFalse(nest3.isValidResolution(0.0005), "half a tic");
        assertFalse(nest3.isValidResolution(0.1234), "not on the tic grid");
        assertFalse(nest3.isValidResolution(0));
        assertFalse(nest3.isValidResolution(Double.NaN));
        assertEquals(209715.1, nest3.maxDelayMs(0.1), 1e-9);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> nest3.maxDelayMs(0));
        assertTrue(bad.getMessage().contains("resolutionMs"), bad.getMessage());
    }

    @Test
    void lookupsRejectNullArguments() {
        IllegalArgumentException noFamily = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.model("iaf_psc_alpha", null));
        assertTrue(noFamily.getMessage().contains("family"), noFamily.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CATALOG.models(null, NestFamily.NEST_3));
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.model(null, NestFamily.NEST_3));
        assertTrue(noName.getMessage().contains("model name"), noName.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CATALOG.familiesOf(null));
        assertTrue(CATALOG.model("iaf_psc_alpha", ModelKind.SYNAPSE, NestFamily.NEST_3).isEmpty());
        assertTrue(CATALOG.model("IAF_PSC_ALPHA", NestFamily.NEST_3).isEmpty(), "names are case-sensitive as in NEST");
    }
}
