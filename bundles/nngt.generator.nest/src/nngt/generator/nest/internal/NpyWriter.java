package nngt.generator.nest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes one-dimensional arrays in numpy's {@code .npy} format, version 1.0: the magic string
 * {@code \x93NUMPY}, the version bytes, a little-endian header length, an ASCII header dict padded with
 * spaces to a multiple of 64 bytes and ending in a newline, then the little-endian data. Each write also
 * returns the SHA-256 of the whole file, computed while writing so the data is read once.
 */
public final class NpyWriter {

    private static final int BUFFER_BYTES = 1 << 20;

    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    /**
     * Writes {@code values[order[k]]} for k in [from, to) as little-endian int32 ({@code <i4}).
     *
     * @param file destination (created or replaced)
     * @param values the column
     * @param order edge indices, or null for values[from..to) in place
     * @param from first position in order
     * @param to end position in order (exclusive)
     * @return the SHA-256 of the file, in hex
     * @throws IOException when writing fails
     */
    public String writeInt32(Path file, int[] values, int[] order, int from, int to) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = open(file)) {
            header(channel, digest, "<i4", to - from);
            for (int k = from; k < to; k++) {
                if (buffer.remaining() < 4) {
                    flush(channel, digest);
                }
                buffer.putInt(values[order == null ? k : order[k]]);
            }
            flush(channel, digest);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Writes {@code values[order[k]]} for k in [from, to) as little-endian float32 ({@code <f4}).
     *
     * @param file destination
     * @param values the column
     * @param order edge indices, or null for values[from..to) in place
     * @param from first position in order
     * @param to end position (exclusive)
     * @return the SHA-256 of the file, in hex
     * @throws IOException when writing fails
     */
    public String writeFloat32(Path file, float[] values, int[] order, int from, int to) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = open(file)) {
            header(channel, digest, "<f4", to - from);
            for (int k = from; k < to; k++) {
                if (buffer.remaining() < 4) {
                    flush(channel, digest);
                }
                buffer.putFloat(values[order == null ? k : order[k]]);
            }
            flush(channel, digest);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Writes doubles as little-endian float64 ({@code <f8}).
     *
     * @param file destination
     * @param values the values
     * @return the SHA-256 of the file, in hex
     * @throws IOException when writing fails
     */
    public String writeFloat64(Path file, double[] values) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = open(file)) {
            header(channel, digest, "<f8", values.length);
            for (double value : values) {
                if (buffer.remaining() < 8) {
                    flush(channel, digest);
                }
                buffer.putDouble(value);
            }
            flush(channel, digest);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    private void header(FileChannel channel, MessageDigest digest, String descr, int length) throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + length + ",), }";
        // magic (6) + version (2) + header length (2) + dict + padding + '\n' must be a multiple of 64.
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        buffer.clear();
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buffer.putShort((short) text.length());
        buffer.put(text.getBytes(StandardCharsets.US_ASCII));
    }

    private void flush(FileChannel channel, MessageDigest digest) throws IOException {
        buffer.flip();
        digest.update(buffer.duplicate());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
