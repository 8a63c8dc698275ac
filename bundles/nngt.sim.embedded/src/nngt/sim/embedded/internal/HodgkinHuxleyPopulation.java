package nngt.sim.embedded.internal;

import java.util.Arrays;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * What NEST's Hodgkin–Huxley models share: a state vector per neuron integrated with {@link Rkf45} at NEST's
 * tolerance for these models (1e-3) over each step, the spike inputs of the step added after the integration, and
 * a spike emitted at the end of a step, outside refractoriness (which only suppresses detection), when V is at or
 * above the model's threshold and fell during the step (just past the action potential's peak); V is not reset.
 * Subclasses give the right-hand side, how inputs enter the state, the threshold and the recordables.
 */
abstract class HodgkinHuxleyPopulation extends NeuronPopulation {

    /** NEST's integration tolerance for its Hodgkin–Huxley models. */
    private static final double TOLERANCE = 1e-3;
    /** The indices of the membrane potential and the gating variables m, h and n in the state vector. */
    protected static final int V = 0, M = 1, H = 2, N = 3;

    private final int dimension;
    private final String[] recordables;
    private final int[] recordedIndex;
    /** The state vectors, {@code dimension} values per neuron. */
    protected final double[] state;
    /** The stimulation current (pA) of the step being integrated, per neuron. */
    protected final double[] iStim;
    private final double[] integrationStep;
    private final int[] r;
    /** The parameter set of each neuron; the arrays below hold one value per set. */
    protected final int[] setOf;
    /** Membrane capacitance (pF), constant input current (pA), synaptic time constants (ms). */
    protected final double[] cM, iE, tauEx, tauIn;
    private final double[] gNa, gK, gL, eNa, eK, eL;
    private final int[] refractoryCounts;

    /**
     * Creates the population's arrays and reads the parameters every Hodgkin–Huxley model of NEST has, with NEST's
     * constraints on them.
     *
     * @param range         the range
     * @param h             resolution
     * @param dimension     the size of a neuron's state vector
     * @param recordables   the recordable names
     * @param recordedIndex the state index each recordable reads
     * @param t             the neurons' parameters
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    protected HodgkinHuxleyPopulation(NeuronRange range, double h, int dimension, String[] recordables,
            int[] recordedIndex, ParameterTable t) {
        super(range.firstId(), range.size(), h);
        this.dimension = dimension;
        this.recordables = recordables;
        this.recordedIndex = recordedIndex;
        state = new double[size * dimension];
        iStim = new double[size];
        integrationStep = new double[size];
        Arrays.fill(integrationStep, h);
        r = new int[size];
        int sets = t.setCount();
        cM = new double[sets]; gNa = new double[sets]; gK = new double[sets]; gL = new double[sets];
        eNa = new double[sets]; eK = new double[sets]; eL = new double[sets]; tauEx = new double[sets];
        tauIn = new double[sets]; iE = new double[sets]; refractoryCounts = new int[sets];
        for (int s = 0; s < sets; s++) {
            cM[s] = t.get(s, "C_m");
            gNa[s] = t.get(s, "g_Na");
            gK[s] = t.get(s, "g_K");
            gL[s] = t.get(s, "g_L");
            eNa[s] = t.get(s, "E_Na");
            eK[s] = t.get(s, "E_K");
            eL[s] = t.get(s, "E_L");
            tauEx[s] = t.get(s, "tau_syn_ex");
            tauIn[s] = t.get(s, "tau_syn_in");
            iE[s] = t.get(s, "I_e");
            double tRef = t.get(s, "t_ref");
            t.require(cM[s] > 0, "C_m", cM[s], "it must be > 0");
            t.require(tRef >= 0, "t_ref", tRef, "it must be >= 0");
            t.require(tauEx[s] > 0, "tau_syn_ex", tauEx[s], "it must be > 0");
            t.require(tauIn[s] > 0, "tau_syn_in", tauIn[s], "it must be > 0");
            t.require(gNa[s] >= 0 && gK[s] >= 0 && gL[s] >= 0, "g_Na/g_K/g_L", Math.min(gNa[s], Math.min(gK[s],
                    gL[s])), "conductances must be >= 0");
            refractoryCounts[s] = steps(tRef, h);
        }
        setOf = t.setOfNeuron();
    }

    /**
     * The sodium, potassium and leak currents together (pA), the part of the membrane equation every
     * Hodgkin–Huxley model of NEST shares.
     *
     * @param s the neuron's parameter set
     * @param y its state
     * @return g_Na m³h (V − E_Na) + g_K n⁴ (V − E_K) + g_L (V − E_L)
     */
    protected final double ionicCurrents(int s, double[] y) {
        double v = y[V];
        double m = y[M];
        double n = y[N];
        return gNa[s] * m * m * m * y[H] * (v - eNa[s]) + gK[s] * n * n * n * n * (v - eK[s]) + gL[s] * (v - eL[s]);
    }

    /**
     * The right-hand side for one neuron.
     *
     * @param neuron the neuron's index in the range
     * @param y      its state
     * @param f      receives dy/dt
     */
    protected abstract void derivatives(int neuron, double[] y, double[] f);

    /**
     * Adds the spike inputs of a step to a neuron's state, after the step's integration.
     *
     * @param neuron     the neuron's index in the range
     * @param y          its state
     * @param excitatory the summed excitatory weights (positive)
     * @param inhibitory the summed inhibitory weights (negative, NEST's sign)
     */
    protected abstract void addSpikeInputs(int neuron, double[] y, double excitatory, double inhibitory);

    /**
     * @param neuron the neuron's index in the range
     * @return the membrane potential at or above which a falling V is a spike (mV)
     */
    protected abstract double spikeThreshold(int neuron);

    /**
     * @param neuron the neuron's index in the range
     * @return its refractory period in steps
     */
    private int refractorySteps(int neuron) {
        return refractoryCounts[setOf[neuron]];
    }

    @Override
    public final void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        double[] y = new double[dimension];
        double[] proposal = new double[1];
        Rkf45 integrator = new Rkf45(dimension, TOLERANCE);
        int[] current = new int[1];
        Rkf45.OdeSystem system = (values, f) -> derivatives(current[0], values, f);
        for (int id = from; id < to; id++) {
            int i = id - firstId;
            current[0] = i;
            System.arraycopy(state, i * dimension, y, 0, dimension);
            double vOld = y[V];
            proposal[0] = integrationStep[i];
            integrator.advanceOver(system, y, proposal, h);
            integrationStep[i] = proposal[0];
            addSpikeInputs(i, y, ex[slotBase + id], in[slotBase + id]);
            System.arraycopy(y, 0, state, i * dimension, dimension);
            if (r[i] > 0) {
                r[i]--;
            } else if (y[V] >= spikeThreshold(i) && vOld > y[V]) {
                r[i] = refractorySteps(i);
                spikes.add(id, step);
            }
            iStim[i] = stim[id];
        }
    }

    @Override
    public final String[] recordables() {
        return recordables.clone();
    }

    @Override
    public final double recordable(int which, int neuron) {
        return state[(neuron - firstId) * dimension + recordedIndex[which]];
    }
}
