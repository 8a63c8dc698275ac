package nngt.sim.embedded.internal;

/**
 * NEST's {@code stdp_synapse} (Gütig et al. 2003 weight dependence). At a presynaptic spike at t with
 * dendritic delay d: facilitation for each post spike in {@code (t_last − d, t − d]} with
 * {@code K+·e^{(t_last − (t_post + d))/τ+}}, then depression with the post trace {@code K−(t − d)}; the new
 * weight is sent, and {@code K+ ← K+·e^{(t_last − t)/τ+} + 1}. The whole delay counts as dendritic, as in
 * NEST. τ+, λ, α, μ+, μ−, Wmax and the initial K+ may differ per synapse; the presynaptic trace K+ is kept once
 * per source while τ+ and the initial K+ are the same for all its synapses (the trace then is the same), else
 * once per synapse.
 */
public final class StdpSynapses extends PlasticSynapses {

    private final SynapseParameter tauPlus;
    private final SynapseParameter lambda;
    private final SynapseParameter alpha;
    private final SynapseParameter muPlus;
    private final SynapseParameter muMinus;
    private final SynapseParameter wMax;
    private final boolean tracePerSynapse;
    private final double[] kPlus;

    /**
     * Creates the synapses.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param weights     signed weights
     * @param shortDelays delays as shorts or null
     * @param intDelays   delays as ints or null
     * @param parameters  the table's parameters
     * @throws IllegalArgumentException when Kplus is negative, tau_plus is not positive or a weight's sign
     *                                  differs from Wmax's; the message names the value and, for a drawn value,
     *                                  the edge
     */
    public StdpSynapses(int[] offsets, int[] targets, double[] weights, short[] shortDelays, int[] intDelays,
            SynapseParameters parameters) {
        super(offsets, targets, weights, shortDelays, intDelays);
        String m = parameters.model();
        tauPlus = parameters.get("tau_plus");
        lambda = parameters.get("lambda");
        alpha = parameters.get("alpha");
        muPlus = parameters.get("mu_plus");
        muMinus = parameters.get("mu_minus");
        wMax = parameters.get("Wmax");
        SynapseParameter k0 = parameters.get("Kplus");
        k0.require(m, v -> v >= 0, "it must be >= 0", this);
        tauPlus.require(m, v -> v > 0, "it must be > 0", this);
        for (int j = 0; j < weights.length; j++) {
            double w = weights[j];
            if (w != 0 && Math.signum(w) != Math.signum(wMax.get(j))) {
                throw new IllegalArgumentException("weights: stdp_synapse weight " + w + " on edge " + edgeName(j)
                        + " has another sign than Wmax = " + wMax.get(j) + "; NEST requires the same sign");
            }
        }
        tracePerSynapse = tauPlus.varies() || k0.varies();
        kPlus = new double[tracePerSynapse ? targets.length : offsets.length - 1];
        for (int k = 0; k < kPlus.length; k++) {
            kPlus[k] = k0.get(k);
        }
        java.util.Arrays.fill(lastSpike, 0.0);
    }

    @Override
    public void deliver(int source, double tSpike, double h, int readBase, int ringSize, int n, double[] ex,
            double[] in, PostSynapticArchive archive) {
        double tLast = lastSpike[source];
        double kRow = tracePerSynapse ? Double.NaN : kPlus[source];
        for (int j = offsets[source]; j < offsets[source + 1]; j++) {
            int target = targets[j];
            double d = delay(j) * h;
            double w = weights[j];
            double kp = tracePerSynapse ? kPlus[j] : kRow;
            double tau = tauPlus.get(j);
            double l = lambda.get(j);
            double wm = wMax.get(j);
            int count = archive.count(target);
            for (int k = archive.firstAfter(target, tLast - d); k < count; k++) {
                double tPost = archive.time(target, k);
                if (tPost > tSpike - d + 1e-6) {
                    break;
                }
                w = facilitate(w, kp * Math.exp((tLast - (tPost + d)) / tau), l, muPlus.get(j), wm);
            }
            w = depress(w, archive.kMinus(target, tSpike - d), l, alpha.get(j), muMinus.get(j), wm);
            weights[j] = w;
            add(j, w, readBase, ringSize, n, ex, in);
            if (tracePerSynapse) {
                kPlus[j] = kp * Math.exp((tLast - tSpike) / tau) + 1.0;
            }
        }
        if (!tracePerSynapse) {
            kPlus[source] = kRow * Math.exp((tLast - tSpike) / tauPlus.get(0)) + 1.0;
        }
        lastSpike[source] = tSpike;
    }

    private static double facilitate(double w, double kp, double lambda, double muPlus, double wMax) {
        double norm = w / wMax + lambda * Math.pow(1.0 - w / wMax, muPlus) * kp;
        return norm < 1.0 ? norm * wMax : wMax;
    }

    private static double depress(double w, double km, double lambda, double alpha, double muMinus, double wMax) {
        double norm = w / wMax - alpha * lambda * Math.pow(w / wMax, muMinus) * km;
        return norm > 0.0 ? norm * wMax : 0.0;
    }

    @Override
    public double parameter(String name, int j) {
        return switch (name) {
            case "tau_plus" -> tauPlus.get(j);
            case "lambda" -> lambda.get(j);
            case "alpha" -> alpha.get(j);
            case "mu_plus" -> muPlus.get(j);
            case "mu_minus" -> muMinus.get(j);
            case "Wmax" -> wMax.get(j);
            case "Kplus" -> tracePerSynapse ? kPlus[j] : kPlus[sourceOf(j)];
            default -> Double.NaN;
        };
    }

    @Override
    public long bytes() {
        return super.bytes() + 8L * kPlus.length + tauPlus.bytes() + lambda.bytes() + alpha.bytes() + muPlus.bytes()
                + muMinus.bytes() + wMax.bytes();
    }
}
