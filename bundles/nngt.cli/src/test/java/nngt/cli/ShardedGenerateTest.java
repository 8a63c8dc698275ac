package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.cli.CommandLineTest.Outcome;

/**
 * {@code nngt generate --shards N} groups the edge files for N MPI processes; {@code --shard K/N} writes only rank
 * K's part, and the parts' edge files together are those of {@code --shards N}; bad values and a target that does
 * not group by rank are refused with one line.
 */
class ShardedGenerateTest {

    @TempDir
    Path folder;

    private static String model() {
        return CommandLineTest.examples().resolve("heterogeneous_synapses.nngt").toString();
    }

    @Test
    void thePartsOfShardKOfNTogetherAreTheEdgesOfShardsN() throws IOException {
        Path grouped = folder.resolve("grouped");
        Outcome all = CommandLineTest.nngt("generate", model(), "--shards", "2", "--out", grouped.toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(Files.readString(grouped.resolve("run.py")).contains("\nSHARDS = 2  #"));
        for (int rank = 0; rank < 2; rank++) {
            Outcome part = CommandLineTest.nngt("generate", model(), "--shard", rank + "/2", "--out",
                    folder.resolve("parts/" + rank).toString());
            assertEquals(0, part.code(), part.err());
            assertTrue(Files.readString(folder.resolve("parts/" + rank + "/run.py")).contains("\nSHARD = " + rank + "  #"));
        }
        for (String column : new String[] {"pre", "post", "weight", "delay", "param_0", "param_1"}) {
            // exc -> exc: tsodyks2 synapses whose U and tau_rec are drawn per edge
            String file = "network/pair_0_0_" + column + ".npy";
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            for (int rank = 0; rank < 2; rank++) {
                joined.write(data(folder.resolve("parts/" + rank).resolve(file)));
            }
            assertArrayEquals(data(grouped.resolve(file)), joined.toByteArray(), file);
        }
    }

    private static byte[] data(Path npy) throws IOException {
        byte[] bytes = Files.readAllBytes(npy);
        int header = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        return Arrays.copyOfRange(bytes, 10 + header, bytes.length);
    }

    @Test
    void badShardsAndTargetsWithoutRanksAreRefusedWithOneLine() {
        Outcome outside = CommandLineTest.nngt("generate", model(), "--shard", "2/2", "--out",
                folder.resolve("a").toString());
        assertEquals(2, outside.code());
        assertTrue(outside.err().contains("--shard is '2/2'; give K/N with N MPI processes and the rank K from 0 to "
                + "N-1, e.g. 0/4."), outside.err());
        Outcome both = CommandLineTest.nngt("generate", model(), "--shard", "0/2", "--shards", "3", "--out",
                folder.resolve("b").toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--shards is 3; give 1 or more MPI processes, the N of --shard 0/2."),
                both.err());
        Outcome brian2 = CommandLineTest.nngt("generate", model(), "--target", "brian2", "--shard", "0/2", "--out",
                folder.resolve("c").toString());
        assertEquals(2, brian2.code());
        assertTrue(brian2.err().contains("--target 'brian2' does not group edges by MPI rank"), brian2.err());
        assertFalse(Files.exists(folder.resolve("c")));
    }
}
