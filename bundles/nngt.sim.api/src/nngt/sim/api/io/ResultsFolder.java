package nngt.sim.api.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A results folder written atomically, for the command line and the workbench alike: the files go into a hidden
 * staging folder beside the destination, which replaces the destination only once everything is written;
 * closing without {@link #commit()} (a failure or a cancellation) deletes the staging folder, so no partial
 * results remain. A destination without the marker file {@value #MARKER} was not written by NNGT and is
 * never replaced.
 */
public final class ResultsFolder implements AutoCloseable {

    /** The marker file of a results folder written by NNGT. */
    public static final String MARKER = ".nngt-results";

    private final Path destination;
    private final Path staging;
    private boolean committed;

    private ResultsFolder(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    /**
     * Prepares a staging folder for the destination.
     *
     * @param destination       the results folder to create or replace
     * @param howToChooseAnother the end of the refusal message, in the caller's words (e.g. "choose another
     *                          --out folder")
     * @return the open results folder
     * @throws IOException when the destination exists but is not a results folder of NNGT, or when its parent
     *                     cannot be created or written
     */
    public static ResultsFolder create(Path destination, String howToChooseAnother) throws IOException {
        Path absolute = destination.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.exists(absolute.resolve(MARKER))) {
            throw new IOException(absolute + " exists and was not written by NNGT; " + howToChooseAnother + ".");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        if (!Files.isWritable(parent)) {
            throw new AccessDeniedException(parent.toString());
        }
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
        Files.writeString(staging.resolve(MARKER), "Results of an NNGT run; replaced by the next run.\n");
        return new ResultsFolder(absolute, staging);
    }

    /**
     * @return the staging folder, which becomes the destination at the commit
     */
    public Path folder() {
        return staging;
    }

    /**
     * @param name a file name
     * @return where to write that file before the commit
     */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /**
     * @return the folder that the commit creates or replaces
     */
    public Path destination() {
        return destination;
    }

    /**
     * Replaces the destination with the staging folder.
     *
     * @throws IOException when a rename fails; the previous results are then kept
     */
    public void commit() throws IOException {
        Path previous = null;
        if (Files.exists(destination)) {
            previous = destination.resolveSibling("." + destination.getFileName() + ".old");
            deleteTree(previous);
            Files.move(destination, previous);
        }
        try {
            Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, destination);
        } catch (IOException e) {
            if (previous != null) {
                Files.move(previous, destination);
            }
            throw e;
        }
        committed = true;
        if (previous != null) {
            deleteTree(previous);
        }
    }

    /**
     * Deletes the staging folder unless it was committed.
     *
     * @throws IOException when a file cannot be deleted
     */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /**
     * Deletes a folder and everything in it; nothing happens when it does not exist.
     *
     * @param root the folder
     * @throws IOException when a file cannot be deleted
     */
    public static void deleteTree(Path root) throws IOException {
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
