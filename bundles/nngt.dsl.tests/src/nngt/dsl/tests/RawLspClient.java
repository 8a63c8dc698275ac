package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nngt.dsl.ide.server.NngtLanguageServer;

/**
 * A language-server client at the byte level: it writes any bytes to the server, and reads the server's
 * output strictly as base-protocol frames ({@code Content-Length: N}, CR LF, blank line, N bytes of one
 * JSON-RPC 2.0 object). Whatever else appears on the server's output is recorded as a violation.
 */
final class RawLspClient implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 60;

    private final PipedOutputStream toServer;
    private final Future<Void> server;
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final List<String> violations = new ArrayList<>();
    private final List<JsonObject> seen = new ArrayList<>();

    RawLspClient() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        server = NngtLanguageServer.start(serverIn, serverOut);
        Thread reader = new Thread(() -> readFrames(clientIn), "raw-lsp-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Writes bytes as they are. */
    void send(byte[] bytes) throws IOException {
        toServer.write(bytes);
        toServer.flush();
    }

    /** Writes one well-formed frame around the JSON text. */
    void sendFrame(String json) throws IOException {
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        send(("Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        send(content);
    }

    /** Sends a request with parameters given as JSON text. */
    void request(int id, String method, String params) throws IOException {
        sendFrame("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    /** Sends a notification with parameters given as JSON text. */
    void notify(String method, String params) throws IOException {
        sendFrame("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    /**
     * @param id a request id
     * @return the server's response to it, waiting as long as needed up to a minute
     */
    JsonObject responseTo(int id) throws InterruptedException {
        return await(m -> m.has("id") && m.get("id").isJsonPrimitive() && m.get("id").getAsInt() == id
                && !m.has("method"), "a response to request " + id);
    }

    /**
     * @param condition what the message must satisfy
     * @param what the message in words, for the failure
     * @return the first message received, now or already, that satisfies the condition
     */
    JsonObject await(Predicate<JsonObject> condition, String what) throws InterruptedException {
        synchronized (seen) {
            for (JsonObject message : seen) {
                if (condition.test(message)) {
                    return message;
                }
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            JsonObject message = received.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && condition.test(message)) {
                return message;
            }
        }
        return fail("No " + what + " within " + TIMEOUT_SECONDS + " s; received " + seen + "; violations " + violations);
    }

    /** @return every message received so far */
    List<JsonObject> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** @return what was not a well-formed frame on the server's output */
    List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** Closes the server's input and waits until it has stopped listening. */
    @Override
    public void close() throws Exception {
        toServer.close();
        server.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private void readFrames(InputStream in) {
        try {
            while (true) {
                String header = line(in);
                if (header == null) {
                    return;
                }
                if (!header.matches("Content-Length: [1-9][0-9]*")) {
                    violation("header line '" + header + "'");
                    return;
                }
                String blank = line(in);
                if (blank == null || !blank.isEmpty()) {
                    violation("no blank line after the header but '" + blank + "'");
                    return;
                }
                byte[] content = in.readNBytes(Integer.parseInt(header.substring("Content-Length: ".length())));
                JsonElement json = JsonParser.parseString(new String(content, StandardCharsets.UTF_8));
                if (!json.isJsonObject() || !"2.0".equals(json.getAsJsonObject().get("jsonrpc").getAsString())) {
                    violation("a frame that is not a JSON-RPC 2.0 object: " + json);
                    return;
                }
                synchronized (seen) {
                    seen.add(json.getAsJsonObject());
                }
                received.add(json.getAsJsonObject());
            }
        } catch (IOException closed) {
            // The pipe broke because the server stopped writing: the end of its output.
        } catch (RuntimeException e) {
            violation(e.toString());
        }
    }

    /* A line ended by CR LF, or null at the end of the stream; a bare LF is a violation. */
    private String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int previous = -1;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                if (previous != '\r') {
                    violation("a line ended by LF alone");
                }
                byte[] line = bytes.toByteArray();
                return new String(line, 0, Math.max(0, line.length - 1), StandardCharsets.US_ASCII);
            }
            bytes.write(c);
            previous = c;
        }
        if (bytes.size() > 0) {
            violation("bytes after the last frame: '" + bytes.toString(StandardCharsets.US_ASCII) + "'");
        }
        return null;
    }

    private void violation(String what) {
        synchronized (violations) {
            violations.add(what);
        }
    }
}
