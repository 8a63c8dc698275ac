package nngt.sim.embedded.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeStatistics;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.embedded.internal.Engine;

/**
 * Times the embedded simulator on NEST's Brunel example. Usage (from the repository root, after
 * {@code ./mvnw -B -o verify -pl bundles/nngt.sim.api,bundles/nngt.sim.embedded}):
 *
 * <pre>
 * java -Xmx2g -cp bundles/nngt.sim.api/target/classes:bundles/nngt.sim.embedded/target/classes \
 *      nngt.sim.embedded.bench.BrunelBenchmark [order=2500] [durationMs=1000] [threads=1] [seed=12345] [edges=arrays]
 * </pre>
 *
 * With {@code edges=arrays} the network is generated into the plan's edge arrays first (NEST's
 * Connect, "generate") and the simulator builds its tables from them; with {@code edges=drawn} each
 * thread builds its tables straight from the generator (no edge array: generating is part of the
 * build). It prints the generation time, the build time (the simulator's prepare), the simulation
 * time, the real-time factor, synaptic events per second per thread, rates and CV per population, the
 * synapse memory and bytes per synapse, and the peak resident memory of the process (VmHWM), also per
 * synapse.
 */
public final class BrunelBenchmark {

    private BrunelBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args order, duration in ms, threads, seed (all optional)
     * @throws IOException when /proc cannot be read
     */
    public static void main(String[] args) throws IOException {
        int order = args.length > 0 ? Integer.parseInt(args[0]) : 2500;
        double duration = args.length > 1 ? Double.parseDouble(args[1]) : 1000.0;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 12345L;
        boolean drawn = args.length > 4 && args[4].equals("drawn");
        long t0 = System.nanoTime();
        SimulationPlan request = drawn ? BrunelNetwork.requestWithoutEdges(order, duration, seed, threads)
                : BrunelNetwork.request(order, duration, seed, threads);
        double generate = (System.nanoTime() - t0) / 1e9;
        Engine engine = (Engine) new EmbeddedSimulator().prepare(request);
        double cpuBefore = processCpuSeconds();
        SimulationResult result = engine.run(ProgressListener.NONE, new CancellationToken());
        double simulateCpu = processCpuSeconds() - cpuBefore;
        int ne = 4 * order;
        double[] rates = SpikeStatistics.groupRatesHz(result, 0, duration);
        double[] cv = SpikeStatistics.cvIsi(result, 0, duration);
        long edges = BrunelNetwork.edges(order, seed).size();
        System.out.printf(Locale.ROOT, "neurons %d, synapses %d, threads %d, %.0f ms at %.1f ms, edges %s%n",
                request.neuronCount(), edges, result.metadata().threads(), duration, request.resolutionMs(),
                drawn ? "drawn into the tables" : "in arrays");
        System.out.printf(Locale.ROOT, "generate %.2f s, build %.2f s, simulate %.2f s, real-time factor %.2f%n",
                generate, result.metadata().buildSeconds(), result.metadata().runSeconds(),
                result.metadata().realTimeFactor());
        // on a shared machine the wall-clock time includes waiting for a core; CPU time does not
        System.out.printf(Locale.ROOT, "simulate CPU time %.2f s (all threads), load average %.2f%n", simulateCpu,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "rate E %.2f Hz, I %.2f Hz; CV E %.3f, I %.3f; spikes %d%n", rates[0],
                rates[1], SpikeStatistics.meanIgnoringNaN(cv, 0, ne), SpikeStatistics.meanIgnoringNaN(cv, ne, order),
                result.totalSpikes());
        // every spike reaches each of its source's out-edges: synaptic events
        double events = (double) result.totalSpikes() * edges / request.neuronCount();
        System.out.printf(Locale.ROOT, "synaptic events %.3g, %.3g per second of simulation per thread (wall)%n", events,
                events / result.metadata().runSeconds() / result.metadata().threads());
        long peak = peakResidentBytes();
        System.out.printf(Locale.ROOT, "synapse tables %.1f MB, %.2f bytes/synapse; peak RSS %.2f GB, %.2f bytes/synapse%n",
                engine.synapseBytes() / 1e6, engine.synapseBytes() / (double) edges, peak / 1e9, peak / (double) edges);
    }

    /** User + system CPU time of the process from /proc/self/stat (Linux clock ticks of 10 ms), NaN elsewhere. */
    private static double processCpuSeconds() throws IOException {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.exists(stat)) {
            return Double.NaN;
        }
        String text = Files.readString(stat);
        // fields after the parenthesised command name; utime and stime are fields 14 and 15
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** The peak resident memory (VmHWM) in bytes, -1 without /proc. */
    private static long peakResidentBytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.trim().split("\\s+")[1]) * 1024;
            }
        }
        return -1;
    }
}
