package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;

/**
 * The language server under broken framing and hostile input, as a careless or malicious client would
 * send it: every byte the server writes is a well-formed JSON-RPC frame, each framing error is answered
 * with an error response, and the server still answers {@code initialize}, requests and {@code shutdown}
 * afterwards.
 */
class NngtLanguageServerFramingTest {

    private static final String HOVER = "{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":\"textDocument/hover\","
            + "\"params\":{\"textDocument\":{\"uri\":\"file:///none.nngt\"},\"position\":{\"line\":0,\"character\":0}}}";

    @TempDir
    Path workspace;

    static Stream<Arguments> attacks() {
        byte[] garbage = new byte[1024];
        new Random(15).nextBytes(garbage);
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        return Stream.of(
                Arguments.of("missing Content-Length", ascii("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + HOVER)),
                Arguments.of("non-numeric Content-Length", ascii("Content-Length: twelve\r\n\r\n" + HOVER)),
                Arguments.of("negative Content-Length", ascii("Content-Length: -5\r\n\r\n" + HOVER)),
                Arguments.of("zero Content-Length", ascii("Content-Length: 0\r\n\r\n")),
                Arguments.of("too small a Content-Length", ascii("Content-Length: 20\r\n\r\n" + HOVER)),
                Arguments.of("too large a Content-Length", ascii("Content-Length: 5000\r\n\r\n" + HOVER)),
                Arguments.of("a Content-Length above the limit", ascii("Content-Length: 99999999999999\r\n\r\n" + HOVER)),
                Arguments.of("1 KB of binary garbage", garbage),
                Arguments.of("JSON nested 10,000 deep", frame(deep)),
                Arguments.of("invalid JSON", frame("{\"jsonrpc\": \"2.0\", \"id\": 9, \"method\": }")),
                Arguments.of("a frame without header", ascii("\r\n\r\n" + HOVER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void theServerAnswersAnErrorAndStillAnswersAfterwards(String attack, byte[] bytes) throws Exception {
        try (RawLspClient client = new RawLspClient()) {
            client.request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}");
            assertTrue(client.responseTo(1).has("result"));

            client.send(bytes);
            client.request(2, "textDocument/hover", "{\"textDocument\":{\"uri\":\"" + workspace.resolve("a.nngt").toUri()
                    + "\"},\"position\":{\"line\":0,\"character\":0}}");
            client.responseTo(2);
            client.request(3, "shutdown", "null");
            JsonObject shutdown = client.responseTo(3);
            assertTrue(shutdown.has("result"), shutdown::toString);

            List<JsonObject> errors = client.seen().stream().filter(m -> m.has("error")).toList();
            assertTrue(!errors.isEmpty(), () -> attack + " got no error response: " + client.seen());
            JsonObject error = errors.get(0).getAsJsonObject("error");
            assertTrue(error.get("code").getAsInt() == -32700 || error.get("code").getAsInt() == -32600, error::toString);
            assertTrue(error.get("message").getAsString().endsWith("."), error::toString);
            assertEquals(List.of(), client.violations(), "bytes on the protocol channel that are no frame");
        }
    }

    @Test
    void aRequestWhoseParametersCannotBeReadIsAnsweredWithItsId() throws Exception {
        try (RawLspClient client = new RawLspClient()) {
            client.request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}");
            client.responseTo(1);
            client.request(7, "textDocument/hover", "42");
            assertTrue(client.responseTo(7).has("error"), () -> client.seen().toString());
            client.request(8, "shutdown", "null");
            client.responseTo(8);
            assertEquals(List.of(), client.violations());
        }
    }

    @Test
    void frameErrorsInARowAreEachAnsweredAndTheServerResynchronises() throws Exception {
        try (RawLspClient client = new RawLspClient()) {
            client.send(ascii("Content-Length: x\r\n\r\n{}Content-Length: 3\r\n\r\n{\"a\"Content-Length: 7\r\n\r\n[[[[[[[[[[["));
            client.request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}");
            assertTrue(client.responseTo(1).has("result"));
            assertTrue(client.seen().stream().filter(m -> m.has("error")).count() >= 3, () -> client.seen().toString());
            client.request(2, "shutdown", "null");
            client.responseTo(2);
            assertEquals(List.of(), client.violations());
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] frame(String json) {
        return ascii("Content-Length: " + json.length() + "\r\n\r\n" + json);
    }
}
