package nngt.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A results folder written atomically: files go into a hidden temporary folder beside the destination,
 * which replaces the destination only when everything is written. A destination that nngt did not
 * write (it has no marker file) is never replaced.
 */
final class ResultsFolder implements AutoCloseable {

    /** Marker file that identifies a folder written by nngt. */
    static final String MARKER = ".nngt-results";

    private final Path destination;
    private final Path staging;
    private boolean committed;

    private ResultsFolder(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    /**
     * Prepares to write a results folder.
     *
     * @param destination the folder to create or replace
     * @return the staging area; {@link #commit()} publishes it, {@link #close()} discards it otherwise
     * @throws IOException when the destination exists and is not a results folder of nngt, or when the
     *         parent folder cannot be written
     */
    static ResultsFolder create(Path destination) throws IOException {
        Path absolute = destination.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.exists(absolute.resolve(MARKER))) {
            throw new IOException(destination + " exists and was not written by nngt; choose another --out folder.");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        if (!Files.isWritable(parent)) {
            throw new java.nio.file.AccessDeniedException(parent.toString());
        }
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
        Files.writeString(staging.resolve(MARKER), "Results of the nngt command; replaced by its next run.\n");
        return new ResultsFolder(absolute, staging);
    }

    /**
     * @return the staging folder, which becomes the destination at the commit
     */
    Path folder() {
        return staging;
    }

    /**
     * @param name a file name
     * @return where to write it before the commit
     */
    Path file(String name) {
        return staging.resolve(name);
    }

    /**
     * Replaces the destination with everything written.
     *
     * @throws IOException when the rename fails
     */
    void commit() throws IOException {
        Path old = null;
        if (Files.exists(destination)) {
            old = destination.resolveSibling("." + destination.getFileName() + ".old");
            deleteTree(old);
            Files.move(destination, old);
        }
        try {
            Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, destination);
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
