package nngt.model.api;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes one file so that readers see either the old content or the new one, never a part: the content goes
 * into a hidden temporary file beside the destination, which is then renamed over it. The one way files
 * outside a results folder are written (conversions, exports, saved models).
 *
 * <p>The temporary file is created without explicit permissions, so the file ends with the permissions the
 * user's umask gives every new file ({@code Files.createTempFile} would make it private, 0600).
 */
public final class AtomicFile {

    private static final SecureRandom NAMES = new SecureRandom();

    private AtomicFile() {
    }

    /**
     * What fills the temporary file.
     */
    @FunctionalInterface
    public interface Content {
        /**
         * @param temporary the file to fill; it exists and is empty
         * @throws IOException when writing fails
         */
        void writeTo(Path temporary) throws IOException;
    }

    /**
     * Writes the destination atomically.
     *
     * @param destination the file to create or replace; its folder must exist
     * @param content     fills a temporary file in the same folder
     * @throws IOException when writing or renaming fails; the destination is then unchanged and no temporary
     *                     file is left
     */
    public static void write(Path destination, Content content) throws IOException {
        Path absolute = destination.toAbsolutePath().normalize();
        Path temporary = newTemporary(absolute);
        try {
            content.writeTo(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path newTemporary(Path destination) throws IOException {
        Path folder = destination.getParent();
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[6];
            NAMES.nextBytes(random);
            Path candidate = folder.resolve("." + destination.getFileName() + "." + HexFormat.of().formatHex(random)
                    + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 10) {
                    throw taken;
                }
            }
        }
    }
}
