package nngt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import nngt.dsl.NngtDiagnostic;
import nngt.dsl.NngtLanguage;
import nngt.dsl.NngtLanguage.LoadResult;
import nngt.model.Network;

/**
 * Loads model files for the commands: .nngt text (parsed and validated) or saved XMI networks.
 */
final class Models {

    private static NngtLanguage language;

    private Models() {
    }

    /**
     * @return the language, set up once per process (the injector takes about half a second)
     */
    static synchronized NngtLanguage language() {
        if (language == null) {
            language = NngtLanguage.standalone();
        }
        return language;
    }

    /**
     * Loads and validates a model, .nngt text or a saved .xmi network alike, and prints its warnings;
     * refuses one with errors after printing them.
     *
     * @param file a .nngt or .xmi file
     * @param err where diagnostics go
     * @param checkedByCaller issue codes of the checks that the caller makes itself, more fully: their
     *        diagnostics are neither printed nor counted
     * @return the network
     * @throws IOException when the file does not exist
     * @throws InvalidModelException when the model has errors, the file's encoding and form included
     */
    static Network load(Path file, PrintWriter err, String... checkedByCaller) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such file.");
        }
        LoadResult result = language().load(file);
        long errors = 0;
        for (NngtDiagnostic diagnostic : result.diagnostics()) {
            if (java.util.Arrays.asList(checkedByCaller).contains(diagnostic.code())) {
                continue;
            }
            err.println(diagnostic);
            if (diagnostic.severity() == NngtDiagnostic.Severity.ERROR) {
                errors++;
            }
        }
        err.flush();
        if (errors > 0) {
            throw new InvalidModelException(file + " has " + errors + (errors == 1 ? " error" : " errors")
                    + "; nothing was run.");
        }
        return result.network();
    }
}
