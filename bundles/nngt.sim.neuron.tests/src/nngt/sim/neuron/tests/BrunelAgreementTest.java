package nngt.sim.neuron.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeStatistics;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.embedded.bench.BrunelNetwork;
import nngt.sim.neuron.NeuronSimulator;

/**
 * NEST's Brunel network (brunel_alpha_nest, the network of examples/brunel.nngt) at order 500 (2,000 excitatory
 * and 500 inhibitory neurons, 625,000 edges, Poisson drive) runs on NEURON with the embedded simulator's
 * population rates within 10 % and mean CV of the inter-spike intervals within 0.05. The inputs are random, so
 * only statistics compare. 300 ms keep the test short; the first 50 ms (the onset) are left out.
 */
class BrunelAgreementTest {

    static final int ORDER = 500;
    static final double DURATION_MS = 300.0;
    static final double FROM_MS = 50.0;

    @Test
    void populationRatesWithinTenPercentAndCvWithinFiveHundredths() {
        NeuronAvailable.assumeInstalled();
        SimulationPlan plan = BrunelNetwork.request(ORDER, DURATION_MS, 12345, 1);
        SimulationResult embedded = Runs.run(new EmbeddedSimulator(), plan);
        SimulationResult neuron = Runs.run(new NeuronSimulator(), plan);
        double[] referenceRates = SpikeStatistics.groupRatesHz(embedded, FROM_MS, DURATION_MS);
        double[] rates = SpikeStatistics.groupRatesHz(neuron, FROM_MS, DURATION_MS);
        double[] referenceCv = groupCv(embedded);
        double[] cv = groupCv(neuron);
        String report = String.format("embedded: exc %.2f Hz CV %.3f, inh %.2f Hz CV %.3f; neuron: exc %.2f Hz CV "
                + "%.3f, inh %.2f Hz CV %.3f; neuron wall %.1f s", referenceRates[0], referenceCv[0], referenceRates[1],
                referenceCv[1], rates[0], cv[0], rates[1], cv[1], neuron.metadata().runSeconds());
        System.out.println(report);
        assertEquals(2, rates.length);
        for (int g = 0; g < 2; g++) {
            assertTrue(referenceRates[g] > 5, "the network fires: " + report);
            assertEquals(referenceRates[g], rates[g], 0.1 * referenceRates[g], "rate of group " + g + ": " + report);
            assertEquals(referenceCv[g], cv[g], 0.05, "CV of group " + g + ": " + report);
        }
    }

    private static double[] groupCv(SimulationResult result) {
        double[] perNeuron = SpikeStatistics.cvIsi(result, FROM_MS, DURATION_MS);
        int excitatory = 4 * ORDER;
        return new double[] {SpikeStatistics.meanIgnoringNaN(perNeuron, 0, excitatory),
            SpikeStatistics.meanIgnoringNaN(perNeuron, excitatory, ORDER)};
    }
}
