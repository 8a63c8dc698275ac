package nngt.sim.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.SimulationPlan.NeuronRange;

/**
 * NEST's {@code izhikevich}: forward Euler at the resolution ({@code consistent_integration = 1}, the
 * default) or the two half steps of Izhikevich (2003) ({@code consistent_integration = 0}, which NEST
 * allows only at h = 1 ms); a weight w (mV) is added to V; V ≥ V_th → V ← c, U ← U + d.
 */
public final class Izhikevich extends NeuronPopulation {

    private static final String[] RECORDABLES = {"V_m", "U_m"};

    private final int[] setOf;
    private final double[] a, b, c, d, iE, vTh, vMin;
    private final boolean[] consistent;
    private final double[] v, u, current;

    /**
     * Creates the neurons.
     *
     * @param range the range
     * @param h     resolution
     * @throws IllegalArgumentException when consistent_integration is 0 at a resolution other than 1 ms
     */
    public Izhikevich(NeuronRange range, double h) {
        super(range.firstId(), range.size(), h);
        ParameterTable t = new ParameterTable(range, defaults(), Map.of("V_m", -65.0, "U_m", Double.NaN));
        int sets = t.setCount();
        a = new double[sets]; b = new double[sets]; c = new double[sets]; d = new double[sets];
        iE = new double[sets]; vTh = new double[sets]; vMin = new double[sets]; consistent = new boolean[sets];
        for (int s = 0; s < sets; s++) {
            a[s] = t.get(s, "a");
            b[s] = t.get(s, "b");
            c[s] = t.get(s, "c");
            d[s] = t.get(s, "d");
            iE[s] = t.get(s, "I_e");
            vTh[s] = t.get(s, "V_th");
            vMin[s] = t.get(s, "V_min");
            consistent[s] = t.get(s, "consistent_integration") != 0;
            t.require(consistent[s] || Math.abs(h - 1.0) < 1e-12, "consistent_integration", 0,
                    "the Izhikevich (2003) scheme needs a resolution of 1.0 ms, not " + h);
        }
        setOf = t.setOfNeuron();
        v = new double[size];
        u = new double[size];
        current = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = t.state("V_m", i, -65.0);
            // NEST sets U_m = b V_m once, with the default b and V_m, and never recomputes it
            u[i] = t.state("U_m", i, 0.2 * -65.0);
        }
    }

    /** @return the parameter names with NEST's defaults */
    static LinkedHashMap<String, Double> defaults() {
        LinkedHashMap<String, Double> p = new LinkedHashMap<>();
        p.put("a", 0.02);
        p.put("b", 0.2);
        p.put("c", -65.0);
        p.put("d", 8.0);
        p.put("I_e", 0.0);
        p.put("V_th", 30.0);
        p.put("V_min", -Double.MAX_VALUE);
        p.put("consistent_integration", 1.0);
        return CommonParameters.withArchiving(p);
    }

    @Override
    public void update(int from, int to, int step, double[] ex, double[] in, int slotBase, double[] stim,
            long[] rng, SpikeBuffer spikes) {
        for (int id = from; id < to; id++) {
            int i = id - firstId;
            int s = setOf[i];
            double input = ex[slotBase + id] + in[slotBase + id];
            if (consistent[s]) {
                double vOld = v[i];
                double uOld = u[i];
                v[i] += h * (0.04 * vOld * vOld + 5.0 * vOld + 140.0 - uOld + current[i] + iE[s]) + input;
                u[i] += h * a[s] * (b[s] * vOld - uOld);
            } else {
                double drive = 140.0 - u[i] + current[i] + iE[s];
                v[i] += 0.5 * h * (0.04 * v[i] * v[i] + 5.0 * v[i] + drive) + 0.5 * input;
                v[i] += 0.5 * h * (0.04 * v[i] * v[i] + 5.0 * v[i] + drive) + 0.5 * input;
                u[i] += h * a[s] * (b[s] * v[i] - u[i]);
            }
            v[i] = v[i] < vMin[s] ? vMin[s] : v[i];
            if (v[i] >= vTh[s]) {
                v[i] = c[s];
                u[i] += d[s];
                spikes.add(id, step);
            }
            current[i] = stim[id];
        }
    }

    @Override
    public String[] recordables() {
        return RECORDABLES.clone();
    }

    @Override
    public double recordable(int which, int neuron) {
        int i = neuron - firstId;
        return which == 0 ? v[i] : u[i];
    }
}
