package nngt.workbench.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

import nngt.dsl.NngtLanguage;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.Network;
import nngt.model.api.Units;
import nngt.model.Unit;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulators;
import nngt.workbench.ui.diagram.NetworkDiagram;
import nngt.workbench.ui.views.NetworkStatistics;
import nngt.workbench.ui.views.RasterBins;
import nngt.workbench.ui.views.RasterImage;

/**
 * Times what the "NNGT Network Diagram", "NNGT Network Statistics" and "NNGT Results" views compute for a model:
 * parsing and validating it (where both the diagram and the statistics start), the diagram read from the model,
 * building the network, the network statistics (degree histograms, edges and mean weights per group pair), and
 * for a simulated run the binning of all spikes into raster pixels and the rendering of those pixels. Runs on a
 * plain class path (the command line's jars, this bundle's classes and SWT's jar); no display is needed.
 *
 * <pre>
 * java -cp ... nngt.workbench.ui.bench.ViewsBenchmark MODEL.nngt [SIMULATED_MS] [WIDTH] [HEIGHT] [REPEATS]
 * </pre>
 *
 * A simulated time of 0 skips the simulation and the raster steps.
 */
public final class ViewsBenchmark {

    private static final int DEFAULT_WIDTH = 1200;
    private static final int DEFAULT_HEIGHT = 700;
    private static final int DEFAULT_REPEATS = 21;

    private ViewsBenchmark() {
    }

    /**
     * Runs the benchmark and prints one line per measurement (median over the repeats).
     *
     * @param args model file, then optionally simulated ms (default the model's), plot width, height, repeats
     * @throws Exception when the model cannot be read or simulated
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("args: give MODEL.nngt [SIMULATED_MS] [WIDTH] [HEIGHT] [REPEATS]");
        }
        int width = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_WIDTH;
        int height = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_HEIGHT;
        int repeats = args.length > 4 ? Integer.parseInt(args[4]) : DEFAULT_REPEATS;
        NngtLanguage language = NngtLanguage.standalone();
        String text = Files.readString(Path.of(args[0]));
        String name = Path.of(args[0]).getFileName().toString();
        double[] parsing = new double[repeats];
        NngtLanguage.LoadResult loaded = null;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            loaded = language.parse(text, name);
            parsing[r] = seconds(start);
        }
        if (loaded.hasErrors()) {
            throw new IllegalArgumentException("args[0]: " + args[0] + " has errors: " + loaded.diagnostics());
        }
        report("parse and validate (diagram and statistics)", median(parsing), "");
        Network network = loaded.network();
        double[] diagram = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            NetworkDiagram.of(network);
            diagram[r] = seconds(start);
        }
        report("diagram read from the model", median(diagram), "");
        double simulatedMs = args.length > 1 ? Double.parseDouble(args[1]) : -1;
        if (simulatedMs > 0) {
            network.getSimulation().setDuration(Units.quantity(simulatedMs, Unit.MILLISECOND));
        }
        double[] building = new double[Math.min(repeats, 5)];
        NetworkInstance instance = null;
        for (int r = 0; r < building.length; r++) {
            instance = null; // the last network's edges may be freed while the next is built
            long start = System.nanoTime();
            instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
            building[r] = seconds(start);
        }
        report("instantiate (statistics)", median(building), instance.neuronCount() + " neurons, "
                + instance.edgeCount() + " edges");

        double[] statistics = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            NetworkStatistics.of(null, network.getName(), instance);
            statistics[r] = seconds(start);
        }
        report("network statistics (histograms, group pairs)", median(statistics), "");
        if (simulatedMs == 0) {
            return;
        }

        long start = System.nanoTime();
        SimulationResult result;
        try (PreparedSimulation prepared = Simulators.byId("embedded", ViewsBenchmark.class.getClassLoader())
                .prepare(SimulationPlanBuilder.build(network, instance))) {
            result = prepared.run(ProgressListener.NONE, new CancellationToken());
        }
        report("simulate on embedded (not a view step)", seconds(start), result.totalSpikes() + " spikes in "
                + result.metadata().durationMs() + " ms");

        double[] binning = new double[repeats];
        double[] rendering = new double[repeats];
        RasterBins bins = null;
        for (int r = 0; r < repeats; r++) {
            start = System.nanoTime();
            bins = RasterBins.of(result, width, height);
            binning[r] = seconds(start);
            start = System.nanoTime();
            RasterImage.render(bins, new RGB(255, 255, 255));
            rendering[r] = seconds(start);
        }
        report("raster binning " + width + "x" + height, median(binning), bins.totalSpikes() + " spikes binned");
        report("raster rendering " + width + "x" + height, median(rendering), "");
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void report(String what, double seconds, String detail) {
        System.out.printf(Locale.ROOT, "%-46s %9.1f ms  %s%n", what, seconds * 1000, detail);
    }
}
