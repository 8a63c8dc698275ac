package nngt.graph.space;


import nngt.graph.internal.Parallel;
import nngt.graph.internal.RandomStreams;
import nngt.graph.internal.ReusableRandom;

/**
 * Uniform placement of neurons in NNGT's shapes, centred on the origin, in micrometres. Neuron i's
 * position comes from its own stream (seed, i), so positions do not depend on the thread count.
 */
public final class Placement {

    /** NNGT's default neuron density of {@code distance_rule}, in neurons per mm². */
    public static final double DEFAULT_NEURON_DENSITY = 1000;

    private final double[] x;
    private final double[] y;

    private Placement(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * @return x coordinates in micrometres, one per neuron
     */
    public double[] x() {
        return x;
    }

    /**
     * @return y coordinates in micrometres, one per neuron
     */
    public double[] y() {
        return y;
    }

    /**
     * Uniform positions in a rectangle centred on the origin.
     *
     * @param count number of neurons, 0 or more
     * @param width width in micrometres, above 0
     * @param height height in micrometres, above 0
     * @param seed seed of the per-neuron streams
     * @param threads threads to use
     * @return the positions
     * @throws IllegalArgumentException when an argument is out of range
     */
    public static Placement rectangle(int count, double width, double height, long seed, int threads) {
        requirePositive("width", width);
        requirePositive("height", height);
        requireCount(count);
        double[] x = new double[count];
        double[] y = new double[count];
        fill(count, threads, (random, i) -> {
            random.reset(seed, RandomStreams.POSITIONS, i);
            x[i] = (random.nextDouble() - 0.5) * width;
            y[i] = (random.nextDouble() - 0.5) * height;
        });
        return new Placement(x, y);
    }

    /**
     * Uniform positions in a disk centred on the origin.
     *
     * @param count number of neurons, 0 or more
     * @param radius radius in micrometres, above 0
     * @param seed seed of the per-neuron streams
     * @param threads threads to use
     * @return the positions
     * @throws IllegalArgumentException when an argument is out of range
     */
    public static Placement disk(int count, double radius, long seed, int threads) {
        requirePositive("radius", radius);
        requireCount(count);
        double[] x = new double[count];
        double[] y = new double[count];
        fill(count, threads, (random, i) -> {
            random.reset(seed, RandomStreams.POSITIONS, i);
            double r = radius * Math.sqrt(random.nextDouble());
            double angle = 2 * Math.PI * random.nextDouble();
            x[i] = r * Math.cos(angle);
            y[i] = r * Math.sin(angle);
        });
        return new Placement(x, y);
    }

    /**
     * NNGT's default space of a spatial rule without a shape: a square of side {@code sqrt(N / density)}.
     *
     * @param count number of neurons
     * @param density neurons per mm², above 0
     * @param seed seed of the per-neuron streams
     * @param threads threads to use
     * @return the positions
     * @throws IllegalArgumentException when an argument is out of range
     */
    public static Placement square(int count, double density, long seed, int threads) {
        requirePositive("density", density);
        double side = Math.sqrt(count / (density / 1e6));
        return rectangle(count, count == 0 ? 1 : side, count == 0 ? 1 : side, seed, threads);
    }

    /**
     * @param x explicit x coordinates in micrometres
     * @param y explicit y coordinates in micrometres
     * @return those positions
     * @throws IllegalArgumentException when the lengths differ or a coordinate is not finite
     */
    public static Placement explicit(double[] x, double[] y) {
        if (x == null || y == null || x.length != y.length) {
            throw new IllegalArgumentException("Arguments 'x' and 'y' must have the same length; got "
                    + (x == null ? "null" : x.length) + " and " + (y == null ? "null" : y.length) + ".");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("Position " + i + " is (" + x[i] + ", " + y[i] + "); coordinates must be finite.");
            }
        }
        return new Placement(x.clone(), y.clone());
    }

    /** Runs {@code body} for every neuron, with a stream per worker that the body restarts for each neuron. */
    private static void fill(int count, int threads, java.util.function.ObjIntConsumer<ReusableRandom> body) {
        int block = 4096;
        Parallel.forEach(threads, Parallel.blocks(count, block), ReusableRandom::new, (random, b) -> {
            int end = Math.min(count, (b + 1) * block);
            for (int i = b * block; i < end; i++) {
                body.accept(random, i);
            }
        });
    }

    private static void requirePositive(String argument, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Argument '" + argument + "' is " + value + "; it must be finite and above 0.");
        }
    }

    private static void requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Argument 'count' is " + count + "; it must be 0 or more.");
        }
    }
}
