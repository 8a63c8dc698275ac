package nngt.sim.embedded.internal;

/**
 * NEST's {@code tsodyks2_synapse} (Maass and Markram 2002, eqs. 4–5): the first spike sends {@code u·x·w}
 * with the initial u and x; each later spike first updates
 * {@code x = 1 + (x − x·u − 1)·e^{−Δ/τ_rec}}, {@code u = U + u(1 − U)·e^{−Δ/τ_fac}} (the second term is 0
 * when τ_fac = 0) and sends {@code x·u·w}. U, τ_rec, τ_fac and the initial u and x may differ per synapse.
 */
public final class Tsodyks2Synapses extends PlasticSynapses {

    private final SynapseParameter bigU;
    private final SynapseParameter tauRec;
    private final SynapseParameter tauFac;
    private final double[] x;
    private final double[] u;

    /**
     * Creates the synapses with their initial state.
     *
     * @param offsets     row offsets
     * @param targets     targets
     * @param weights     signed weights
     * @param shortDelays delays as shorts or null
     * @param intDelays   delays as ints or null
     * @param parameters  the table's parameters
     * @throws IllegalArgumentException when a value violates NEST's constraints; the message names the parameter,
     *                                  the value and, for a drawn value, the edge
     */
    public Tsodyks2Synapses(int[] offsets, int[] targets, double[] weights, short[] shortDelays, int[] intDelays,
            SynapseParameters parameters) {
        super(offsets, targets, weights, shortDelays, intDelays);
        String m = parameters.model();
        bigU = parameters.get("U");
        tauRec = parameters.get("tau_rec");
        tauFac = parameters.get("tau_fac");
        // NEST initialises u from the default U once; setting U does not move it, so the first spike through a
        // synapse releases the catalog's initial u unless u itself is given
        SynapseParameter u0 = parameters.get("u");
        SynapseParameter x0 = parameters.get("x");
        bigU.require(m, v -> v >= 0 && v <= 1, "it must be in [0, 1]", this);
        u0.require(m, v -> v >= 0 && v <= 1, "it must be in [0, 1]", this);
        tauRec.require(m, v -> v > 0, "it must be > 0", this);
        tauFac.require(m, v -> v >= 0, "it must be >= 0", this);
        x = new double[targets.length];
        u = new double[targets.length];
        for (int j = 0; j < targets.length; j++) {
            x[j] = x0.get(j);
            u[j] = u0.get(j);
        }
    }

    @Override
    public void deliver(int source, double tSpike, double h, int readBase, int ringSize, int n, double[] ex,
            double[] in, PostSynapticArchive archive) {
        double last = lastSpike[source];
        boolean first = Double.isNaN(last);
        double dt = tSpike - last;
        // with constant time constants the decays are computed once per spike, not once per synapse
        double xDecay = first || tauRec.varies() ? 0 : Math.exp(-dt / tauRec.get(0));
        double uDecay = first || tauFac.varies() ? 0 : facilitationDecay(dt, tauFac.get(0));
        for (int j = offsets[source]; j < offsets[source + 1]; j++) {
            if (!first) {
                double xd = tauRec.varies() ? Math.exp(-dt / tauRec.get(j)) : xDecay;
                double ud = tauFac.varies() ? facilitationDecay(dt, tauFac.get(j)) : uDecay;
                double bu = bigU.get(j);
                x[j] = 1 + (x[j] - x[j] * u[j] - 1) * xd;
                u[j] = bu + u[j] * (1 - bu) * ud;
            }
            add(j, x[j] * u[j] * weights[j], readBase, ringSize, n, ex, in);
        }
        lastSpike[source] = tSpike;
    }

    /** NEST treats τ_fac below 1e-10 ms as no facilitation memory. */
    private static double facilitationDecay(double dt, double tau) {
        return tau < 1e-10 ? 0 : Math.exp(-dt / tau);
    }

    @Override
    public double parameter(String name, int j) {
        return switch (name) {
            case "U" -> bigU.get(j);
            case "tau_rec" -> tauRec.get(j);
            case "tau_fac" -> tauFac.get(j);
            case "u" -> u[j];
            case "x" -> x[j];
            default -> Double.NaN;
        };
    }

    @Override
    public long bytes() {
        return super.bytes() + 16L * x.length + bigU.bytes() + tauRec.bytes() + tauFac.bytes();
    }
}
