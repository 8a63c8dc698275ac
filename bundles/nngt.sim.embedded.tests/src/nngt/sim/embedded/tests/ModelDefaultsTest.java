package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.SupportLevel;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.embedded.internal.Models;

/** The defaults the models use are NEST's (nest-facts.md §4.5), and every implemented model is declared. */
class ModelDefaultsTest {

    @Test
    void defaultsAreNests() {
        Map<String, Double> alpha = Models.defaults("iaf_psc_alpha");
        assertEquals(250.0, alpha.get("C_m"));
        assertEquals(10.0, alpha.get("tau_m"));
        assertEquals(-55.0, alpha.get("V_th"));
        assertEquals(2.0, alpha.get("t_ref"));
        Map<String, Double> aeif = Models.defaults("aeif_psc_alpha");
        assertEquals(281.0, aeif.get("C_m"));
        assertEquals(30.0, aeif.get("g_L"));
        assertEquals(-70.6, aeif.get("E_L"));
        assertEquals(80.5, aeif.get("b"));
        assertEquals(144.0, aeif.get("tau_w"));
        assertEquals(0.2, aeif.get("tau_syn_ex"));
        assertEquals(1e-6, aeif.get("gsl_error_tol"));
        assertEquals(-85.0, Models.defaults("aeif_cond_exp").get("E_in"));
        assertEquals(16.6667, Models.defaults("iaf_cond_exp").get("g_L"));
        assertEquals(0.02, Models.defaults("izhikevich").get("a"));
        assertEquals(12000.0, Models.defaults("hh_psc_alpha").get("g_Na"));
        assertEquals(-54.402, Models.defaults("hh_psc_alpha").get("E_L"));
        assertEquals(20000.0, Models.defaults("hh_cond_exp_traub").get("g_Na"));
        assertEquals(-63.0, Models.defaults("hh_cond_exp_traub").get("V_T"));
        assertEquals(20.0, Models.defaults("iaf_psc_exp").get("tau_minus"), "archiving parameters on every model");
        assertThrows(IllegalArgumentException.class, () -> Models.defaults("ht_neuron"));
    }

    @ParameterizedTest
    @CsvSource({"iaf_psc_alpha,-70.0", "iaf_psc_exp,-70.0", "iaf_psc_delta,-70.0", "iaf_cond_exp,-70.0",
            "aeif_psc_alpha,-70.6", "aeif_cond_exp,-70.6"})
    void settingOnlyELeavesTheInitialMembranePotentialAtNestsDefault(String model, double nestDefault) {
        // NEST creates a neuron from its model's prototype (V_m = the default E_L) and then sets the given
        // parameters: a new E_L moves neither the absolute V_m nor, for the aeif models, the state; a real
        // NEST 3.10 run of examples/oscillating_groups.nngt (E_L = -65 mV, no V_m) fires its first spike
        // 6.2 ms later than a start at E_L would
        SimulationResult result = Sim.run(Sim.single(model, Map.of("E_L", -60.0), 1.0).build());
        assertEquals(nestDefault, Sim.trace(result, "V_m").values()[0], 0.25, model + ": V_m after one 0.1 ms step");
        SimulationResult given = Sim.run(Sim.single(model, Map.of("E_L", -60.0, "V_m", -62.0), 1.0).build());
        assertEquals(-62.0, Sim.trace(given, "V_m").values()[0], 0.25, model + ": a given V_m is kept");
    }

    @Test
    void izhikevichRecoveryStartsAtNestsFixedValue() {
        // NEST computes U_m = b V_m once, with the defaults (0.2 * -65 mV), and never from a given b
        SimulationPlan request = SimulationPlan.builder()
                .neurons("n", 0, 1, 1, "izhikevich", Map.of("b", 0.25))
                .multimeter(new SimulationPlan.Multimeter(new int[] {0}, List.of("U_m"), 1.0))
                .resolution(1.0).duration(1.0).build();
        double recovery = Sim.trace(Sim.run(request), "U_m").values()[0];
        // one Izhikevich step from U_m = -13 with a = 0.02, b = 0.25, V_m = -65: -13 + 0.02 (0.25 (-65) + 13)
        assertEquals(-13.0 + 0.02 * (0.25 * -65.0 + 13.0), recovery, 1e-9);
    }

    @Test
    void everyImplementedModelIsInTheCapabilities() {
        var capabilities = new EmbeddedSimulator().capabilities();
        for (String model : Models.supportLevels().keySet()) {
            assertEquals(Models.supportLevels().get(model), capabilities.supportLevel(model), model);
            assertEquals(false, capabilities.supportLevel(model) == SupportLevel.UNSUPPORTED, model);
            Models.defaults(model);
        }
        assertEquals(13, Models.supportLevels().size(),
                "iaf_psc_alpha|exp|delta, parrot, izhikevich, hh_psc_alpha, hh_cond_exp_traub, 4 aeif, 2 iaf_cond");
    }
}
