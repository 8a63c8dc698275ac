package nngt.sim.embedded.internal;

import java.util.Map;

/**
 * NEST's {@code stdp_synapse} (Gütig et al. 2003 weight dependence). At a presynaptic spike at t with
 * dendritic delay d: facilitation for each post spike in {@code (t_last − d, t − d]} with
 * {@code K+·e^{(t_last − (t_post + d))/τ+}}, then depression with the post trace {@code K−(t − d)}; the new
 * weight is sent, and {@code K+ ← K+·e^{(t_last − t)/τ+} + 1}. The whole delay counts as dendritic, as in
 * NEST.
 */
public final class StdpSynapses extends PlasticSynapses {

    /** NEST's defaults. */
    public static final Map<String, Double> DEFAULTS = Map.of("tau_plus", 20.0, "lambda", 0.01, "alpha", 1.0,
            "mu_plus", 1.0, "mu_minus", 1.0, "Wmax", 100.0, "Kplus", 0.0);

    private final double tauPlus;
    private final double lambda;
    private final double alpha;
    private final double muPlus;
    private final double muMinus;
    private final double wMax;
    private final double[] kPlus;

    /**
     * Creates the synapses.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param weights     signed weights
     * @param shortDelays delays as shorts or null
     * @param intDelays   delays as ints or null
     * @param parameters  the model's parameters
     * @throws IllegalArgumentException when a parameter is unknown, Kplus is negative or a weight's sign
     *                                  differs from Wmax's
     */
    public StdpSynapses(int[] offsets, int[] targets, double[] weights, short[] shortDelays, int[] intDelays,
            Map<String, Double> parameters) {
        super(offsets, targets, weights, shortDelays, intDelays);
        String m = "stdp_synapse";
        tauPlus = parameter(m, parameters, DEFAULTS, "tau_plus");
        lambda = parameter(m, parameters, DEFAULTS, "lambda");
        alpha = parameter(m, parameters, DEFAULTS, "alpha");
        muPlus = parameter(m, parameters, DEFAULTS, "mu_plus");
        muMinus = parameter(m, parameters, DEFAULTS, "mu_minus");
        wMax = parameter(m, parameters, DEFAULTS, "Wmax");
        double k0 = parameter(m, parameters, DEFAULTS, "Kplus");
        Tsodyks2Synapses.require(k0 >= 0, "Kplus", k0, "it must be >= 0");
        Tsodyks2Synapses.require(tauPlus > 0, "tau_plus", tauPlus, "it must be > 0");
        for (double w : weights) {
            if (w != 0 && Math.signum(w) != Math.signum(wMax)) {
                throw new IllegalArgumentException("weights: stdp_synapse weight " + w
                        + " has another sign than Wmax = " + wMax + "; NEST requires the same sign");
            }
        }
        kPlus = new double[offsets.length - 1];
        java.util.Arrays.fill(kPlus, k0);
        java.util.Arrays.fill(lastSpike, 0.0);
    }

    @Override
    public void deliver(int source, double tSpike, double h, int readBase, int ringSize, int n, double[] ex,
            double[] in, PostSynapticArchive archive) {
        double tLast = lastSpike[source];
        double kp = kPlus[source];
        for (int j = offsets[source]; j < offsets[source + 1]; j++) {
            int target = targets[j];
            double d = delay(j) * h;
            double w = weights[j];
            int count = archive.count(target);
            for (int k = archive.firstAfter(target, tLast - d); k < count; k++) {
                double tPost = archive.time(target, k);
                if (tPost > tSpike - d + 1e-6) {
                    break;
                }
                w = facilitate(w, kp * Math.exp((tLast - (tPost + d)) / tauPlus));
            }
            w = depress(w, archive.kMinus(target, tSpike - d));
            weights[j] = w;
            add(j, w, readBase, ringSize, n, ex, in);
        }
        kPlus[source] = kp * Math.exp((tLast - tSpike) / tauPlus) + 1.0;
        lastSpike[source] = tSpike;
    }

    private double facilitate(double w, double kp) {
        double norm = w / wMax + lambda * Math.pow(1.0 - w / wMax, muPlus) * kp;
        return norm < 1.0 ? norm * wMax : wMax;
    }

    private double depress(double w, double km) {
        double norm = w / wMax - alpha * lambda * Math.pow(w / wMax, muMinus) * km;
        return norm > 0.0 ? norm * wMax : 0.0;
    }

    @Override
    public long bytes() {
        return super.bytes() + 8L * kPlus.length;
    }
}
