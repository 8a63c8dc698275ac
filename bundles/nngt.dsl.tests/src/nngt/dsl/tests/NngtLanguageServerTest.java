package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
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

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import nngt.dsl.ide.NngtIdeSetup;
import nngt.dsl.ide.references.GroupOccurrences;
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
    private InitializeResult initialized;

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
        TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
        RenameCapabilities rename = new RenameCapabilities();
        rename.setPrepareSupport(true);
        textDocument.setRename(rename);
        textDocument.setFoldingRange(new FoldingRangeCapabilities());
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(textDocument);
        params.setCapabilities(capabilities);
        initialized = server.initialize(params).get(30, TimeUnit.SECONDS);
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
    void fromFileProposesTheEdgeFilesBesideTheModelAndItsHoverTellsWhatTheFileGives() throws Exception {
        // the plastic SONATA fixture of nngt.graph.tests (edge type 300: tsodyks2 edges with U and tau_rec per edge)
        Files.createDirectories(workspace.resolve("net"));
        Files.copy(Path.of("..", "nngt.graph.tests", "fixtures", "sonata", "plastic", "edges.h5"),
                workspace.resolve("net/edges.h5"));
        Files.writeString(workspace.resolve("ring.el"), "0 1\n1 2\n2 0\n");
        Files.writeString(workspace.resolve("notes.txt"), "not an edge file\n");
        String edited = workspace.resolve("edges.nngt").toUri().toString();
        diagnostics.put(edited, new CompletableFuture<>());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(edited, "nngt", 1,
                String.join("\n",
                        "network files {",
                        "  group exc: 4 excitatory iaf_psc_alpha",
                        "  group inh: 2 inhibitory iaf_psc_alpha",
                        "  synapse exc -> exc: tsodyks2_synapse",
                        "  synapse inh -> exc: tsodyks2_synapse",
                        "  connect all -> all: from_file(\"net/edges.h5\", edge_type = 300)",
                        "  connect all -> all: from_file(",
                        "}", ""))));
        diagnostics.get(edited).get(30, TimeUnit.SECONDS);

        List<String> files = completionLabels(edited, new Position(6, 32));
        assertTrue(files.containsAll(List.of("\"net/edges.h5\"", "\"ring.el\"")), files.toString());
        assertTrue(files.stream().noneMatch(label -> label.contains("notes.txt")), files.toString());
        List<String> rules = completionLabels(edited, new Position(6, 22));
        assertTrue(rules.contains("from_file"), rules.toString());

        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(edited),
                new Position(5, 25))).get(30, TimeUnit.SECONDS);
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("**from_file**: 4 edges of 'edges.h5' (/edges/net_to_net, edge type 300)"), text);
        assertTrue(text.contains("weights from the file, delays from the file, synapse parameters per edge from the "
                + "file: U, tau_rec (over the synapse specification's values)."), text);
    }

    private List<String> completionLabels(String document, Position position) throws Exception {
        Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(document), position)).get(30, TimeUnit.SECONDS);
        return (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream().map(CompletionItem::getLabel)
                .toList();
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

    /* Group 'exc' is declared on line 3 and referred to on lines 4 (metagroup), 6, 7 and 9 (0-based 2, 3, 5, 6, 8). */
    private static final String REFERENCES = String.join("\n",
            "network refs {",
            "  seed 1",
            "  group exc: 80 excitatory iaf_psc_alpha",
            "  metagroup both: exc, inh",
            "  group inh: 20 inhibitory iaf_psc_alpha",
            "  connect exc -> exc, inh: erdos_renyi(density = 0.1) weight 20 pA delay 1.5 ms",
            "  connect inh -> exc: erdos_renyi(density = 0.1) weight 80 pA delay 1.5 ms",
            "  // two lines of",
            "  // comment fold together",
            "  record spikes from exc, both",
            "  simulate 100 ms",
            "}",
            "");

    private String openReferences() throws Exception {
        String refs = workspace.resolve("refs.nngt").toUri().toString();
        diagnostics.put(refs, new CompletableFuture<>());
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(refs, "nngt", 1,
                REFERENCES)));
        List<Diagnostic> errors = diagnostics.get(refs).get(30, TimeUnit.SECONDS).getDiagnostics().stream()
                .filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
        assertEquals(List.of(), errors);
        return refs;
    }

    @Test
    void theServerOffersHighlightsRenameWithPrepareAndFolding() {
        ServerCapabilities capabilities = initialized.getCapabilities();
        assertEquals(Boolean.TRUE, capabilities.getDocumentHighlightProvider().getLeft());
        assertEquals(Boolean.TRUE, capabilities.getRenameProvider().getRight().getPrepareProvider());
        assertEquals(Boolean.TRUE, capabilities.getFoldingRangeProvider().getLeft());
    }

    @Test
    void highlightsOnAReferenceMarkTheDeclarationAndEveryReferenceOfThatGroup() throws Exception {
        String refs = openReferences();
        List<? extends DocumentHighlight> highlights = server.getTextDocumentService()
                .documentHighlight(new DocumentHighlightParams(new TextDocumentIdentifier(refs), new Position(6, 18)))
                .get(30, TimeUnit.SECONDS);
        List<String> found = highlights.stream().map(h -> h.getRange().getStart().getLine() + ":"
                + h.getRange().getStart().getCharacter() + "-" + h.getRange().getEnd().getCharacter() + " "
                + h.getKind()).toList();
        assertEquals(List.of("2:8-11 Write", "3:18-21 Read", "5:10-13 Read", "5:17-20 Read", "6:17-20 Read",
                "9:21-24 Read"), found);
    }

    @Test
    void renameEditsTheDeclarationAndEveryReferenceAndNothingElse() throws Exception {
        String refs = openReferences();
        WorkspaceEdit edit = server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(refs), new Position(2, 9), "pyramidal"))
                .get(30, TimeUnit.SECONDS);
        List<TextEdit> edits = edit.getChanges().get(refs);
        assertEquals(6, edits.size(), () -> edits.toString());
        assertTrue(edits.stream().allMatch(e -> e.getNewText().equals("pyramidal")));
        assertEquals(List.of(2, 3, 5, 5, 6, 9), edits.stream().map(e -> e.getRange().getStart().getLine()).toList());

        Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepared = server.getTextDocumentService()
                .prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(refs), new Position(3, 12)))
                .get(30, TimeUnit.SECONDS);
        assertEquals("both", prepared.getSecond().getPlaceholder());
        assertEquals(new Range(new Position(3, 12), new Position(3, 16)), prepared.getSecond().getRange());
        assertEquals(null, server.getTextDocumentService()
                .prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(refs), new Position(10, 3)))
                .get(30, TimeUnit.SECONDS), "'simulate' names no group");
    }

    @Test
    void renameToAKeywordOrATakenNameIsRefusedWithTheReason() throws Exception {
        String refs = openReferences();
        ExecutionException keyword = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(refs), new Position(2, 9), "connect"))
                .get(30, TimeUnit.SECONDS));
        assertEquals("'connect' is not a valid group name: it is a keyword of the .nngt language.",
                ((ResponseErrorException) keyword.getCause()).getResponseError().getMessage());
        ExecutionException taken = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(refs), new Position(2, 9), "both"))
                .get(30, TimeUnit.SECONDS));
        assertEquals("The population already has a metagroup named 'both'; choose another name.",
                ((ResponseErrorException) taken.getCause()).getResponseError().getMessage());
        ExecutionException nowhere = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(refs), new Position(10, 3), "x"))
                .get(30, TimeUnit.SECONDS));
        assertTrue(((ResponseErrorException) nowhere.getCause()).getResponseError().getMessage()
                .startsWith("Line 11, column 4 names no group or metagroup"));
    }

    @Test
    void findReferencesGivesTheLocationsThatTheWorkbenchFindsForTheSameGroup() throws Exception {
        String refs = openReferences();
        // The workbench's editor asks GroupOccurrences through the IDE injector (NngtUi.injector()).
        Injector ide = new NngtIdeSetup().createInjectorAndDoEMFRegistration();
        XtextResource resource = (XtextResource) ide.getInstance(XtextResourceSet.class)
                .createResource(URI.createURI("workbench.nngt"));
        resource.load(new ByteArrayInputStream(REFERENCES.getBytes(StandardCharsets.UTF_8)), Map.of());
        GroupOccurrences occurrences = ide.getInstance(GroupOccurrences.class);
        org.eclipse.xtext.ide.server.Document text = new org.eclipse.xtext.ide.server.Document(1, REFERENCES);

        // On a reference to 'exc' (line 7), on its declaration (line 3) and just after a name.
        for (Position position : List.of(new Position(6, 18), new Position(2, 9), new Position(2, 11))) {
            List<String> workbench = occurrences.at(resource, text.getOffSet(position)).orElseThrow().all().stream()
                    .map(region -> text.getPosition(region.getOffset()) + "-"
                            + text.getPosition(region.getOffset() + region.getLength()))
                    .toList();
            List<? extends Location> withDeclaration = references(refs, position, true);
            assertTrue(withDeclaration.stream().allMatch(location -> location.getUri().equals(refs)),
                    () -> withDeclaration.toString());
            assertEquals(workbench, withDeclaration.stream()
                    .map(location -> location.getRange().getStart() + "-" + location.getRange().getEnd()).toList(),
                    "at " + position);
            assertEquals(List.of("2:8-11", "3:18-21", "5:10-13", "5:17-20", "6:17-20", "9:21-24"),
                    lines(withDeclaration), "at " + position);
            assertEquals(List.of("3:18-21", "5:10-13", "5:17-20", "6:17-20", "9:21-24"),
                    lines(references(refs, position, false)), "without the declaration, at " + position);
        }
        // The metagroup: declared on line 4, referred to by the recorder on line 10.
        assertEquals(List.of("3:12-16", "9:26-30"), lines(references(refs, new Position(9, 27), true)));
        assertEquals(List.of(), references(refs, new Position(10, 3), true), "'simulate' names no group");
    }

    private List<? extends Location> references(String document, Position position, boolean withDeclaration)
            throws Exception {
        ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(document), position,
                new ReferenceContext(withDeclaration));
        return server.getTextDocumentService().references(params).get(30, TimeUnit.SECONDS);
    }

    private static List<String> lines(List<? extends Location> locations) {
        return locations.stream().map(location -> location.getRange().getStart().getLine() + ":"
                + location.getRange().getStart().getCharacter() + "-" + location.getRange().getEnd().getCharacter())
                .toList();
    }

    @Test
    void foldingRangesCoverTheNetworkAndTheRunOfLineComments() throws Exception {
        String refs = openReferences();
        List<FoldingRange> ranges = server.getTextDocumentService()
                .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(refs)))
                .get(30, TimeUnit.SECONDS);
        List<String> found = ranges.stream().map(r -> r.getStartLine() + "-" + r.getEndLine()
                + (r.getKind() == null ? "" : " " + r.getKind())).sorted().toList();
        assertEquals(List.of("0-11", "7-8 comment"), found);
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
