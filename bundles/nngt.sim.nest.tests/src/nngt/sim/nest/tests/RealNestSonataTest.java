package nngt.sim.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nngt.generator.nest.NestGeneratorOptions;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeTimeMatcher;
import nngt.sim.embedded.EmbeddedSimulator;
import nngt.sim.nest.NestInstallation;
import nngt.sim.nest.NestOptions;
import nngt.sim.nest.NestSimulator;

/**
 * NEST building the network from SONATA ({@code nest.connections=sonata}: {@code nest.SonataNetwork} reads the
 * circuit that {@code nngt.generator.sonata} wrote) fires the embedded simulator's spikes at the same times, for
 * examples without random input. Runs where the NEST found ({@code NEST_PYTHON}, else {@code python3}) was built
 * with HDF5 and its Python has h5py and pandas; skipped with the reason printed elsewhere.
 */
class RealNestSonataTest {

    private static void assumeSonataNest() throws IOException {
        NestInstallation installation = NestInstallation.detect(NestOptions.from(Map.of()), System.getenv());
        String reason = installation.usable() ? null : installation.unavailableMessage();
        if (reason == null) {
            List<String> command = new ArrayList<>(installation.command(List.of(installation.python(), "-c",
                    "import nest, h5py, pandas; assert nest.build_info.get('have_hdf5')")));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                process.getInputStream().readAllBytes();
                if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    reason = installation.versionText() + " was built without HDF5, or its Python lacks h5py or "
                            + "pandas: NEST's SONATA loader needs all three";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        if (reason != null) {
            System.out.println("SKIPPED RealNestSonataTest: " + reason);
        }
        assumeTrue(reason == null, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"oscillating_groups", "per_neuron_values"})
    void nestBuildingTheNetworkFromSonataFiresTheEmbeddedSimulatorsSpikes(String example) throws IOException {
        assumeSonataNest();
        String text = Files.readString(Path.of(System.getProperty("nngt.examples", "../../examples"),
                example + ".nngt"));
        StandIn.Model model = StandIn.parse(text);
        SimulationResult nest;
        try (PreparedSimulation prepared = new NestSimulator().prepare(
                model.request(Map.of(NestGeneratorOptions.CONNECTIONS, "sonata")))) {
            nest = prepared.run(ProgressListener.NONE, new CancellationToken());
        }
        SimulationResult embedded;
        try (PreparedSimulation prepared = new EmbeddedSimulator().prepare(model.request())) {
            embedded = prepared.run(ProgressListener.NONE, new CancellationToken());
        }
        assertTrue(embedded.totalSpikes() > 100, example + " fires: " + embedded.totalSpikes() + " spikes");
        SpikeTimeMatcher overall = SpikeTimeMatcher.compare(embedded, nest, 1e-6).overall();
        assertEquals(embedded.totalSpikes(), overall.matched(), "spikes at the same time (only embedded: "
                + overall.onlyA() + ", only NEST: " + overall.onlyB() + ")");
        assertEquals(nest.totalSpikes(), overall.matched());
    }
}
