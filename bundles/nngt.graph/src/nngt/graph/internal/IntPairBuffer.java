package nngt.graph.internal;

import java.util.Arrays;

/**
 * A growable pair of int columns (sources, targets) for generators whose edge count is only known at
 * the end.
 */
public final class IntPairBuffer {

    private int[] first;
    private int[] second;
    private int size;

    /**
     * @param capacity initial capacity
     */
    public IntPairBuffer(int capacity) {
        first = new int[Math.max(4, capacity)];
        second = new int[first.length];
    }

    /**
     * @param a first value
     * @param b second value
     */
    public void add(int a, int b) {
        if (size == first.length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, first.length * 3L / 2 + 4);
            if (capacity <= size) {
                throw new IllegalStateException("More than " + size + " edges do not fit in Java arrays.");
            }
            first = Arrays.copyOf(first, capacity);
            second = Arrays.copyOf(second, capacity);
        }
        first[size] = a;
        second[size] = b;
        size++;
    }

    /**
     * @return number of pairs
     */
    public int size() {
        return size;
    }

    /**
     * @param i index
     * @return the first value of pair i
     */
    public int first(int i) {
        return first[i];
    }

    /**
     * @param i index
     * @return the second value of pair i
     */
    public int second(int i) {
        return second[i];
    }

    /**
     * @param i index
     * @param a new first value
     * @param b new second value
     */
    public void set(int i, int a, int b) {
        first[i] = a;
        second[i] = b;
    }

    /**
     * Copies the pairs into two arrays.
     *
     * @param firsts destination of the first values
     * @param seconds destination of the second values
     * @param offset where to start writing
     */
    public void copyTo(int[] firsts, int[] seconds, int offset) {
        System.arraycopy(first, 0, firsts, offset, size);
        System.arraycopy(second, 0, seconds, offset, size);
    }
}
