package nngt.dsl.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageConstants;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reads LSP base-protocol frames ({@code Content-Length: N}, blank line, N bytes of JSON) and survives
 * any input. LSP4J's own reader allocates whatever length a header claims, recurses as deep as the JSON
 * nests, and after a bad frame reads the following messages as headers, so one framing error leaves the
 * server alive but deaf. This reader instead
 * <ul>
 * <li>refuses a Content-Length that is missing, not a number, zero or above {@link #MAX_CONTENT_LENGTH};</li>
 * <li>refuses JSON nested deeper than {@link #MAX_DEPTH} before it reaches the JSON parser;</li>
 * <li>notices a Content-Length that is too small (the JSON ends unfinished) or too large (another
 * frame starts after the JSON value);</li>
 * <li>answers each such error with a JSON-RPC error response (ParseError -32700 with a null id, or
 * InvalidRequest -32600 with the request's id where it can be read), then resynchronises on the next
 * {@code Content-Length:} header.</li>
 * </ul>
 */
final class FramedMessageProducer implements MessageProducer, Closeable {

    /** The largest message accepted, in bytes: 64 MiB, far above any real document. */
    static final int MAX_CONTENT_LENGTH = 64 << 20;

    /** The deepest JSON nesting accepted; LSP messages nest less than twenty levels. */
    static final int MAX_DEPTH = 256;

    /** The longest header line accepted, in bytes. */
    static final int MAX_HEADER_LINE = 8 << 10;

    private static final Logger LOG = Logger.getLogger(FramedMessageProducer.class.getName());
    private static final String CONTENT_LENGTH = "content-length:";
    private static final int BUFFER_SIZE = 8 << 10;

    private final InputStream input;
    private final MessageJsonHandler jsonHandler;
    private final MessageIssueHandler issueHandler;
    private final MessageConsumer replies;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    /* A header line that resynchronisation has read already, or null. */
    private String pending;
    private volatile boolean keepRunning;

    /**
     * @param input the client's messages
     * @param jsonHandler parses messages
     * @param issueHandler answers messages that parse but are not valid requests
     * @param replies where error responses to broken frames go (the outgoing message stream)
     */
    FramedMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler,
            MessageConsumer replies) {
        this.input = input;
        this.jsonHandler = jsonHandler;
        this.issueHandler = issueHandler;
        this.replies = replies;
    }

    @Override
    public void listen(MessageConsumer callback) {
        keepRunning = true;
        try {
            while (keepRunning) {
                String line = pending != null ? pending : readLine();
                pending = null;
                if (line == null || !line.isEmpty() && !readFrame(line, callback)) {
                    return;
                }
            }
        } catch (IOException e) {
            if (!JsonRpcException.indicatesStreamClosed(e)) {
                throw new JsonRpcException(e);
            }
        }
    }

    /*
     * Reads the frame whose header starts with the given line and hands its message on, or answers
     * what is wrong with it and skips to the next header. Returns false at the end of the input.
     */
    private boolean readFrame(String firstLine, MessageConsumer callback) throws IOException {
        String lengthText = null;
        String line = firstLine;
        while (!line.isEmpty()) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (name.equals("content-length")) {
                lengthText = line.substring(colon + 1).trim();
            } else if (!name.equals("content-type")) {
                refuse("The input holds " + describe(line) + " where an LSP header (Content-Length or Content-Type) "
                        + "was expected; it was skipped up to the next Content-Length header.");
                pending = headerInside(line);
                if (pending == null) {
                    pending = resynchronise();
                }
                return true;
            }
            line = readLine();
            if (line == null) {
                return false;
            }
        }
        if (lengthText == null) {
            skip("A message has no Content-Length header; it was skipped up to the next one.");
            return true;
        }
        int length = contentLength(lengthText);
        if (length < 0) {
            pending = resynchronise();
            return true;
        }
        if (length == 0) {
            return true;
        }
        Body body = readBody(length);
        switch (body.outcome()) {
            case COMPLETE -> handle(body.bytes(), callback);
            case END_OF_INPUT -> {
                return false;
            }
            case TOO_DEEP -> skip("A message nests JSON deeper than " + MAX_DEPTH + " levels; it was skipped.");
            case ENDS_EARLY -> skip("A message declares Content-Length " + length + " but its JSON ends after "
                    + body.bytes().length + " bytes, and another message starts there; the Content-Length was "
                    + "wrong and the message was skipped.");
            case UNFINISHED -> skip("A message declares Content-Length " + length + " but its JSON is not complete "
                    + "after that many bytes; the Content-Length is too small, the message was skipped.");
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        keepRunning = false;
        input.close();
    }

    /* The length, 0 for a refused empty message (nothing to skip), or -1 for one to skip. */
    private int contentLength(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            refuse("Content-Length " + describe(text) + " is not a number of bytes; the message was skipped.");
            return -1;
        }
        long length = text.length() > 10 ? Long.MAX_VALUE : Long.parseLong(text);
        if (length > MAX_CONTENT_LENGTH) {
            refuse("Content-Length " + (text.length() > 20 ? text.substring(0, 20) + "..." : text)
                    + " exceeds the largest message accepted, " + MAX_CONTENT_LENGTH + " bytes (64 MiB); "
                    + "the message was skipped.");
            return -1;
        }
        if (length == 0) {
            refuse("Content-Length 0 announces an empty message; a JSON-RPC message has at least 2 bytes.");
        }
        return (int) length;
    }

    private void handle(byte[] bytes, MessageConsumer callback) {
        String content = new String(bytes, StandardCharsets.UTF_8);
        Message message;
        try {
            message = jsonHandler.parseMessage(content);
        } catch (MessageIssueException e) {
            answerIssues(content, e);
            return;
        } catch (RuntimeException e) {
            answerUnreadable(content, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return;
        }
        try {
            callback.consume(message);
        } catch (MessageIssueException e) {
            answerIssues(content, e);
        } catch (RuntimeException e) {
            // A failing handler must not stop the reader: every later message would go unanswered.
            LOG.log(Level.WARNING, "The language server failed to handle a message: " + e, e);
        }
    }

    /*
     * LSP4J answers a request with issues by its id, and rightly answers no notification; anything else
     * it only logs, which leaves a client that sent broken JSON without an answer.
     */
    private void answerIssues(String content, MessageIssueException error) {
        if (error.getRpcMessage() instanceof RequestMessage || error.getRpcMessage() instanceof NotificationMessage) {
            issueHandler.handle(error.getRpcMessage(), error.getIssues());
        } else {
            answerUnreadable(content, error.getIssues().stream().map(MessageIssue::getText)
                    .collect(Collectors.joining("; ")));
        }
    }

    /*
     * Answers a message that LSP4J cannot read: with the request's id where the JSON has one, with a null
     * id where it has none; a response of the client is not answered.
     */
    private void answerUnreadable(String content, String reason) {
        JsonObject object = null;
        try {
            JsonElement json = JsonParser.parseString(content);
            object = json.isJsonObject() ? json.getAsJsonObject() : null;
        } catch (RuntimeException notJson) {
            // Then it is a parse error proper, answered with a null id.
        }
        if (object != null && !object.has("method") && (object.has("result") || object.has("error"))) {
            LOG.warning("A response of the client cannot be read (" + reason + "); it was ignored.");
            return;
        }
        Either<String, Number> id = null;
        if (object != null && object.get("id") instanceof JsonPrimitive primitive) {
            id = primitive.isNumber() ? Either.forRight(primitive.getAsNumber()) : Either.forLeft(primitive.getAsString());
        }
        if (id == null) {
            reply(null, ResponseErrorCode.ParseError, "The message is not valid JSON-RPC (" + reason + ").");
        } else {
            reply(id, ResponseErrorCode.InvalidRequest, "The request cannot be read (" + reason + ").");
        }
    }

    /* Answers a framing error and skips the input up to the next header. */
    private void skip(String message) throws IOException {
        refuse(message);
        pending = resynchronise();
    }

    private void refuse(String message) {
        LOG.warning(message);
        reply(null, ResponseErrorCode.ParseError, message);
    }

    private void reply(Either<String, Number> id, ResponseErrorCode code, String message) {
        ResponseMessage response = new ResponseMessage();
        response.setJsonrpc(MessageConstants.JSONRPC_VERSION);
        response.setRawId(id);
        response.setError(new ResponseError(code, message, null));
        replies.consume(response);
    }

    /*
     * Skips input up to the next "Content-Length:" (in any case) and returns that header line, or null at
     * the end of the input.
     */
    private String resynchronise() throws IOException {
        int matched = 0;
        while (matched < CONTENT_LENGTH.length()) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (Character.toLowerCase(c) == CONTENT_LENGTH.charAt(matched)) {
                matched++;
            } else {
                // The pattern starts with its only 'c', so a mismatch can only restart at this byte.
                matched = Character.toLowerCase(c) == CONTENT_LENGTH.charAt(0) ? 1 : 0;
            }
        }
        String rest = readLine();
        return rest == null ? null : "Content-Length:" + rest;
    }

    /* The header that starts inside a line of garbage (a frame glued to what precedes it), or null. */
    private static String headerInside(String line) {
        int start = line.toLowerCase(Locale.ROOT).indexOf(CONTENT_LENGTH, 1);
        return start < 0 ? null : line.substring(start);
    }

    /*
     * One header line without its CR LF (bytes as ISO-8859-1 characters), null at the end of the input.
     * A line longer than MAX_HEADER_LINE is returned cut, which makes it garbage.
     */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = read();
            if (c == -1) {
                return line.isEmpty() ? null : line.toString();
            }
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
            if (line.length() >= MAX_HEADER_LINE) {
                return line.toString();
            }
        }
    }

    /** How reading a message body ended. */
    private enum Outcome {
        /** One JSON value filled the declared length (or the body is not an object or array: the parser judges). */
        COMPLETE,
        /** The input ended inside the body. */
        END_OF_INPUT,
        /** The JSON nests deeper than {@link #MAX_DEPTH}. */
        TOO_DEEP,
        /** The JSON value ended and something other than white space followed within the declared length. */
        ENDS_EARLY,
        /** The declared length ended inside the JSON value. */
        UNFINISHED
    }

    private record Body(Outcome outcome, byte[] bytes) {
    }

    /*
     * Reads up to length bytes, following the JSON structure (strings, escapes, nesting) so that a wrong
     * length or a deep nesting shows before the JSON parser sees the bytes. Memory grows with the bytes
     * that arrive, not with the length that a header claims.
     */
    private Body readBody(int length) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.min(length, BUFFER_SIZE));
        int depth = 0;
        boolean started = false;
        boolean ended = false;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < length; i++) {
            int c = read();
            if (c == -1) {
                return new Body(Outcome.END_OF_INPUT, null);
            }
            if (ended) {
                if (!isWhitespace(c)) {
                    position--;
                    return new Body(Outcome.ENDS_EARLY, bytes.toByteArray());
                }
                continue;
            }
            bytes.write(c);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                started = true;
                if (++depth > MAX_DEPTH) {
                    return new Body(Outcome.TOO_DEEP, null);
                }
            } else if ((c == '}' || c == ']') && --depth <= 0 && started) {
                ended = true;
            }
        }
        return new Body(started && !ended ? Outcome.UNFINISHED : Outcome.COMPLETE, bytes.toByteArray());
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /* One byte, buffered; -1 at the end of the input. */
    private int read() throws IOException {
        if (position == limit) {
            int count;
            do {
                count = input.read(buffer, 0, buffer.length);
            } while (count == 0);
            if (count < 0) {
                return -1;
            }
            position = 0;
            limit = count;
        }
        return buffer[position++] & 0xFF;
    }

    /* A piece of input for a message: printable text quoted and cut, anything else as a byte count. */
    private static String describe(String text) {
        boolean printable = text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
        if (!printable) {
            return text.length() + " bytes of binary data";
        }
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }
}
