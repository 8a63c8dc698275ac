package nngt.sim.embedded.internal;

import nngt.sim.api.SimulationPlan;

/**
 * Where the engine's threads read the edges they build their synapse tables from: the plan's arrays,
 * or a generator that draws the edges of any range of targets again whenever asked, so that a thread
 * fills its tables straight from the generator and no edge array exists at all (10^9 synapses at 4
 * bytes each).
 */
public interface EdgeSource {

    /**
     * @return the number of edges
     */
    long size();

    /**
     * @param lo first target id
     * @param hi end of the targets (exclusive)
     * @return the edges whose target lies in [lo, hi), in the same order every time
     */
    EdgeCursor edgesTo(int lo, int hi);

    /**
     * @return edges that show every delay there is: all of them, or fewer when the source knows its
     *         delays
     */
    EdgeCursor delays();

    /**
     * @param plan a plan
     * @return its edge arrays, read in order
     */
    static EdgeSource of(SimulationPlan plan) {
        return new EdgeSource() {
            @Override
            public long size() {
                return plan.sources().length;
            }

            @Override
            public EdgeCursor edgesTo(int lo, int hi) {
                return new ArrayCursor(plan, lo, hi);
            }

            @Override
            public EdgeCursor delays() {
                return new ArrayCursor(plan, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
        };
    }

    /** One edge at a time: {@link #next()} moves to the next edge, the other methods describe it. */
    interface EdgeCursor {

        /**
         * @return whether there is one more edge
         */
        boolean next();

        /**
         * @return the edge's index in the plan's arrays (its per-edge synapse model and parameters), or
         *         -1 for a generated edge, which is static and has none
         */
        int edge();

        /**
         * @return the source id
         */
        int source();

        /**
         * @return the target id
         */
        int target();

        /**
         * @return the signed weight
         */
        float weight();

        /**
         * @return the delay in ms
         */
        float delayMs();
    }

    /** The plan's edges whose target lies in a range, by increasing index. */
    final class ArrayCursor implements EdgeCursor {
        private final int[] sources;
        private final int[] targets;
        private final float[] weights;
        private final float[] delays;
        private final int lo;
        private final int hi;
        private int e = -1;

        ArrayCursor(SimulationPlan plan, int lo, int hi) {
            this.sources = plan.sources();
            this.targets = plan.targets();
            this.weights = plan.weights();
            this.delays = plan.delaysMs();
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
        public int edge() {
            return e;
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
            return delays[e];
        }
    }
}
