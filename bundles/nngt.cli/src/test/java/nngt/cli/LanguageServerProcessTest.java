package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code nngt lsp} as an editor starts it, in its own JVM: documents whose validation crashed the
 * validator, and a broken frame, put nothing but well-formed JSON-RPC frames on standard output; the
 * server answers {@code shutdown} and exits with 0 on {@code exit}.
 */
public class LanguageServerProcessTest {

    private static final long TIMEOUT_SECONDS = 60;
    private static final Pattern FRAME_HEADER = Pattern.compile("Content-Length: ([1-9][0-9]*)\r\n\r\n");

    /** Inputs that made the validator throw (a half-typed parameter, an infinite resolution). */
    private static final List<String> CRASHING_DOCUMENTS = List.of(
            "network half_typed {\n  seed 1\n  group g: 1 excitatory iaf_psc_alpha { C_m = 250 pF, = 0 mV }\n}\n",
            "network infinite {\n  seed 1\n  group g: 1 excitatory iaf_psc_alpha\n"
                    + "  simulate 100 ms resolution 1e309 ms\n}\n");

    @TempDir
    Path workspace;

    @Test
    void standardOutputHoldsNothingButFramesAndTheServerExitsOnExit() throws Exception {
        Path errors = workspace.resolve("stderr.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp")
                .redirectError(errors.toFile()).start();
        ByteArrayOutputStream recorded = new ByteArrayOutputStream();
        OutputStream toServer = process.getOutputStream();
        DiagnosticsRecorder client = new DiagnosticsRecorder();
        Launcher<LanguageServer> launcher = new Launcher.Builder<LanguageServer>()
                .setLocalService(client)
                .setRemoteInterface(LanguageServer.class)
                .setInput(recording(process.getInputStream(), recorded))
                .setOutput(toServer)
                .create();
        Future<Void> listening = launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        try {
            InitializeParams initialize = new InitializeParams();
            initialize.setRootUri(workspace.toUri().toString());
            initialize.setCapabilities(new ClientCapabilities());
            server.initialize(initialize).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
            for (int i = 0; i < CRASHING_DOCUMENTS.size(); i++) {
                String uri = workspace.resolve("crash" + i + ".nngt").toUri().toString();
                server.getTextDocumentService().didOpen(
                        new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nngt", 1, CRASHING_DOCUMENTS.get(i))));
                // Published diagnostics show that the validation, and whatever it logged, is over.
                client.diagnosticsOf(uri).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            // Nothing else writes to the server now: the client's own messages have all been answered.
            toServer.write("Content-Length: many\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
            toServer.flush();
            server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            server.exit();
            assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the server exits on 'exit'");
            assertEquals(0, process.exitValue(), Files.readString(errors));
            listening.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }

        List<JsonObject> frames = frames(recorded.toByteArray());
        assertTrue(frames.stream().anyMatch(f -> f.has("error") && f.getAsJsonObject("error").get("code").getAsInt() == -32700
                && f.get("id").isJsonNull()), () -> "no parse error answered the broken frame: " + frames);
    }

    /*
     * The frames of the recorded output, parsed strictly: each is "Content-Length: N", CR LF, CR LF and N
     * bytes of a JSON-RPC 2.0 object, with nothing before, between or after them.
     */
    private static List<JsonObject> frames(byte[] output) {
        List<JsonObject> frames = new ArrayList<>();
        int at = 0;
        while (at < output.length) {
            String ahead = new String(output, at, Math.min(40, output.length - at), StandardCharsets.ISO_8859_1);
            Matcher header = FRAME_HEADER.matcher(ahead);
            int start = at;
            assertTrue(header.lookingAt(), () -> "not a frame header at byte " + start + " of standard output: '"
                    + new String(output, start, Math.min(400, output.length - start), StandardCharsets.UTF_8) + "'");
            at += header.end();
            int length = Integer.parseInt(header.group(1));
            assertTrue(at + length <= output.length, "a frame is cut off at the end of standard output");
            JsonObject frame = JsonParser.parseString(new String(output, at, length, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            assertEquals("2.0", frame.get("jsonrpc").getAsString(), frame::toString);
            frames.add(frame);
            at += length;
        }
        return frames;
    }

    /* The server's output as the client reads it, also copied into recorded. */
    private static InputStream recording(InputStream in, ByteArrayOutputStream recorded) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    recorded.write(c);
                }
                return c;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int count = super.read(buffer, offset, length);
                if (count > 0) {
                    recorded.write(buffer, offset, count);
                }
                return count;
            }
        };
    }

    /**
     * The client's side of the protocol: it records the diagnostics that the server publishes, the one
     * message of the server that this test needs (LSP4J calls it by reflection, hence public).
     */
    public static final class DiagnosticsRecorder {

        private final Map<String, CompletableFuture<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();

        /**
         * @param params the diagnostics of one document
         */
        @JsonNotification("textDocument/publishDiagnostics")
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnosticsOf(params.getUri()).complete(params);
        }

        CompletableFuture<PublishDiagnosticsParams> diagnosticsOf(String uri) {
            return published.computeIfAbsent(uri, k -> new CompletableFuture<>());
        }
    }
}
