package nngt.sim.embedded.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nngt.sim.api.PlanEdges;
import nngt.sim.api.SimulationPlan;

/**
 * NEST's {@code brunel_alpha_nest.py}: NE = 4·order excitatory and NI = order inhibitory
 * {@code iaf_psc_alpha} neurons (C_m 250 pF, tau_m 20 ms, tau_syn 0.5 ms, t_ref 2 ms, E_L = V_reset =
 * V_m = 0, V_th 20 mV), in-degree CE = 10 % of NE from excitatory and CI = 10 % of NI from inhibitory
 * neurons (autapses and multapses allowed, as NEST's fixed_indegree), J = 0.1 mV turned into a PSC
 * amplitude with the example's PSP normalisation, g = 5, eta = 2, delay 1.5 ms, and an independent
 * Poisson drive of rate {@code eta·nu_th·CE} per neuron. The edges are drawn target by target
 * ({@link #edges}), so that the engine can build its tables from them without any edge array
 * ({@link #requestWithoutEdges}), or into the plan's arrays ({@link #request}): the same network.
 */
public final class BrunelNetwork {

    /** Membrane time constant, ms. */
    public static final double TAU_MEM = 20.0;
    /** Synaptic time constant, ms. */
    public static final double TAU_SYN = 0.5;
    /** Capacitance, pF. */
    public static final double C_MEM = 250.0;
    /** Threshold relative to rest, mV. */
    public static final double THETA = 20.0;
    /** PSP amplitude, mV. */
    public static final double J = 0.1;
    /** Relative inhibition. */
    public static final double G = 5.0;
    /** External rate relative to threshold rate. */
    public static final double ETA = 2.0;
    /** Synaptic delay, ms. */
    public static final double DELAY = 1.5;

    private BrunelNetwork() {
    }

    /**
     * The PSC amplitude (pA) that gives a PSP of peak 1 mV, as the example's {@code ComputePSPnorm}.
     *
     * @param tauMem membrane time constant
     * @param cMem   capacitance
     * @param tauSyn synaptic time constant
     * @return the PSP peak (mV) of a unit-amplitude alpha current
     */
    public static double pspNorm(double tauMem, double cMem, double tauSyn) {
        double a = tauMem / tauSyn;
        double b = 1.0 / tauSyn - 1.0 / tauMem;
        double tMax = 1.0 / b * (-lambertWm1(-Math.exp(-1.0 / a) / a) - 1.0 / a);
        return Math.E / (tauSyn * cMem * b)
                * ((Math.exp(-tMax / tauMem) - Math.exp(-tMax / tauSyn)) / b - tMax * Math.exp(-tMax / tauSyn));
    }

    /**
     * The lower branch W₋₁ of Lambert's W function on [−1/e, 0), by Halley's iteration.
     *
     * @param x the argument
     * @return w ≤ −1 with w·e^w = x
     * @throws IllegalArgumentException when x is outside [−1/e, 0)
     */
    public static double lambertWm1(double x) {
        if (!(x >= -1 / Math.E && x < 0)) {
            throw new IllegalArgumentException("x: " + x + "; W-1 is defined on [-1/e, 0)");
        }
        double w = x < -0.25 ? -1 - Math.sqrt(2 * (1 + Math.E * x)) : Math.log(-x) - Math.log(-Math.log(-x));
        for (int i = 0; i < 100; i++) {
            double ew = Math.exp(w);
            double f = w * ew - x;
            double step = f / (ew * (w + 1) - (w + 2) * f / (2 * w + 2));
            w -= step;
            if (Math.abs(step) < 1e-15 * Math.abs(w)) {
                break;
            }
        }
        return w;
    }

    /** @return the excitatory PSC amplitude J_ex in pA */
    public static double excitatoryWeight() {
        return J / pspNorm(TAU_MEM, C_MEM, TAU_SYN);
    }

    /**
     * The external Poisson rate per neuron in spikes/s.
     *
     * @param ce excitatory in-degree
     * @return {@code 1000·eta·nu_th·CE}
     */
    public static double poissonRate(int ce) {
        double jEx = excitatoryWeight();
        double nuTh = THETA * C_MEM / (jEx * ce * Math.E * TAU_MEM * TAU_SYN);
        return 1000.0 * ETA * nuTh * ce;
    }

    /**
     * Builds the request, with the edges in its arrays (16 bytes each).
     *
     * @param order      network order (NE = 4·order, NI = order)
     * @param durationMs simulated time
     * @param seed       seed of the connectivity and of the simulation
     * @param threads    worker threads
     * @return the request, recording all spikes
     * @throws IllegalArgumentException when the order is below 10 or the edges exceed one array
     */
    public static SimulationPlan request(int order, double durationMs, long seed, int threads) {
        PlanEdges drawn = edges(order, seed);
        if (drawn.size() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("order: " + order + " gives " + drawn.size() + " edges, above 2^31");
        }
        int edges = (int) drawn.size();
        int[] sources = new int[edges];
        int[] targets = new int[edges];
        float[] weights = new float[edges];
        float[] delays = new float[edges];
        int e = 0;
        for (PlanEdges.Cursor edge = drawn.edgesTo(0, 5 * order); edge.next(); e++) {
            sources[e] = edge.source();
            targets[e] = edge.target();
            weights[e] = edge.weight();
            delays[e] = edge.delayMs();
        }
        return plan(order, durationMs, seed, threads).edges(sources, targets, weights, delays, null).build();
    }

