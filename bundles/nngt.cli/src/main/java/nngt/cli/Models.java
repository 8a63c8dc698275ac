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
     * Starts setting the language up on a daemon thread, so that a command that will read a model finds it
     * ready, or nearly, after reading its own options: the set-up is the longest step of a short command and
     * needs one core, the command line's parsing another. A failure there is left for {@link #language()} to
     * meet again and report in the command's thread.
     */
    static void prepareLanguage() {
        Thread setUp = new Thread(() -> {
            try {
                language();
            } catch (RuntimeException | LinkageError e) {
                // language() is still unset: the command's call sets it up again and reports the error
            }
        }, "nngt-language-set-up");
        setUp.setDaemon(true);
        setUp.start();
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
        return accept(file, language().load(file), err, "nothing was run", checkedByCaller);
    }

    /**
     * Prints a model's diagnostics and refuses it when they hold errors.
     *
     * @param file        the model file
     * @param result      what loading (or converting) it gave
     * @param err         where diagnostics go
     * @param consequence what the refusal means, e.g. "nothing was run"
     * @param checkedByCaller issue codes of the checks that the caller makes itself: neither printed nor counted
     * @return the network
     * @throws InvalidModelException when the model has errors
     */
    static Network accept(Path file, LoadResult result, PrintWriter err, String consequence,
            String... checkedByCaller) {
        long errors = report(result, err, checkedByCaller);
        if (errors > 0) {
            throw new InvalidModelException(file + " has " + errors + (errors == 1 ? " error" : " errors")
                    + "; " + consequence + ".");
        }
        return result.network();
    }

    /**
     * Prints a model's diagnostics.
     *
     * @param result what loading (or converting) it gave
     * @param err    where diagnostics go
     * @param checkedByCaller issue codes of the checks that the caller makes itself: neither printed nor counted
     * @return the number of errors among them
     */
    static long report(LoadResult result, PrintWriter err, String... checkedByCaller) {
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
        return errors;
    }
}
