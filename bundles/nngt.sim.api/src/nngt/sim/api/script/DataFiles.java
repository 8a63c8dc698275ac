package nngt.sim.api.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The raw little-endian files that a generated script and Java exchange (parameter arrays written beside the
 * script, spikes and traces written by it): numpy reads and writes them with {@code fromfile}/{@code tofile}
 * without a parser, and their bytes are the same on every platform.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /**
     * Writes float64 values, replacing the file.
     *
     * @param path   the file
     * @param values the values
     * @param engine the engine named in the error (e.g. {@code Brian2})
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeDoubles(Path path, double[] values, String engine) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        write(path, buffer, engine);
    }

    /**
     * Writes int32 values, replacing the file.
     *
     * @param path   the file
     * @param values the values
     * @param engine the engine named in the error (e.g. {@code Brian2})
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeInts(Path path, int[] values, String engine) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asIntBuffer().put(values);
        write(path, buffer, engine);
    }

    private static void write(Path path, ByteBuffer buffer, String engine) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + engine + " data file " + path, e);
        }
    }

    /**
     * Reads a file of float64 values (spike times, traces, drawn synapse parameters).
     *
     * @param path the file
     * @return its values
     * @throws IOException when the file cannot be read
     */
    public static double[] readDoubles(Path path) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[bytes.remaining() / 8];
        bytes.asDoubleBuffer().get(values);
        return values;
    }

    /**
     * Reads a file of int32 values (spike senders).
     *
     * @param path the file
     * @return its values
     * @throws IOException when the file cannot be read
     */
    public static int[] readInts(Path path) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        int[] values = new int[bytes.remaining() / 4];
        bytes.asIntBuffer().get(values);
        return values;
    }
}
