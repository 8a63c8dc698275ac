package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;

/**
 * stdp_synapse against NEST's update rule, written out independently here: a parrot relays a regular
 * presynaptic train; the postsynaptic iaf_psc_exp neuron fires regularly under I_e (tiny weights keep
 * its spike times at the closed form); the transmitted efficacies are read from I_syn_ex jumps.
 */
class StdpSynapseTest {

    private static final double W_MAX = 2.0;
    private static final double LAMBDA = 0.1;
    private static final double TAU_PLUS = 20.0;
    private static final double TAU_MINUS = 20.0;
    private static final double DELAY = 1.0;

    @Test
    void weightsFollowNestsPairBasedRule() {
        double[] generator = {9, 19, 29, 39, 49, 59, 69};
        SimulationPlan request = SimulationPlan.builder()
                .neurons("pre", 0, 1, 1, "parrot_neuron", Map.of())
                .neurons("post", 1, 1, 1, "iaf_psc_exp", Map.of("I_e", 500.0))
                .synapseModel(new SimulationPlan.SynapseModel("stdp_synapse",
                        Map.of("Wmax", W_MAX, "lambda", LAMBDA, "tau_plus", TAU_PLUS)))
                .edges(new int[] {0}, new int[] {1}, new float[] {1.0f}, new float[] {(float) DELAY}, new int[] {0})
                .stimulus(new SimulationPlan.SpikeTrainInput(new int[] {0}, generator, 1.0, 1.0))
                .multimeter(new SimulationPlan.Multimeter(new int[] {1}, List.of("I_syn_ex"), Sim.H))
                .recordSpikes(0, 1)
                .duration(80.0).build();
        SimulationResult result = Sim.run(request);
        double[] post = result.spikeTimes(1);
        assertArrayEquals(new double[] {13.9, 29.8, 45.7, 61.6, 77.5}, post, 1e-9, "post spikes at the closed form");
        double[] pre = result.spikeTimes(0);
        double[] current = Sim.trace(result, "I_syn_ex").values();
        double decay = Math.exp(-Sim.H / 2.0);
        double w = 1.0;
        double kPlus = 0;
        double tLast = 0;
        boolean changed = false;
        for (double t : pre) {
            for (double tPost : post) {
                if (tPost > tLast - DELAY && tPost <= t - DELAY) {
                    double kp = kPlus * Math.exp((tLast - (tPost + DELAY)) / TAU_PLUS);
                    w = Math.min(1.0, w / W_MAX + LAMBDA * (1 - w / W_MAX) * kp) * W_MAX;
                }
            }
            double kMinus = 0;
            for (double tPost : post) {
                if (tPost < t - DELAY) {
                    kMinus += Math.exp(-(t - DELAY - tPost) / TAU_MINUS);
                }
            }
            w = Math.max(0.0, w / W_MAX - LAMBDA * (w / W_MAX) * kMinus) * W_MAX;
            int arrival = Sim.sampleAt(t + DELAY);
            double delivered = current[arrival] - current[arrival - 1] * decay;
            assertEquals(w, delivered, 1e-9, "efficacy of the presynaptic spike at " + t);
            changed |= Math.abs(w - 1.0) > 1e-3;
            kPlus = kPlus * Math.exp((tLast - t) / TAU_PLUS) + 1;
            tLast = t;
        }
        assertTrue(changed, "the weight changed");
    }
}
