package nngt.catalog.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "Did you mean" support: the optimal-string-alignment form of the Damerau-Levenshtein distance. */
public final class EditDistance {

    /** Suggestions never list more names than this. */
    public static final int MAX_SUGGESTIONS = 3;

    private EditDistance() {
    }

    /**
     * The number of single-character insertions, deletions, substitutions and adjacent transpositions that turn
     * one text into the other (no substring edited twice).
     *
     * @param a a text
     * @param b another text
     * @return the distance, 0 when equal
     * @throws IllegalArgumentException when a or b is null
     */
    public static int distance(String a, String b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("both texts must be non-null, but got a=" + a + ", b=" + b);
        }
        int n = a.length();
        int m = b.length();
        // three rows suffice: the transposition looks two rows back
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, twoBack[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }

    /**
     * The candidates closest to an unknown name, compared case-insensitively. A candidate is close when its
     * distance is at most a quarter of the unknown name's length (at least 1, at most 3 edits), or when the
     * unknown name (3 characters or more) is the start of the candidate, as in {@code tau_syn} for
     * {@code tau_syn_ex}. Closest first; ties
     * put prefix matches first, then alphabetical order.
     *
     * @param unknown    the name that matched nothing
     * @param candidates the valid names
     * @return at most {@value #MAX_SUGGESTIONS} names, best first; empty when none is close
     * @throws IllegalArgumentException when unknown or candidates is null
     */
    public static List<String> suggestions(String unknown, Collection<String> candidates) {
        if (unknown == null) {
            throw new IllegalArgumentException("unknown must be the name to correct, but was null");
        }
        if (candidates == null) {
            throw new IllegalArgumentException("candidates must be a collection of names, but was null");
        }
        String wanted = unknown.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(1, Math.min(3, wanted.length() / 4));
        Map<String, int[]> scored = new LinkedHashMap<>();
        for (String candidate : candidates) {
            if (candidate == null || scored.containsKey(candidate)) {
                continue;
            }
            String lower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, lower);
            boolean prefix = wanted.length() >= 3 && lower.startsWith(wanted);
            if (distance <= tolerance || prefix) {
                scored.put(candidate, new int[] {distance, prefix ? 0 : 1});
            }
        }
        List<String> close = new ArrayList<>(scored.keySet());
        close.sort(Comparator.<String>comparingInt(name -> scored.get(name)[0])
                .thenComparingInt(name -> scored.get(name)[1])
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(close.subList(0, Math.min(MAX_SUGGESTIONS, close.size())));
    }
}
