package nngt.graph.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Text written through one large char buffer, so that a network's millions of lines cost no object or
 * call to the writer each: integers are laid out in place, and repeated numbers reuse their text
 * ({@link ValueTexts}).
 */
final class TextSink {

    private static final int CAPACITY = 1 << 16;

    private final Writer writer;
    private final char[] buffer = new char[CAPACITY];
    private int size;

    TextSink(Writer writer) {
        this.writer = writer;
    }

    TextSink append(char c) {
        if (size == CAPACITY) {
            drain();
        }
        buffer[size++] = c;
        return this;
    }

    TextSink append(String text) {
        if (text.length() > CAPACITY - size) {
            drain();
            if (text.length() > CAPACITY) {
                write(text);
                return this;
            }
        }
        text.getChars(0, text.length(), buffer, size);
        size += text.length();
        return this;
    }

    TextSink append(char[] text) {
        if (text.length > CAPACITY - size) {
            drain();
            if (text.length > CAPACITY) {
                write(new String(text));
                return this;
            }
        }
        System.arraycopy(text, 0, buffer, size, text.length);
        size += text.length;
        return this;
    }

    /** Appends a decimal integer, as {@link Long#toString(long)} writes it. */
    TextSink append(long value) {
        if (CAPACITY - size < 20) {
            drain();
        }
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return append(Long.toString(value));
            }
            buffer[size++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        int at = size + digits;
        do {
            buffer[--at] = (char) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        size += digits;
        return this;
    }

    /** Hands everything to the writer and flushes it. */
    void flush() {
        drain();
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain() {
        try {
            writer.write(buffer, 0, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size = 0;
    }

    private void write(String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
