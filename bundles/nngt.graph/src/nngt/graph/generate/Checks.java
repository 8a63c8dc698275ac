package nngt.graph.generate;

import java.util.Arrays;
import java.util.BitSet;

/** Argument checks shared by the generators; messages name the argument, the value and the bound. */
final class Checks {

    private Checks() {
    }

    static int[] ids(String argument, int[] ids) {
        if (ids == null) {
            throw new IllegalArgumentException("Argument '" + argument + "' is null; give an array of node ids.");
        }
        BitSet seen = new BitSet();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0) {
                throw new IllegalArgumentException("Argument '" + argument + "' holds the id " + ids[i] + " at index " + i
                        + "; node ids are 0 or more.");
            }
            if (seen.get(ids[i])) {
                throw new IllegalArgumentException("Argument '" + argument + "' holds the id " + ids[i] + " twice; ids must be distinct.");
            }
            seen.set(ids[i]);
        }
        return ids.clone();
    }

    static boolean sameSet(int[] a, int[] b) {
        if (a.length != b.length) {
            return false;
        }
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    static BitSet members(int[] ids) {
        BitSet set = new BitSet();
        for (int id : ids) {
            set.set(id);
        }
        return set;
    }

    /** Number of (s, t) pairs with s != t. */
    static long possiblePairs(int[] sources, int[] targets) {
        BitSet t = members(targets);
        long common = 0;
        for (int s : sources) {
            if (t.get(s)) {
                common++;
            }
        }
        return (long) sources.length * targets.length - common;
    }

    static double probability(String argument, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("Argument '" + argument + "' is " + value + "; it must lie in [0, 1].");
        }
        return value;
    }

    static void sameSetRequired(String rule, int[] sources, int[] targets) {
        if (!sameSet(sources, targets)) {
            throw new IllegalArgumentException("Arguments 'sources' and 'targets' differ, but " + rule
                    + " needs one population: give the same ids on both sides.");
        }
    }

    /** Edge count of an edge-count rule (NNGT _compute_connections). */
    static long edgeCount(int nSources, int nTargets, Double density, Long edges, Double averageDegree) {
        if (averageDegree != null) {
            if (!(averageDegree >= 0) || Double.isInfinite(averageDegree)) {
                throw new IllegalArgumentException("Argument 'averageDegree' is " + averageDegree + "; it must be finite and 0 or more.");
            }
            return (long) (averageDegree * nSources);
        }
        if (edges != null) {
            if (edges < 0) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges + "; it must be 0 or more.");
            }
            return edges;
        }
        if (density != null) {
            probability("density", density);
            return (long) (density * nSources * (double) nTargets);
        }
        throw new IllegalArgumentException("Arguments 'density', 'edges' and 'averageDegree' are all null; give one of them.");
    }
}
