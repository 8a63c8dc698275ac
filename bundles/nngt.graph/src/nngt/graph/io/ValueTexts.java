package nngt.graph.io;

import java.util.function.IntFunction;

/**
 * The text of one numeric column's values in one format, kept for the values met last: a network's
 * weights and delays take few distinct values (one per connection, or a few thousand on the resolution
 * grid), so most edges reuse a text instead of formatting a number.
 */
final class ValueTexts {

    private static final int SLOTS = 1 << 12;

    private final Attribute column;
    private final IntFunction<String> format;
    private final long[] keys = new long[SLOTS];
    private final char[][] texts = new char[SLOTS][];

    /**
     * @param column a numeric column
     * @param format the text of the value at an index, in the format written
     */
    ValueTexts(Attribute column, IntFunction<String> format) {
        this.column = column;
        this.format = format;
    }

    char[] text(int i) {
        long key = column.bits(i);
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 52);
        char[] text = texts[slot];
        if (text == null || keys[slot] != key) {
            text = format.apply(i).toCharArray();
            keys[slot] = key;
            texts[slot] = text;
        }
        return text;
    }
}
