package nngt.sim.neuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Trace;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.neuron.NeuronSimulator;

/**
 * Every supported cell, alone under a constant current for 1 s, fires as on the embedded simulator (NEST's
 * equations): the same number of spikes and the mean inter-spike interval within 1 %. All cells share one plan,
 * so that Python and NEURON start once.
 */
class DcAgreementTest {

    /** NEST model and a current (pA) that makes it fire regularly, well above its rheobase. */
    static final List<Map.Entry<String, Double>> CELLS = List.of(Map.entry("iaf_psc_alpha", 450.0),
            Map.entry("iaf_psc_exp", 450.0), Map.entry("iaf_cond_exp", 350.0), Map.entry("iaf_cond_alpha", 350.0),
            Map.entry("izhikevich", 10.0));

    private static SimulationResult neuron;
    private static SimulationResult embedded;

    @BeforeAll
    static void runBoth() {
        NeuronAvailable.assumeInstalled();
        SimulationPlan plan = plan();
        embedded = Runs.run(new EmbeddedSimulator(), plan);
        neuron = Runs.run(new NeuronSimulator(), plan);
    }

    static SimulationPlan plan() {
        SimulationPlan.Builder builder = SimulationPlan.builder().name("dc").resolution(0.1).duration(1000.0);
        for (int i = 0; i < CELLS.size(); i++) {
            builder.neurons(CELLS.get(i).getKey(), i, 1, 1, CELLS.get(i).getKey(), Map.of());
            builder.stimulus(new SimulationPlan.DcInput(new int[] {i}, CELLS.get(i).getValue(), 0.0,
                    Double.POSITIVE_INFINITY));
        }
        // V_m of the current-based and the conductance-based leaky integrator, every step
        builder.multimeter(new SimulationPlan.Multimeter(new int[] {0, 2}, List.of("V_m"), 0.1));
        return builder.recordAllSpikes().build();
    }

    @Test
    void everyCellFiresTheSameSpikeCountWithTheMeanIntervalWithinOnePercent() {
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < CELLS.size(); i++) {
            double[] reference = embedded.spikeTimes(i);
            double[] times = neuron.spikeTimes(i);
            report.append(String.format("%s: embedded %d spikes, mean ISI %.3f ms; neuron %d spikes, mean ISI %.3f ms%n",
                    CELLS.get(i).getKey(), reference.length, meanInterval(reference), times.length,
                    meanInterval(times)));
        }
        System.out.print(report);
        for (int i = 0; i < CELLS.size(); i++) {
            double[] reference = embedded.spikeTimes(i);
            double[] times = neuron.spikeTimes(i);
            assertTrue(reference.length >= 5, CELLS.get(i).getKey() + " fires regularly on the embedded simulator");
            assertEquals(reference.length, times.length, CELLS.get(i).getKey() + " spike count\n" + report);
            assertEquals(meanInterval(reference), meanInterval(times), 0.01 * meanInterval(reference),
                    CELLS.get(i).getKey() + " mean inter-spike interval\n" + report);
        }
    }

    @Test
    void theLeakyIntegratorsSpikeInTheSameStepsAsNest() {
        for (int i = 0; i < 4; i++) {
            double[] reference = embedded.spikeTimes(i);
            double[] times = neuron.spikeTimes(i);
            assertEquals(reference.length, times.length, CELLS.get(i).getKey());
            for (int k = 0; k < times.length; k++) {
                assertEquals(reference[k], times[k], 1e-6, CELLS.get(i).getKey() + " spike " + k);
            }
        }
    }

    @Test
    void theMembranePotentialFollowsNestsBeforeTheFirstSpike() {
        for (int neuronId : new int[] {0, 2}) {
            Trace reference = trace(embedded, neuronId);
            Trace trace = trace(neuron, neuronId);
            assertEquals(reference.timesMs().length, trace.timesMs().length);
            assertEquals(0.1, trace.timesMs()[0], 1e-12, "NEST's first sample is after one step");
            double worst = 0;
            // the current reaches the neuron after the device delay; the first spike is at 19.1 ms
            for (int k = 0; trace.timesMs()[k] < 19.0; k++) {
                worst = Math.max(worst, Math.abs(reference.values()[k] - trace.values()[k]));
            }
            assertTrue(worst < 0.01, CELLS.get(neuronId).getKey() + ": largest V_m difference " + worst + " mV");
        }
    }

    private static Trace trace(SimulationResult result, int neuronId) {
        return result.traces().stream().filter(t -> t.neuron() == neuronId && t.recordable().equals("V_m"))
                .findFirst().orElseThrow();
    }

    static double meanInterval(double[] times) {
        return times.length < 2 ? Double.NaN : (times[times.length - 1] - times[0]) / (times.length - 1);
    }
}
