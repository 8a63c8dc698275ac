package nngt.sim.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeStatistics;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.embedded.bench.BrunelNetwork;
import nngt.sim.embedded.internal.Engine;

/**
 * NEST's brunel_alpha_nest example at order 500 (2,500 neurons, 1 s): NEST 3.10 gives about 50 Hz in
 * both populations and a mean CV of ISI of about 0.09. Required: rates within 10 %, CV within 0.05.
 */
class BrunelNetworkTest {

    @Test
    void order500MatchesNestRatesAndIrregularity() {
        SimulationResult result = Sim.run(BrunelNetwork.request(500, 1000.0, 12345, 2));
        double[] groupRates = SpikeStatistics.groupRatesHz(result, 0, 1000.0);
        double[] cv = SpikeStatistics.cvIsi(result, 0, 1000.0);
        assertEquals(50.0, groupRates[0], 5.0, "excitatory rate (Hz)");
        assertEquals(50.0, groupRates[1], 5.0, "inhibitory rate (Hz)");
        assertEquals(0.09, SpikeStatistics.meanIgnoringNaN(cv, 0, 2000), 0.05, "excitatory CV of ISI");
        assertEquals(0.09, SpikeStatistics.meanIgnoringNaN(cv, 2000, 500), 0.05, "inhibitory CV of ISI");
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        SimulationResult one = Sim.run(BrunelNetwork.request(100, 300.0, 7, 1));
        SimulationResult three = Sim.run(BrunelNetwork.request(100, 300.0, 7, 3));
        assertEquals(3, three.metadata().threads());
        assertArrayEquals(one.spikeOffsets(), three.spikeOffsets());
        assertArrayEquals(one.rawSpikeTimes(), three.rawSpikeTimes());
        SimulationResult otherSeed = Sim.run(BrunelNetwork.request(100, 300.0, 8, 1));
        assertEquals(false, java.util.Arrays.equals(one.rawSpikeTimes(), otherSeed.rawSpikeTimes()),
                "another seed gives another network and drive");
    }

    @Test
    void tablesDrawnFromTheGeneratorAreTheTablesOfTheArrays() {
        // each thread draws the edges of its own targets into its tables: no edge array exists, and the
        // network, the tables and the spikes are those of the arrays
        for (int threads : new int[] {1, 2, 3}) {
            Engine fromArrays = (Engine) new EmbeddedSimulator().prepare(BrunelNetwork.request(100, 200.0, 9, threads));
            Engine drawn = (Engine) new EmbeddedSimulator().prepare(BrunelNetwork.requestWithoutEdges(100, 200.0, 9,
                    threads));
            assertEquals(fromArrays.synapseBytes(), drawn.synapseBytes());
            SimulationResult expected = fromArrays.run(ProgressListener.NONE, new CancellationToken());
            SimulationResult actual = drawn.run(ProgressListener.NONE, new CancellationToken());
            assertTrue(expected.totalSpikes() > 1000, "the network fires: " + expected.totalSpikes());
            assertArrayEquals(expected.spikeOffsets(), actual.spikeOffsets());
            assertArrayEquals(expected.rawSpikeTimes(), actual.rawSpikeTimes());
        }
        assertEquals(500L * (40 + 10), BrunelNetwork.edges(100, 9).size());
    }

    @Test
    void pspNormalisationReproducesNestsExampleConstants() {
        // J = 0.1 mV with tau_m 20 ms, C_m 250 pF, tau_syn 0.5 ms → J_ex ≈ 20.68 pA (brunel_alpha_nest)
        assertEquals(20.680, BrunelNetwork.excitatoryWeight(), 1e-3);
        double w = BrunelNetwork.lambertWm1(-0.2);
        assertEquals(-0.2, w * Math.exp(w), 1e-14);
    }
}
