package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

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
        assertEquals(20.0, Models.defaults("iaf_psc_exp").get("tau_minus"), "archiving parameters on every model");
        assertThrows(IllegalArgumentException.class, () -> Models.defaults("ht_neuron"));
    }

    @Test
    void everyImplementedModelIsInTheCapabilities() {
        var capabilities = new EmbeddedSimulator().capabilities();
        for (String model : Models.supportLevels().keySet()) {
            assertEquals(Models.supportLevels().get(model), capabilities.supportLevel(model), model);
            assertEquals(false, capabilities.supportLevel(model) == SupportLevel.UNSUPPORTED, model);
            Models.defaults(model);
        }
        assertEquals(12, Models.supportLevels().size(), "iaf_psc_alpha|exp|delta, parrot, izhikevich, hh_psc_alpha, 4 aeif, 2 iaf_cond");
    }
}
