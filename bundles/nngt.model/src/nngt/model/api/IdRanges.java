package nngt.model.api;

import java.util.Arrays;

/**
 * A set of neuron ids as sorted, disjoint, non-adjacent half-open ranges: a selection of whole groups
 * costs a few longs whatever the groups' sizes, so that validating a network of 10^9 neurons allocates
 * nothing of that size, and counts never overflow an int.
 */
public final class IdRanges {

    /** The empty set. */
    public static final IdRanges EMPTY = new IdRanges(new long[0]);

    /** Starts and ends, alternating: [start0, end0, start1, end1, ...], ends exclusive. */
    private final long[] bounds;

    private IdRanges(long[] bounds) {
        this.bounds = bounds;
    }

    /**
     * Collects ranges in any order, overlapping or not, and merges them.
     */
    public static final class Builder {
        private long[] bounds = new long[16];
        private int length;

        /**
         * @param start first id
         * @param end one past the last id; nothing is added when it is not above start
         * @return this builder
         */
        public Builder add(long start, long end) {
            if (end > start) {
                if (length == bounds.length) {
                    bounds = Arrays.copyOf(bounds, length * 2);
                }
                bounds[length++] = start;
                bounds[length++] = end;
            }
            return this;
        }

        /**
         * @return the union of the ranges added
         */
        public IdRanges build() {
            int count = length / 2;
            long[][] ranges = new long[count][];
            for (int i = 0; i < count; i++) {
                ranges[i] = new long[] { bounds[2 * i], bounds[2 * i + 1] };
            }
            Arrays.sort(ranges, (a, b) -> Long.compare(a[0], b[0]));
            long[] merged = new long[length];
            int size = 0;
            for (long[] range : ranges) {
                if (size > 0 && range[0] <= merged[size - 1]) {
                    merged[size - 1] = Math.max(merged[size - 1], range[1]);
                } else {
                    merged[size++] = range[0];
                    merged[size++] = range[1];
                }
            }
            return new IdRanges(Arrays.copyOf(merged, size));
        }
    }

    /**
     * @return the number of ids
     */
    public long count() {
        long count = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            count += bounds[i + 1] - bounds[i];
        }
        return count;
    }

    /**
     * The ids one by one, for a network whose arrays hold them.
     *
     * @return the ids in increasing order
     * @throws IllegalArgumentException when there are more ids, or larger ones, than a Java int array holds
     */
    public int[] toIntArray() {
        long count = count();
        if (count > Integer.MAX_VALUE - 8 || (bounds.length > 0 && bounds[bounds.length - 1] > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("The selection holds " + count + " ids up to "
                    + (bounds[bounds.length - 1] - 1) + "; a network's arrays hold ids below " + Integer.MAX_VALUE
                    + ".");
        }
        int[] ids = new int[(int) count];
        int k = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            for (long id = bounds[i]; id < bounds[i + 1]; id++) {
                ids[k++] = (int) id;
            }
        }
        return ids;
    }

    /**
     * @return whether the set holds no id
     */
    public boolean isEmpty() {
        return bounds.length == 0;
    }

    /**
     * @param other another set
     * @return the number of ids in both sets
     */
    public long sharedCount(IdRanges other) {
        long shared = 0;
        int i = 0;
        int j = 0;
        while (i < bounds.length && j < other.bounds.length) {
            long start = Math.max(bounds[i], other.bounds[j]);
            long end = Math.min(bounds[i + 1], other.bounds[j + 1]);
            shared += Math.max(0, end - start);
            if (bounds[i + 1] < other.bounds[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return shared;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdRanges ranges && Arrays.equals(bounds, ranges.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }
}
