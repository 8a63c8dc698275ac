package nngt.sim.api;

import java.util.List;
import java.util.Map;

/** A plan's edge arrays read as {@link PlanEdges}: each range is a scan of all edges. */
final class ArrayEdges implements PlanEdges {

    private final int[] sources;
    private final int[] targets;
    private final float[] weights;
    private final float[] delaysMs;
    private final int[] synapseModelIndex;
    private final List<String> names;
    private final float[][] columns;

    ArrayEdges(int[] sources, int[] targets, float[] weights, float[] delaysMs, int[] synapseModelIndex,
            Map<String, float[]> edgeParameters) {
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
        this.delaysMs = delaysMs;
        this.synapseModelIndex = synapseModelIndex;
        this.names = List.copyOf(edgeParameters.keySet());
        this.columns = edgeParameters.values().toArray(new float[0][]);
    }

    @Override
    public long size() {
        return sources.length;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public boolean[] synapseModelsUsed(int models) {
        boolean[] used = new boolean[models + 1];
        if (synapseModelIndex == null) {
            used[0] = sources.length > 0;
            return used;
        }
        for (int index : synapseModelIndex) {
            used[index + 1] = true;
        }
        return used;
    }

    @Override
    public PlanEdges.Cursor edgesTo(int lo, int hi) {
        return new Cursor(lo, hi);
    }

    @Override
    public PlanEdges.Cursor delaySamples() {
        return new Cursor(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The edges whose target lies in a range, by increasing index. */
    private final class Cursor implements PlanEdges.Cursor {
        private final int lo;
        private final int hi;
        private int e = -1;

        Cursor(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public boolean next() {
            for (e++; e < targets.length; e++) {
                if (targets[e] >= lo && targets[e] < hi) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int source() {
            return sources[e];
        }

        @Override
        public int target() {
            return targets[e];
        }

        @Override
        public float weight() {
            return weights[e];
        }

        @Override
        public float delayMs() {
            return delaysMs[e];
        }

        @Override
        public int synapseModel() {
            return synapseModelIndex == null ? -1 : synapseModelIndex[e];
        }

        @Override
        public float parameter(int column) {
            return columns[column][e];
        }
    }
}
