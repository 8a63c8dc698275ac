package nngt.graph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.io.GraphData;
import nngt.graph.io.GraphFiles;
import nngt.graph.tests.Models;
import nngt.model.Unit;

/**
 * Measures writing and reading the network of {@code examples/brunel.nngt} (NEST's Brunel network at
 * order 2,500: 12,500 neurons, 15.6 M edges with weight and delay) in every graph format: {@link GraphFiles#save} from the instance's columns, and
 * {@link GraphFiles#load} of the text formats ({@code .el}, {@code .nn}). Best of the repetitions, with
 * the file size, the throughput and the load average; the files go to the folder given (the disk
 * measured) and are deleted at the end.
 *
 * <p>Run (after {@code ./mvnw -o verify} of nngt.graph.tests), from the repository root:
 * <pre>
 * java -Xmx6g -cp "bundles/nngt.graph.tests/target/classes:bundles/nngt.graph/target/classes:bundles/nngt.model/target/classes:bundles/nngt.catalog/target/classes:$HOME/.m2/repository/org/eclipse/emf/org.eclipse.emf.ecore/2.37.0/org.eclipse.emf.ecore-2.37.0.jar:$HOME/.m2/repository/org/eclipse/emf/org.eclipse.emf.common/2.31.0/org.eclipse.emf.common-2.31.0.jar:$HOME/.m2/repository/org/jgrapht/jgrapht-core/1.5.2/jgrapht-core-1.5.2.jar:$HOME/.m2/repository/org/jgrapht/jgrapht-io/1.5.2/jgrapht-io-1.5.2.jar" nngt.graph.bench.FileBenchmark FOLDER [repetitions [formats]]
 * </pre>
 * Formats default to {@code el,nn,graphml,gml}.
 */
public final class FileBenchmark {

    private FileBenchmark() {
    }

    /**
     * @param args the folder to write in, optional repetitions (default 3) and comma-separated formats
     * @throws IOException when the folder cannot be used
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[] formats = (args.length > 2 ? args[2] : "el,nn,graphml,gml").split(",");
        // the network of examples/brunel.nngt: the same edges, weights (in pA) and delays
        NetworkInstance brunel = NetworkInstantiator.instantiate(
                Models.brunel(12345, 2500, "iaf_psc_alpha", 20.68, 103.4, Unit.PICOAMPERE), InstantiationOptions.defaults());
        System.out.printf(Locale.ROOT, "Brunel: %d neurons, %d edges, java %s, folder %s%n", brunel.neuronCount(),
                brunel.edgeCount(), System.getProperty("java.version"), folder);
        for (String format : formats) {
            Path file = folder.resolve("brunel-benchmark." + format);
            double bestWrite = Double.MAX_VALUE;
            double bestRead = Double.MAX_VALUE;
            for (int r = 0; r < repetitions; r++) {
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long start = System.nanoTime();
                GraphFiles.save(GraphData.of(brunel), file);
                double write = (System.nanoTime() - start) / 1e9;
                bestWrite = Math.min(bestWrite, write);
                String read = "";
                if (format.equals("el") || format.equals("nn")) {
                    start = System.nanoTime();
                    GraphData data = GraphFiles.load(file);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    bestRead = Math.min(bestRead, seconds);
                    if (data.sources().length != brunel.edgeCount()) {
                        throw new IllegalStateException("read " + data.sources().length + " edges");
                    }
                    read = String.format(Locale.ROOT, ", read %.2f s", seconds);
                }
                System.out.printf(Locale.ROOT, "  %-8s run %d: write %.2f s%s, load %.1f%n", format, r + 1, write, read, load);
            }
            long bytes = Files.size(file);
            System.out.printf(Locale.ROOT, "%-8s %,d bytes: best write %.2f s (%.0f MB/s)%s%n", format, bytes, bestWrite,
                    bytes / 1e6 / bestWrite, bestRead < Double.MAX_VALUE
                            ? String.format(Locale.ROOT, ", best read %.2f s (%.0f MB/s)", bestRead, bytes / 1e6 / bestRead) : "");
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
