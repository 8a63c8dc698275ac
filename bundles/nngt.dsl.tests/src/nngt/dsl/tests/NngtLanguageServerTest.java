package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.dsl.ide.server.NngtLanguageServer;

/**
 * The .nngt language server, driven by an LSP4J client over in-memory pipes as an editor would.
 */
class NngtLanguageServerTest {

    private static final String DOCUMENT = String.join("\n",
            "network lsp {",
            "  seed 1",
            "  group cells: 10 excitatory iaf_psc_alfa",
            "  group other: 10 excitatory iaf_psc_alpha { C_m = 250 pF }",
            "}",
            "");

    @TempDir
    Path workspace;

    private final Map<String, CompletableFuture<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();
    private LanguageServer server;
    private PipedOutputStream toServer;
    private String uri;

    @BeforeEach
    void connect() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        NngtLanguageServer.start(serverIn, serverOut);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new RecordingClient(), clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();

        InitializeParams params = new InitializeParams();
        params.setRootUri(workspace.toUri().toString());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
        params.setCapabilities(new ClientCapabilities());
        server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        uri = workspace.resolve("lsp.nngt").toUri().toString();
        diagnostics.put(uri, new CompletableFuture<>());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nngt", 1, DOCUMENT)));
    }

    @AfterEach
    void disconnect() throws IOException {
        toServer.close();
    }

    @Test
    void anErroneousDocumentGetsADiagnosticOnTheUnknownModel() throws Exception {
        PublishDiagnosticsParams published = diagnostics.get(uri).get(30, TimeUnit.SECONDS);
        List<Diagnostic> errors = published.getDiagnostics();
        assertEquals(1, errors.size(), () -> errors.toString());
        Diagnostic error = errors.get(0);
        assertEquals("Unknown neuron model 'iaf_psc_alfa' in NEST 3.0-3.9; did you mean iaf_psc_alpha or iaf_psc_delta?",
                error.getMessage());
        assertEquals(new Position(2, 29), error.getRange().getStart());
        assertEquals(new Position(2, 41), error.getRange().getEnd());
    }

    @Test
    void completionInAParameterBlockListsTheModelsParametersWithDefaults() throws Exception {
        String editing = workspace.resolve("editing.nngt").toUri().toString();
        diagnostics.put(editing, new CompletableFuture<>());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(editing, "nngt", 1,
                DOCUMENT.replace("C_m = 250 pF }", "C_m = 250 pF,  }"))));
        diagnostics.get(editing).get(30, TimeUnit.SECONDS);
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(editing), new Position(3, 60));
        Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService().completion(params)
                .get(30, TimeUnit.SECONDS);
        List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
        Map<String, String> details = items.stream()
                .collect(Collectors.toMap(CompletionItem::getLabel, i -> String.valueOf(i.getDetail()), (a, b) -> a));
        assertEquals("default 10 ms", details.get("tau_m"), () -> details.toString());
        assertEquals("default -55 mV", details.get("V_th"));
        assertTrue(details.containsKey("tau_syn_ex"));
        assertTrue(!details.containsKey("C_m"), "C_m is already set in this block");
        assertTrue(!details.containsKey("global_id"), "read-only entries are not proposed");
    }

    @Test
    void hoverOnAParameterShowsMeaningUnitAndDefault() throws Exception {
        diagnostics.get(uri).get(30, TimeUnit.SECONDS);
        Hover hover = server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(3, 46))).get(30, TimeUnit.SECONDS);
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("**C_m** (pF) of iaf_psc_alpha: Membrane capacitance."), text);
        assertTrue(text.contains("Default: 250 pF."), text);
        assertTrue(text.contains("C_m > 0"), text);
    }

    @Test
    void aSlowValidationDoesNotHoldUpRequestsAboutOtherDocuments() throws Exception {
        diagnostics.get(uri).get(30, TimeUnit.SECONDS);
        HoverParams hoverOnOther = new HoverParams(new TextDocumentIdentifier(uri), new Position(3, 46));
        server.getTextDocumentService().hover(hoverOnOther).get(30, TimeUnit.SECONDS);

        // 8,000 bad neuron ids: the validation that took 29 s in the issue, all of it in one check.
        String slow = workspace.resolve("slow.nngt").toUri().toString();
        diagnostics.put(slow, new CompletableFuture<>());
        String ids = java.util.stream.IntStream.range(0, 8000).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(slow, "nngt", 1,
                "network slow {\n  seed 1\n  group g: 1 excitatory iaf_psc_alpha\n  record spikes from neurons ["
                        + ids + "]\n}\n")));
        Thread.sleep(500);
        long start = System.nanoTime();
        server.getTextDocumentService().hover(hoverOnOther).get(30, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 1000, "a hover on another document took " + millis + " ms");
        assertTrue(!diagnostics.get(slow).get(300, TimeUnit.SECONDS).getDiagnostics().isEmpty(),
                "the slow document is still validated");
    }

    /** Records what the server publishes. */
    private final class RecordingClient implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.computeIfAbsent(params.getUri(), k -> new CompletableFuture<>()).complete(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
