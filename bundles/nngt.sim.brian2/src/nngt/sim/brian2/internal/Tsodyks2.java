package nngt.sim.brian2.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nngt.sim.api.SimulationPlan;

/**
 * NEST's tsodyks2_synapse in Brian2: per synapse the resources x and the utilisation u; a spike after an
 * interval h first relaxes and updates them, {@code x = 1 + (x − x·u − 1)·exp(−h/τ_rec)},
 * {@code u = U + u·(1 − U)·exp(−h/τ_fac)} (no facilitation memory when τ_fac is 0), then transmits
 * {@code x·u·weight}; the first spike transmits with the initial x and u unchanged, as in NEST.
 *
 * @param bigU   U, the utilisation increment
 * @param u0     initial u
 * @param x0     initial x
 * @param tauRec recovery time constant in ms
 * @param tauFac facilitation time constant in ms
 */
public record Tsodyks2(double bigU, double u0, double x0, double tauRec, double tauFac) {

    /** The synapse variables of the Brian2 model; t_last < 0 marks a synapse that has not transmitted. */
    public static final String VARIABLES = "weight : 1\nx : 1\nu : 1\nt_last : second";

    private static final Set<String> ACCEPTED = Set.of("U", "u", "x", "tau_rec", "tau_fac", "weight", "delay");

    /**
     * Reads and checks the parameters of a synapse model, taking NEST's defaults (U 0.5, u = U, x 1,
     * tau_rec 800 ms, tau_fac 0 ms); weight and delay come from the edges.
     *
     * @param model the synapse model of the request
     * @param index its index, named in messages
     * @return the parameters
     * @throws IllegalArgumentException when the model is not tsodyks2_synapse, a parameter is unknown or out of
     *                                  range; the message names it and what is valid
     */
    public static Tsodyks2 of(SimulationPlan.SynapseModel model, int index) {
        if (!"tsodyks2_synapse".equals(model.model())) {
            throw new IllegalArgumentException("synapseModels: model " + index + " is '" + model.model()
                    + "'; the brian2 simulator implements static_synapse and tsodyks2_synapse");
        }
        Map<String, Double> p = model.parameters();
        for (String name : p.keySet()) {
            if (!ACCEPTED.contains(name)) {
                throw new IllegalArgumentException("synapse parameters: tsodyks2_synapse " + index + " sets '" + name
                        + "'; valid are " + ACCEPTED);
            }
        }
        double bigU = p.getOrDefault("U", 0.5);
        // as in NEST, u starts at the default U (0.5), not at a given U
        Tsodyks2 synapse = new Tsodyks2(bigU, p.getOrDefault("u", 0.5), p.getOrDefault("x", 1.0),
                p.getOrDefault("tau_rec", 800.0), p.getOrDefault("tau_fac", 0.0));
        check(synapse.bigU >= 0 && synapse.bigU <= 1, "U", synapse.bigU, "it must be in [0, 1]");
        check(synapse.u0 >= 0 && synapse.u0 <= 1, "u", synapse.u0, "it must be in [0, 1]");
        check(synapse.tauRec > 0, "tau_rec", synapse.tauRec, "it must be > 0");
        check(synapse.tauFac >= 0, "tau_fac", synapse.tauFac, "it must be >= 0");
        return synapse;
    }

    private static void check(boolean ok, String name, double value, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("synapse parameters: tsodyks2_synapse " + name + " = " + value
                    + " is invalid; " + rule);
        }
    }

    /**
     * The on_pre code: update x and u (not on the first spike), transmit, remember the spike time.
     *
     * @param transmit the target model's input statement for the weight {@code x*u*weight}
     * @return the code
     */
    public String onPre(String transmit) {
        String later = "int(t_last >= 0*ms)";
        String uDecay = tauFac < 1e-10 ? "0" : "exp(-(t - t_last)/(" + num(tauFac) + "*ms))";
        return "x = x + " + later + "*(1 + (x - x*u - 1)*exp(-(t - t_last)/(" + num(tauRec) + "*ms)) - x)\n"
                + "u = u + " + later + "*(" + num(bigU) + " + u*(1 - " + num(bigU) + ")*" + uDecay + " - u)\n"
                + transmit + "\n"
                + "t_last = t";
    }

    /**
     * The keyword arguments that set the initial state.
     *
     * @return Python keyword arguments
     */
    public String initialValues() {
        return "x=" + num(x0) + ", u=" + num(u0) + ", t_last=-1*second";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.17g", value);
    }
}
