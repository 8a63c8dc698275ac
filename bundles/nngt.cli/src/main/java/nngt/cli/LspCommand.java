package nngt.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import nngt.dsl.ide.server.NngtLanguageServer;

/**
 * {@code nngt lsp}: the .nngt language server on standard input and output, for editors. Standard
 * output carries the protocol and nothing else; logging goes to standard error.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Serve the .nngt language (diagnostics, completion, hovers) over LSP on stdin/stdout.")
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        NngtLanguageServer.startOnStandardStreams().get();
        return 0;
    }
}
