package nngt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Parameters;

import nngt.model.Network;

/**
 * The model argument of the commands that read one model: {@code FILE}, a {@code .nngt} model or a saved
 * {@code .xmi} network (a picocli mixin).
 */
final class ModelFile {

    @Parameters(index = "0", paramLabel = "FILE", description = ".nngt model (or .xmi network)")
    private Path file;

    /**
     * Loads and validates the model ({@link Models#load}).
     *
     * @param err where diagnostics go
     * @param checkedByCaller issue codes of the checks that the caller makes itself, more fully
     * @return the network
     * @throws IOException when the file does not exist
     */
    Network load(PrintWriter err, String... checkedByCaller) throws IOException {
        return Models.load(file, err, checkedByCaller);
    }
}
