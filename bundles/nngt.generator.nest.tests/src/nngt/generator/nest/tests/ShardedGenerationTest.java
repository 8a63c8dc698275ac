package nngt.generator.nest.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nngt.catalog.KernelFacts;
import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestProjectGenerator;
import nngt.generator.nest.tests.Projects.Loaded;
import nngt.generator.nest.tests.Projects.Outcome;
import nngt.graph.TargetShard;

/**
 * Sharded generation. The project of one rank's part ({@code nngt generate --shard K/N}: the plan of one target
 * shard, built without the rest of the network) holds, byte for byte, the arrays that the project grouped for N
 * ranks ({@code --shards N}) gives that rank, and the same per-neuron arrays; so the N parts together are the
 * network. {@code run_mpi.sh} runs each rank's own part from {@code parts/}, generating the parts on the ranks
 * first when {@code NNGT} and {@code MODEL} are set.
 */
class ShardedGenerationTest {

    private static final int OFFSET = KernelFacts.FIRST_NODE_ID;

    @TempDir
    Path temporary;

    private Path generateParts(String example, int ranks, Path folder) throws IOException {
        for (int rank = 0; rank < ranks; rank++) {
            Loaded part = Projects.load(example, new TargetShard(rank, ranks, OFFSET));
            NestProjectGenerator.generate(part.plan(), NestGeneratorOptions.defaults(folder.resolve("" + rank)));
        }
        return folder;
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic_exc_inh", "heterogeneous_synapses", "oscillating_groups", "per_neuron_values",
            "spatial"})
    void theRanksPartsTogetherAreTheArraysOfTheProjectGroupedForThemByteForByte(String example) throws IOException {
        Loaded whole = Projects.load(example);
        for (int ranks : new int[] {2, 3}) {
            Path grouped = temporary.resolve(example + "-" + ranks);
            NestProjectGenerator.generate(whole.plan().withShards(ranks, OFFSET), NestGeneratorOptions.defaults(grouped));
            Path parts = generateParts(example, ranks, temporary.resolve(example + "-" + ranks + "-parts"));
            List<String> files;
            try (Stream<Path> list = Files.list(grouped.resolve("network"))) {
                files = list.map(p -> p.getFileName().toString()).sorted().toList();
            }
            long edges = 0;
            for (String file : files) {
                byte[] all = data(grouped.resolve("network").resolve(file));
                if (!file.startsWith("pair_")) {
                    // per neuron: the same values in every part
                    for (int rank = 0; rank < ranks; rank++) {
                        assertArrayEquals(all, data(parts.resolve(rank + "/network/" + file)), file + ", rank " + rank);
                    }
                    continue;
                }
                ByteArrayOutputStream joined = new ByteArrayOutputStream();
                for (int rank = 0; rank < ranks; rank++) {
                    Path part = parts.resolve(rank + "/network/" + file);
                    if (Files.exists(part)) {
                        joined.write(data(part));
                        if (file.endsWith("_post.npy")) {
                            assertHosted(part, rank, ranks);
                        }
                    }
                }
                assertArrayEquals(all, joined.toByteArray(), example + ": " + file + " from " + ranks + " parts");
                edges += file.endsWith("_pre.npy") ? all.length / 4 : 0;
            }
            assertEquals(whole.instance().edgeCount(), edges, example + ": every edge is in a pair file");
            for (int rank = 0; rank < ranks; rank++) {
                try (Stream<Path> list = Files.list(parts.resolve(rank + "/network"))) {
                    assertTrue(list.allMatch(p -> files.contains(p.getFileName().toString())),
                            "a part holds no file the grouped project lacks");
                }
            }
        }
    }

    /** Every target of a rank's part lives on that rank: NEST id (NNGT id + 1) mod ranks. */
    private static void assertHosted(Path post, int rank, int ranks) throws IOException {
        ByteBuffer ids = ByteBuffer.wrap(data(post)).order(ByteOrder.LITTLE_ENDIAN);
        while (ids.hasRemaining()) {
            int target = ids.getInt();
            assertEquals(rank, KernelFacts.rankOf(target + OFFSET, ranks), "target " + target + " in " + post);
        }
    }

    /** The data of a .npy file, after its header (whose shape differs between a part and the whole). */
    private static byte[] data(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("NUMPY", new String(bytes, 1, 5, java.nio.charset.StandardCharsets.US_ASCII), file.toString());
        int header = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        return Arrays.copyOfRange(bytes, 10 + header, bytes.length);
    }

    @Test
    void aPartsProjectSaysWhichRankItIsForAndRefusesAnotherGrouping() throws IOException {
        Loaded part = Projects.load("per_neuron_values", new TargetShard(1, 3, OFFSET));
        Path folder = temporary.resolve("part");
        NestProjectGenerator.generate(part.plan(), NestGeneratorOptions.defaults(folder));
        String run = Files.readString(folder.resolve("run.py"));
        assertTrue(run.contains("\nSHARDS = 3  #") && run.contains("\nSHARD = 1  #"), run);
        assertTrue(Files.readString(folder.resolve("model.json")).contains("\"shard\": 1,"));
        assertTrue(Files.readString(folder.resolve("README.md")).contains("edges of rank 1 of 3 only"));
        IllegalArgumentException regrouped = assertThrows(IllegalArgumentException.class,
                () -> NestProjectGenerator.generate(part.plan(), NestGeneratorOptions.defaults(temporary.resolve("x"))
                        .withShards(2)));
        assertEquals("The plan holds the edges of rank 1 of 3 only, so its project cannot be grouped for 2 ranks; "
                + "leave out the shards option.", regrouped.getMessage());
        assertThrows(IllegalArgumentException.class, () -> part.plan().withShards(2, OFFSET));
    }

    @Test
    void runMpiShRunsEveryRanksPartGeneratingThePartsOnTheRanksFirst() throws IOException {
        assumeTrue(Projects.pythonCan("import numpy"), "no numpy");
        Loaded whole = Projects.load("per_neuron_values");
        Path project = temporary.resolve("project");
        NestProjectGenerator.generate(whole.plan().withShards(2, OFFSET), NestGeneratorOptions.defaults(project));
        Path prepared = generateParts("per_neuron_values", 2, temporary.resolve("prepared"));
        // mpirun stand-in: the command once per rank, one after the other, each rank with its variables
        Path mpirun = script("mpirun", """
                n=$2; shift 2; k=0
                while [ $k -lt $n ]; do
                  OMPI_COMM_WORLD_RANK=$k NNGT_STANDIN_RANK=$k NNGT_STANDIN_PROCESSES=$n "$@" || exit $?
                  k=$((k+1))
                done
                """);
        // nngt stand-in: logs its arguments and copies the prepared part named by --shard K/N to --out
        Path log = temporary.resolve("nngt.log");
        Path nngt = script("nngt", "echo \"$@\" >> '" + log + "'\nmkdir -p parts\ncp -r '" + prepared + "'/${4%/*} \"$6\"\n");
        Outcome outcome = Projects.run(List.of("./run_mpi.sh", "2", "1"), project, Map.of("MPIRUN", mpirun.toString(),
                "NNGT", nngt.toString(), "MODEL", "model.nngt", "NEST_PYTHON", Projects.PYTHON,
                "PYTHONPATH", Projects.standIn().toString()));
        assertEquals(0, outcome.exitCode(), outcome.output());
        assertEquals(List.of("generate model.nngt --shard 0/2 --out parts/0", "generate model.nngt --shard 1/2 --out parts/1"),
                Files.readAllLines(log));
        List<String> read = outcome.output().lines().filter(l -> l.startsWith("EDGES")).toList();
        assertEquals(2, read.size(), outcome.output());
        long connected = 0;
        for (String line : read) {
            String[] counts = line.split(" ");
            assertEquals(counts[1], counts[2], "a rank read only the edges it hosts: " + line);
            connected += Long.parseLong(counts[2]);
        }
        assertEquals(whole.instance().edgeCount(), connected);
        assertTrue(Files.exists(project.resolve("results/summary.json")), "rank 0 writes the results");
        assertFalse(outcome.output().contains("Traceback"), outcome.output());
    }

    private Path script(String name, String body) throws IOException {
        Path file = temporary.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        file.toFile().setExecutable(true);
        return file;
    }

    @Test
    void aRanksPartRefusesToRunAsAnotherRank() throws IOException {
        assumeTrue(Projects.pythonCan("import numpy"), "no numpy");
        Path part = generateParts("per_neuron_values", 2, temporary.resolve("parts")).resolve("1");
        Outcome outcome = Projects.run(List.of(Projects.PYTHON, "run.py"), part, Map.of("PYTHONPATH",
                Projects.standIn().toString(), "NNGT_STANDIN_PROCESSES", "2", "NNGT_STANDIN_RANK", "0"));
        assertEquals(1, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains("run.py: this project holds the edges of rank 1 of 2 only "
                + "(nngt generate --shard 1/2) but runs as rank 0 of 2"), outcome.output());
    }

    @Test
    void aRanksPartKnowsTheRatesOfItsOwnTargetsOnly() throws IOException {
        var whole = StandInRunTest.stimuliNetwork();
        List<double[]> parts = new ArrayList<>();
        for (int rank = 0; rank < 2; rank++) {
            var instance = nngt.graph.NetworkInstantiator.instantiate(whole,
                    nngt.graph.InstantiationOptions.defaults().withTargetShard(new TargetShard(rank, 2, OFFSET)));
            var minis = (nngt.sim.api.SimulationPlan.PoissonInput) nngt.sim.api.SimulationPlanBuilder
                    .build(whole, instance).stimuli().get(0);
            parts.add(minis.ratesHz());
        }
        var instance = nngt.graph.NetworkInstantiator.instantiate(whole, nngt.graph.InstantiationOptions.defaults());
        var minis = (nngt.sim.api.SimulationPlan.PoissonInput) nngt.sim.api.SimulationPlanBuilder.build(whole, instance)
                .stimuli().get(0);
        for (int k = 0; k < minis.targets().length; k++) {
            int rank = KernelFacts.rankOf(minis.targets()[k] + OFFSET, 2);
            assertEquals(minis.ratesHz()[k], parts.get(rank)[k], "target " + minis.targets()[k]);
            assertTrue(Double.isNaN(parts.get(1 - rank)[k]), "the other rank does not know its in-degree");
        }
    }
}
