package nngt.graph.generate;

/** Connection probability as a function of distance d and scale s (NNGT {@code distance_rule} rules). */
public enum DistanceProfile {
    /** {@code exp(-d/s)}; candidates within 10 s. */
    EXP,
    /** {@code exp(-d²/(2 s²))}; candidates within 10 s. */
    GAUSSIAN,
    /** {@code max(0, (s-d)/s)}; candidates within s. */
    LIN;

    /**
     * @param distance d, 0 or more
     * @param scale s, above 0
     * @return the probability factor at that distance
     */
    public double probability(double distance, double scale) {
        return switch (this) {
            case EXP -> Math.exp(-distance / scale);
            case GAUSSIAN -> Math.exp(-distance * distance / (2 * scale * scale));
            case LIN -> Math.max(0, (scale - distance) / scale);
        };
    }

    /**
     * @param scale s
     * @return half the side of the candidate box around a source (NNGT: s for lin, 10 s otherwise)
     */
    public double reach(double scale) {
        return this == LIN ? scale : 10 * scale;
    }
}
