package nngt.graph.internal;

import java.util.Arrays;

/**
 * An open-addressing set of long keys (edge keys {@code source * n + target}), with removal, so that
 * duplicate checks cost no object per edge.
 */
public final class LongHashSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int size;

    /**
     * @param expected number of keys expected
     */
    public LongHashSet(long expected) {
        int capacity = Integer.highestOneBit((int) Math.min(1L << 30, Math.max(16, expected * 2))) << 1;
        slots = new long[capacity];
        Arrays.fill(slots, EMPTY);
    }

    /**
     * @return number of keys
     */
    public int size() {
        return size;
    }

    /**
     * @param key a key other than {@link Long#MIN_VALUE}
     * @return true when it was added, false when already present
     */
    public boolean add(long key) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) RandomStreams.mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = key;
        size++;
        return true;
    }

    /**
     * @param key a key
     * @return whether it is present
     */
    public boolean contains(long key) {
        int mask = slots.length - 1;
        int i = (int) RandomStreams.mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /**
     * Removes a key, shifting the following cluster back so that lookups stay correct without tombstones.
     *
     * @param key a key
     * @return whether it was present
     */
    public boolean remove(long key) {
        int mask = slots.length - 1;
        int i = (int) RandomStreams.mix(key) & mask;
        while (slots[i] != key) {
            if (slots[i] == EMPTY) {
                return false;
            }
            i = (i + 1) & mask;
        }
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (slots[j] == EMPTY) {
                break;
            }
            int home = (int) RandomStreams.mix(slots[j]) & mask;
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                slots[hole] = slots[j];
                hole = j;
            }
        }
        slots[hole] = EMPTY;
        size--;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long key : old) {
            if (key != EMPTY) {
                add(key);
            }
        }
    }
}