    /**
     * The request whose edges are drawn when read ({@link #edges(int, long)}): the engine draws them
     * straight into its tables.
     *
     * @param order      network order (NE = 4·order, NI = order)
     * @param durationMs simulated time
     * @param seed       seed of the simulation
     * @param threads    worker threads
     * @return the request, recording all spikes
     * @throws IllegalArgumentException when the order is below 10
     */
    public static SimulationPlan requestWithoutEdges(int order, double durationMs, long seed, int threads) {
        return plan(order, durationMs, seed, threads).edges(edges(order, seed)).build();
    }

    private static SimulationPlan.Builder plan(int order, double durationMs, long seed, int threads) {
        if (order < 10) {
            throw new IllegalArgumentException("order: " + order + "; the network needs order >= 10");
        }
        int ne = 4 * order;
        int ni = order;
        int n = ne + ni;
        Map<String, Double> params = Map.of("C_m", C_MEM, "tau_m", TAU_MEM, "tau_syn_ex", TAU_SYN, "tau_syn_in",
                TAU_SYN, "t_ref", 2.0, "E_L", 0.0, "V_reset", 0.0, "V_m", 0.0, "V_th", THETA);
        int[] all = new int[n];
        java.util.Arrays.setAll(all, i -> i);
        return SimulationPlan.builder()
                .neurons("excitatory", 0, ne, 1, "iaf_psc_alpha", params)
                .neurons("inhibitory", ne, ni, -1, "iaf_psc_alpha", params)
                .stimulus(new SimulationPlan.PoissonInput(all, new double[] {poissonRate(ne / 10)},
                        new double[] {(float) excitatoryWeight()}, DELAY, 0, Double.POSITIVE_INFINITY))
                .recordAllSpikes()
                .duration(durationMs)
                .seed(seed)
                .threads(threads);
    }

    /**
     * The network's edges, drawn target by target: each target draws its CE excitatory then CI
     * inhibitory sources (autapses and multapses allowed, as NEST's fixed_indegree) from a stream of
     * its own, so that the edges of any range of targets can be drawn again, in the same order, at any
     * time and on any thread.
     *
     * @param order network order (NE = 4·order, NI = order)
     * @param seed  seed of the connectivity
     * @return the edges: J_ex from excitatory sources, −g·J_ex from inhibitory ones, delay 1.5 ms
     * @throws IllegalArgumentException when the order is below 10
     */
    public static PlanEdges edges(int order, long seed) {
        if (order < 10) {
            throw new IllegalArgumentException("order: " + order + "; the network needs order >= 10");
        }
        int ne = 4 * order;
        int ce = ne / 10;
        int ci = order / 10;
        long size = (long) (ne + order) * (ce + ci);
        return new PlanEdges() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public List<String> parameterNames() {
                return List.of();
            }

            @Override
            public PlanEdges.Cursor edgesTo(int lo, int hi) {
                return new Drawn(order, seed, lo, hi);
            }

            @Override
            public PlanEdges.Cursor delaySamples() {
                // one delay for every edge
                return new Drawn(order, seed, 0, 1);
            }
        };
    }

    /** The edges of a range of targets, drawn from each target's stream. */
    private static final class Drawn implements PlanEdges.Cursor {
        private final int ne;
        private final int ni;
        private final int ce;
        private final int perTarget;
        private final long seed;
        private final int hi;
        private final float jEx = (float) excitatoryWeight();
        private final float jIn = (float) (-G * excitatoryWeight());
        private int target;
        private int k;
        private int source;
        private SplittableRandom random;

        Drawn(int order, long seed, int lo, int hi) {
            this.ne = 4 * order;
            this.ni = order;
            this.ce = ne / 10;
            this.perTarget = ce + order / 10;
            this.seed = seed;
            this.hi = hi;
            this.target = lo - 1;
            this.k = perTarget;
        }

        @Override
        public boolean next() {
            if (k == perTarget) {
                if (++target >= hi) {
                    return false;
                }
                k = 0;
                random = new SplittableRandom(mix(seed + mix(target + 1)));
            }
            source = k < ce ? random.nextInt(ne) : ne + random.nextInt(ni);
            k++;
            return true;
        }

        @Override
        public int synapseModel() {
            return -1;
        }

        @Override
        public float parameter(int column) {
            return Float.NaN;
        }

        @Override
        public int source() {
            return source;
        }

        @Override
        public int target() {
            return target;
        }

        @Override
        public float weight() {
            return k <= ce ? jEx : jIn;
        }

        @Override
        public float delayMs() {
            return (float) DELAY;
        }

        /** Stafford's variant 13 of the MurmurHash3 finaliser: targets' streams share no values. */
        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
