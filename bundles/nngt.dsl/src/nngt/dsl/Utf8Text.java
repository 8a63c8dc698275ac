package nngt.dsl;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of a model file decoded strictly as UTF-8, or where and why it is not UTF-8. A leading
 * byte-order mark is dropped.
 *
 * @param text the decoded text, or null when the bytes are not UTF-8
 * @param error a sentence naming the first offending byte and its offset, or null
 * @param errorLine 1-based line of that byte
 * @param errorColumn 1-based column of that byte (in characters of its line)
 */
record Utf8Text(String text, String error, int errorLine, int errorColumn) {

    private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    /**
     * @param bytes the contents of a file
     * @return the text, or the position of the first byte that is not UTF-8
     */
    static Utf8Text decode(byte[] bytes) {
        int start = startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never decodes to more UTF-16 characters than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (!result.isError()) {
            return new Utf8Text(out.toString(), null, 0, 0);
        }
        int offset = in.position();
        String before = out.toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        String message = String.format(Locale.ROOT, "The file is not UTF-8: byte 0x%02X at byte offset %d does not "
                + "belong to a UTF-8 character; save the file as UTF-8 (it may be in Latin-1 or Windows-1252).",
                bytes[offset] & 0xFF, offset);
        return new Utf8Text(null, message, line, column);
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= BYTE_ORDER_MARK.length && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
    }
}
