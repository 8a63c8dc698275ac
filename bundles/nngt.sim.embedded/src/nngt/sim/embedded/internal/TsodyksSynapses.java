package nngt.sim.embedded.internal;

import java.util.Map;

/**
 * NEST's {@code tsodyks_synapse} (Tsodyks, Uziel and Markram 2000) with three states x, y, u; the
 * previous-spike time starts at 0 ms as in NEST. Update per spike (nest-facts.md §4.6).
 */
public final class TsodyksSynapses extends PlasticSynapses {

    /** NEST's defaults. */
    public static final Map<String, Double> DEFAULTS = Map.of("U", 0.5, "tau_psc", 3.0, "tau_rec", 800.0,
            "tau_fac", 0.0, "x", 1.0, "y", 0.0, "u", 0.0);

    private final double bigU;
    private final double tauPsc;
    private final double tauRec;
    private final double tauFac;
    private final double[] x;
    private final double[] y;
    private final double[] u;

    /**
     * Creates the synapses.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param weights     signed weights
     * @param shortDelays delays as shorts or null
     * @param intDelays   delays as ints or null
     * @param parameters  the model's parameters
     * @throws IllegalArgumentException when a parameter is unknown or violates NEST's constraints
     */
    public TsodyksSynapses(int[] offsets, int[] targets, double[] weights, short[] shortDelays, int[] intDelays,
            Map<String, Double> parameters) {
        super(offsets, targets, weights, shortDelays, intDelays);
        String m = "tsodyks_synapse";
        bigU = parameter(m, parameters, DEFAULTS, "U");
        tauPsc = parameter(m, parameters, DEFAULTS, "tau_psc");
        tauRec = parameter(m, parameters, DEFAULTS, "tau_rec");
        tauFac = parameter(m, parameters, DEFAULTS, "tau_fac");
        double x0 = parameter(m, parameters, DEFAULTS, "x");
        double y0 = parameter(m, parameters, DEFAULTS, "y");
        double u0 = parameter(m, parameters, DEFAULTS, "u");
        Tsodyks2Synapses.require(bigU >= 0 && bigU <= 1, "U", bigU, "it must be in [0, 1]");
        Tsodyks2Synapses.require(u0 >= 0 && u0 <= 1, "u", u0, "it must be in [0, 1]");
        Tsodyks2Synapses.require(tauPsc > 0, "tau_psc", tauPsc, "it must be > 0");
        Tsodyks2Synapses.require(tauRec > 0, "tau_rec", tauRec, "it must be > 0");
        Tsodyks2Synapses.require(tauFac >= 0, "tau_fac", tauFac, "it must be >= 0");
        Tsodyks2Synapses.require(x0 + y0 <= 1, "x + y", x0 + y0, "it must be <= 1");
        x = new double[targets.length];
        y = new double[targets.length];
        u = new double[targets.length];
        java.util.Arrays.fill(x, x0);
        java.util.Arrays.fill(y, y0);
        java.util.Arrays.fill(u, u0);
        java.util.Arrays.fill(lastSpike, 0.0);
    }

    @Override
    public void deliver(int source, double tSpike, double h, int readBase, int ringSize, int n, double[] ex,
            double[] in, PostSynapticArchive archive) {
        double dt = tSpike - lastSpike[source];
        double puu = tauFac == 0 ? 0 : Math.exp(-dt / tauFac);
        double pyy = Math.exp(-dt / tauPsc);
        double pzz = Math.expm1(-dt / tauRec);
        double pxy = (pzz * tauRec - (pyy - 1) * tauPsc) / (tauPsc - tauRec);
        for (int j = offsets[source]; j < offsets[source + 1]; j++) {
            double z = 1 - x[j] - y[j];
            u[j] *= puu;
            x[j] += pxy * y[j] - pzz * z;
            y[j] *= pyy;
            u[j] += bigU * (1 - u[j]);
            double delta = u[j] * x[j];
            x[j] -= delta;
            y[j] += delta;
            add(j, delta * weights[j], readBase, ringSize, n, ex, in);
        }
        lastSpike[source] = tSpike;
    }

    @Override
    public long bytes() {
        return super.bytes() + 24L * x.length;
    }
}
