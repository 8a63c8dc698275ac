package nngt.sim.embedded.internal;

/**
 * NEST's {@code tsodyks_synapse} (Tsodyks, Uziel and Markram 2000) with three states x, y, u; the
 * previous-spike time starts at 0 ms as in NEST. Update per spike (nest-facts.md §4.6). U, τ_psc, τ_rec, τ_fac
 * and the initial states may differ per synapse.
 */
public final class TsodyksSynapses extends PlasticSynapses {

    private final SynapseParameter bigU;
    private final SynapseParameter tauPsc;
    private final SynapseParameter tauRec;
    private final SynapseParameter tauFac;
    private final boolean constantTimes;
    private final double[] x;
    private final double[] y;
    private final double[] u;
    /** Propagators of the current spike; a table belongs to one thread, so one array serves every spike. */
    private final double[] p = new double[4];

    /**
     * Creates the synapses.
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
    public TsodyksSynapses(int[] offsets, int[] targets, double[] weights, short[] shortDelays, int[] intDelays,
            SynapseParameters parameters) {
        super(offsets, targets, weights, shortDelays, intDelays);
        String m = parameters.model();
        bigU = parameters.get("U");
        tauPsc = parameters.get("tau_psc");
        tauRec = parameters.get("tau_rec");
        tauFac = parameters.get("tau_fac");
        constantTimes = !tauPsc.varies() && !tauRec.varies() && !tauFac.varies();
        SynapseParameter x0 = parameters.get("x");
        SynapseParameter y0 = parameters.get("y");
        SynapseParameter u0 = parameters.get("u");
        bigU.require(m, v -> v >= 0 && v <= 1, "it must be in [0, 1]", this);
        u0.require(m, v -> v >= 0 && v <= 1, "it must be in [0, 1]", this);
        tauPsc.require(m, v -> v > 0, "it must be > 0", this);
        tauRec.require(m, v -> v > 0, "it must be > 0", this);
        tauFac.require(m, v -> v >= 0, "it must be >= 0", this);
        x = new double[targets.length];
        y = new double[targets.length];
        u = new double[targets.length];
        for (int j = 0; j < targets.length; j++) {
            x[j] = x0.get(j);
            y[j] = y0.get(j);
            u[j] = u0.get(j);
            if (!(x[j] + y[j] <= 1)) {
                throw new IllegalArgumentException("synapse parameters: " + m + " x + y = " + (x[j] + y[j])
                        + (x0.varies() || y0.varies() ? " on edge " + edgeName(j) : "")
                        + " is invalid; it must be <= 1");
            }
        }
        java.util.Arrays.fill(lastSpike, 0.0);
    }

    @Override
    public void deliver(int source, double tSpike, double h, int readBase, int ringSize, int n, double[] ex,
            double[] in, PostSynapticArchive archive) {
        double dt = tSpike - lastSpike[source];
        // with constant time constants the propagators are computed once per spike, not once per synapse
        if (constantTimes) {
            propagators(dt, 0);
        }
        for (int j = offsets[source]; j < offsets[source + 1]; j++) {
            if (!constantTimes) {
                propagators(dt, j);
            }
            double puu = p[0];
            double pyy = p[1];
            double pzz = p[2];
            double pxy = p[3];
            double z = 1 - x[j] - y[j];
            u[j] *= puu;
            x[j] += pxy * y[j] - pzz * z;
            y[j] *= pyy;
            u[j] += bigU.get(j) * (1 - u[j]);
            double delta = u[j] * x[j];
            x[j] -= delta;
            y[j] += delta;
            add(j, delta * weights[j], readBase, ringSize, n, ex, in);
        }
        lastSpike[source] = tSpike;
    }

    /** Sets p to NEST's propagators over an interval dt for synapse j: puu, pyy, pzz, pxy. */
    private void propagators(double dt, int j) {
        double fac = tauFac.get(j);
        double psc = tauPsc.get(j);
        double rec = tauRec.get(j);
        p[0] = fac == 0 ? 0 : Math.exp(-dt / fac);
        p[1] = Math.exp(-dt / psc);
        p[2] = Math.expm1(-dt / rec);
        p[3] = (p[2] * rec - (p[1] - 1) * psc) / (psc - rec);
    }

    @Override
    public double parameter(String name, int j) {
        return switch (name) {
            case "U" -> bigU.get(j);
            case "tau_psc" -> tauPsc.get(j);
            case "tau_rec" -> tauRec.get(j);
            case "tau_fac" -> tauFac.get(j);
            case "x" -> x[j];
            case "y" -> y[j];
            case "u" -> u[j];
            default -> Double.NaN;
        };
    }

    @Override
    public long bytes() {
        return super.bytes() + 24L * x.length + bigU.bytes() + tauPsc.bytes() + tauRec.bytes() + tauFac.bytes();
    }
}
