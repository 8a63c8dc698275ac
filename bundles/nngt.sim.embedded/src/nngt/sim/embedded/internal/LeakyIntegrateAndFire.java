package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * What NEST's current-based leaky integrate-and-fire models share: the membrane parameters ({@code C_m},
 * {@code tau_m}, {@code t_ref}, {@code E_L}, {@code V_th}, {@code V_reset}, {@code I_e} and, where the model
 * has it, {@code V_min}) checked against NEST's constraints, and the state every one of them keeps: the
 * membrane potential relative to {@code E_L}, the refractory countdown and the stimulation current taken at
 * the end of the previous step. The update loops stay in the subclasses, one tight loop per model over
 * primitive arrays, so that the JIT compiles each without a call per neuron.
 */
abstract class LeakyIntegrateAndFire extends NeuronPopulation {

    /** The parameter sets of the range; subclasses read their own parameters from it. */
    protected final ParameterTable parameters;
    /** Parameter set of each neuron, by index in the range. */
    protected final int[] setOf;
    /** Per set: {@code C_m} (pF) and {@code tau_m} (ms). */
    protected final double[] capacitance, tauM;
    /** Per set, relative to {@code E_L} (mV): threshold, reset and lower bound of the membrane potential. */
    protected final double[] theta, vReset, vMin;
    /** Per set: {@code I_e} (pA) and {@code E_L} (mV). */
    protected final double[] iE, eL;
    /** Per set: {@code t_ref} in steps. */
    protected final int[] refractoryCounts;
    /** Per neuron: membrane potential relative to {@code E_L} (mV). */
    protected final double[] v;
    /** Per neuron: the devices' current (pA) that applies during the next step. */
    protected final double[] stimulus;
    /** Per neuron: refractory steps left. */
    protected final int[] refractory;

    /**
     * Reads and checks the membrane parameters and sets the initial state: {@code V_m} as given, else NEST's
     * initial value, the model's default {@code E_L} (-70 mV) whatever {@code E_L} is set to, since NEST keeps the
     * absolute membrane potential when only {@code E_L} changes.
     *
     * @param range    the neurons and the parameters the model sets
     * @param h        resolution in ms
     * @param defaults the model's parameter names with NEST's defaults
     * @throws IllegalArgumentException when a parameter violates NEST's constraints
     */
    protected LeakyIntegrateAndFire(NeuronRange range, double h, LinkedHashMap<String, Double> defaults) {
        super(range.firstId(), range.size(), h);
        parameters = new ParameterTable(range, defaults, Map.of("V_m", Double.NaN));
        int sets = parameters.setCount();
        capacitance = new double[sets]; tauM = new double[sets]; theta = new double[sets];
        vReset = new double[sets]; vMin = new double[sets]; iE = new double[sets]; eL = new double[sets];
        refractoryCounts = new int[sets];
        boolean bounded = defaults.containsKey("V_min");
        for (int s = 0; s < sets; s++) {
            capacitance[s] = positive(s, "C_m");
            tauM[s] = positive(s, "tau_m");
            double tRef = parameters.get(s, "t_ref");
            parameters.require(tRef >= 0, "t_ref", tRef, "it must be >= 0");
            double threshold = parameters.get(s, "V_th");
            double reset = parameters.get(s, "V_reset");
            parameters.require(reset < threshold, "V_reset", reset, "it must be below V_th = " + threshold);
            eL[s] = parameters.get(s, "E_L");
            theta[s] = threshold - eL[s];
            vReset[s] = reset - eL[s];
            vMin[s] = bounded ? parameters.get(s, "V_min") - eL[s] : Double.NEGATIVE_INFINITY;
            iE[s] = parameters.get(s, "I_e");
            refractoryCounts[s] = steps(tRef, h);
        }
        setOf = parameters.setOfNeuron();
        v = new double[size];
        stimulus = new double[size];
        refractory = new int[size];
        for (int i = 0; i < size; i++) {
            v[i] = parameters.state("V_m", i, defaults.get("E_L")) - eL[setOf[i]];
        }
    }

    /**
     * A parameter that NEST requires to be strictly positive, such as a time constant.
     *
     * @param set  the parameter set
     * @param name the parameter
     * @return its value
     * @throws IllegalArgumentException when it is not positive
     */
    protected final double positive(int set, String name) {
        double value = parameters.get(set, name);
        parameters.require(value > 0, name, value, "it must be > 0");
        return value;
    }

    /**
     * @param neuron the NNGT id
     * @return its membrane potential in mV
     */
    protected final double membranePotential(int neuron) {
        int i = neuron - firstId;
        return v[i] + eL[setOf[i]];
    }
}
