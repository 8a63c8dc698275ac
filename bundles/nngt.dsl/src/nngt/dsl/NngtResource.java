package nngt.dsl;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * The resource of a .nngt model: Xtext's lazily linking resource that accepts a leading byte-order
 * mark. Editors on Windows save UTF-8 with one, and the lexer would otherwise report it as a syntax error.
 * The mark is read as a space rather than dropped, so that offsets, and with them the positions that
 * editors and the language server show, stay those of the text as stored.
 */
public class NngtResource extends LazyLinkingResource {

    /** The byte-order mark as a character: U+FEFF. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    protected Reader createReader(InputStream inputStream) throws IOException {
        return new ByteOrderMarkAsSpace(super.createReader(inputStream));
    }

    @Override
    public void reparse(String newContent) throws IOException {
        super.reparse(withoutByteOrderMark(newContent));
    }

    /**
     * @param text model text
     * @return the text with a leading byte-order mark replaced by a space (same length)
     */
    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? ' ' + text.substring(1) : text;
    }

    /** Replaces a byte-order mark in the first character read by a space. */
    private static final class ByteOrderMarkAsSpace extends FilterReader {

        private boolean first = true;

        ByteOrderMarkAsSpace(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (first && c != -1) {
                first = false;
                return c == BYTE_ORDER_MARK ? ' ' : c;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (first && count > 0) {
                first = false;
                if (buffer[offset] == BYTE_ORDER_MARK) {
                    buffer[offset] = ' ';
                }
            }
            return count;
        }
    }
}
