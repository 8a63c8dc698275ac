package nngt.sim.embedded.bench;

import java.util.Map;
import java.util.SplittableRandom;

import nngt.sim.api.SimulationPlan;

/**
 * NEST's {@code brunel_alpha_nest.py}: NE = 4·order excitatory and NI = order inhibitory
 * {@code iaf_psc_alpha} neurons (C_m 250 pF, tau_m 20 ms, tau_syn 0.5 ms, t_ref 2 ms, E_L = V_reset =
 * V_m = 0, V_th 20 mV), in-degree CE = 10 % of NE from excitatory and CI = 10 % of NI from inhibitory
 * neurons (autapses and multapses allowed, as NEST's fixed_indegree), J = 0.1 mV turned into a PSC
 * amplitude with the example's PSP normalisation, g = 5, eta = 2, delay 1.5 ms, and an independent
 * Poisson drive of rate {@code eta·nu_th·CE} per neuron.
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
     * Builds the request.
     *
     * @param order      network order (NE = 4·order, NI = order)
     * @param durationMs simulated time
     * @param seed       seed of the connectivity and of the simulation
     * @param threads    worker threads
     * @return the request, recording all spikes
     * @throws IllegalArgumentException when the order is below 10
     */
    public static SimulationPlan request(int order, double durationMs, long seed, int threads) {
        if (order < 10) {
            throw new IllegalArgumentException("order: " + order + "; the network needs order >= 10");
        }
        int ne = 4 * order;
        int ni = order;
        int ce = ne / 10;
        int ci = ni / 10;
        int n = ne + ni;
        long edgeCount = (long) n * (ce + ci);
        if (edgeCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("order: " + order + " gives " + edgeCount + " edges, above 2^31");
        }
        int edges = (int) edgeCount;
        int[] sources = new int[edges];
        int[] targets = new int[edges];
        float[] weights = new float[edges];
        float[] delays = new float[edges];
        float jEx = (float) excitatoryWeight();
        float jIn = (float) (-G * excitatoryWeight());
        SplittableRandom random = new SplittableRandom(seed);
        int e = 0;
        for (int target = 0; target < n; target++) {
            for (int k = 0; k < ce; k++) {
                sources[e] = random.nextInt(ne);
                targets[e] = target;
                weights[e] = jEx;
                delays[e++] = (float) DELAY;
            }
            for (int k = 0; k < ci; k++) {
                sources[e] = ne + random.nextInt(ni);
                targets[e] = target;
                weights[e] = jIn;
                delays[e++] = (float) DELAY;
            }
        }
        Map<String, Double> params = Map.of("C_m", C_MEM, "tau_m", TAU_MEM, "tau_syn_ex", TAU_SYN, "tau_syn_in",
                TAU_SYN, "t_ref", 2.0, "E_L", 0.0, "V_reset", 0.0, "V_m", 0.0, "V_th", THETA);
        int[] all = new int[n];
        java.util.Arrays.setAll(all, i -> i);
        return SimulationPlan.builder()
                .neurons("excitatory", 0, ne, 1, "iaf_psc_alpha", params)
                .neurons("inhibitory", ne, ni, -1, "iaf_psc_alpha", params)
                .edges(sources, targets, weights, delays, null)
                .stimulus(new SimulationPlan.PoissonInput(all, new double[] {poissonRate(ce)},
                        new double[] {jEx}, DELAY, 0, Double.POSITIVE_INFINITY))
                .recordAllSpikes()
                .duration(durationMs)
                .seed(seed)
                .threads(threads)
                .build();
    }
}
