package nngt.sim.brian2.tests;

import java.util.Locale;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.analysis.SpikeStatistics;
import nngt.sim.brian2.Brian2Simulator;
import nngt.sim.embedded.EmbeddedSimulator;

/**
 * Times the {@link AeifNetwork} on the Brian2 backend and on the embedded simulator and prints both
 * group rates: the cost of the aeif models' 0.01 ms internal clock under numpy code generation, and the
 * rate agreement. Arguments: simulated time in ms (default 200), seed (default 3).
 */
public final class Brian2AeifNetworkBenchmark {

    private Brian2AeifNetworkBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args optional duration (ms) and seed
     */
    public static void main(String[] args) {
        double duration = args.length > 0 ? Double.parseDouble(args[0]) : 200.0;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 3;
        for (Simulator simulator : new Simulator[] {new EmbeddedSimulator(), new Brian2Simulator()}) {
            long start = System.nanoTime();
            SimulationResult result;
            try (PreparedSimulation prepared = simulator.prepare(AeifNetwork.request(duration, seed))) {
                result = prepared.run(ProgressListener.NONE, new CancellationToken());
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double[] rates = SpikeStatistics.groupRatesHz(result, 0, duration);
            System.out.println(String.format(Locale.ROOT, "%-9s wall %7.2f s  run %7.2f s  rates E %.2f Hz, I %.2f Hz",
                    simulator.id(), wall, result.metadata().runSeconds(), rates[0], rates[1]));
        }
    }
}
