package nngt.graph.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

import nngt.graph.internal.Parallel;
import nngt.graph.internal.RandomStreams;
import nngt.graph.internal.ReusableRandom;

/**
 * NNGT {@code distance_rule}: connection probability decays with the distance between positions.
 * The candidates of a source are the other targets within the square box |dx| &lt; L, |dy| &lt; L
 * ({@link DistanceProfile#reach}), as in NNGT.
 *
 * <p>Fixed edge count (NNGT's default mode): as in NNGT, every candidate pair is drawn at a rate
 * proportional to p(d), in rounds, a round that overshoots keeps a uniformly random subset, duplicates
 * are dropped (unless multigraph) and rounds repeat until the count is reached. NNGT draws uniform
 * candidates and accepts with p(d), which for the exponential rule wastes about 64 draws per edge; here
 * candidates are drawn by rejection from a grid: a cell with probability proportional to its size times
 * a bound of p(d) over it, a uniform node of the cell, accepted with p(d) over that bound. The pair rate
 * is the same (proportional to p(d)), at a few draws per edge. Trials per source are proportional to
 * its bound sum, stochastically rounded; each (round, source) pair has its own stream.
 *
 * <p>Probabilistic mode ({@code maxProbability > 0}): every candidate pair is kept independently with
 * probability {@code maxProbability * p(d)}: per cell, candidates are visited with geometric jumps at
 * the cell's bound and accepted with p(d) over it. The count is taken in a first pass and the edges
 * written in a second with the same per-source streams, into exact-size arrays.
 */
public final class DistanceRuleGenerator extends EdgeGenerator {

    /** Default profile, as in NNGT. */
    public static final DistanceProfile DEFAULT_PROFILE = DistanceProfile.EXP;
    /** Rounds before the fixed-count mode gives up. */
    public static final int MAX_ROUNDS = 1000;

    private static final int BLOCK = 256;

    private final int[] sources;
    private final int[] targets;
    private final double[] x;
    private final double[] y;
    private final double scale;
    private final DistanceProfile profile;
    private final long edges;
    private final double maxProbability;
    private final boolean multigraph;
    private final long seed;
    private final double reach;
    private final Grid grid;
    private long[] perSourceCounts;

    /**
     * @param sources source ids
     * @param targets target ids
     * @param x x position of every node id, in micrometres
     * @param y y position of every node id, in micrometres
     * @param scale s in micrometres, above 0
     * @param profile exp, gaussian or lin
     * @param edges edge count of the fixed-count mode (ignored when {@code maxProbability > 0})
     * @param maxProbability probability at distance 0 of the probabilistic mode in (0, 1], or 0 or less
     *        for the fixed-count mode
     * @param multigraph whether an edge may repeat (fixed-count mode)
     * @param seed seed of the random streams
     * @throws IllegalArgumentException when an argument is out of range or a position is missing
     */
    public DistanceRuleGenerator(int[] sources, int[] targets, double[] x, double[] y, double scale,
            DistanceProfile profile, long edges, double maxProbability, boolean multigraph, long seed) {
        this.sources = Checks.ids("sources", sources);
        this.targets = Checks.ids("targets", targets);
        if (x == null || y == null || x.length != y.length) {
            throw new IllegalArgumentException("Arguments 'x' and 'y' must be position arrays of equal length; got "
                    + (x == null ? "null" : x.length) + " and " + (y == null ? "null" : y.length) + ".");
        }
        int maxId = Math.max(NewmanWattsGenerator.max(this.sources), NewmanWattsGenerator.max(this.targets));
        if ((this.sources.length > 0 || this.targets.length > 0) && maxId >= x.length) {
            throw new IllegalArgumentException("Node " + maxId + " has no position: 'x' and 'y' hold " + x.length + " positions.");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("Argument 'scale' is " + scale + "; it must be finite and above 0.");
        }
        if (profile == null) {
            throw new IllegalArgumentException("Argument 'profile' is null; valid values are EXP, GAUSSIAN and LIN.");
        }
        if (Double.isNaN(maxProbability) || maxProbability > 1) {
            throw new IllegalArgumentException("Argument 'maxProbability' is " + maxProbability
                    + "; it must be at most 1 (0 or less selects the fixed-count mode).");
        }
        this.x = x;
        this.y = y;
        this.scale = scale;
        this.profile = profile;
        this.maxProbability = maxProbability;
        this.multigraph = multigraph;
        this.seed = seed;
        this.reach = profile.reach(scale);
        this.grid = new Grid(this.targets, x, y, reach, profile == DistanceProfile.LIN ? reach / 4 : reach / 10,
                new ProbabilityTable(profile, scale, reach));
        if (maxProbability <= 0) {
            if (edges < 0 || edges > MAX_EDGES) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges + "; it must lie in [0, " + MAX_EDGES + "].");
            }
            long bound = candidateBound();
            // the exact count scans every candidate; it is only needed when the bound does not settle it
            long candidates = bound >= 4 * edges ? bound : exactCandidates();
            if ((!multigraph && edges > candidates) || (edges > 0 && candidates == 0)) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges + "; it must lie in [0, " + candidates
                        + "], the number of candidate pairs within reach " + reach + " um.");
            }
        }
        this.edges = edges;
    }

    private long candidateBound() {
        long total = 0;
        Neighbourhood hood = new Neighbourhood(grid.maxCellsPerBox());
        for (int s : sources) {
            grid.neighbourhood(s, x, y, hood);
            total += hood.items;
        }
        return total;
    }

    private long exactCandidates() {
        long total = 0;
        for (int s : sources) {
            total += grid.count(s, x, y);
        }
        return total;
    }

    @Override
    public long edgeCount(int threads) {
        if (maxProbability <= 0) {
            return edges;
        }
        if (perSourceCounts == null) {
            long[] counts = new long[sources.length];
            Parallel.forEach(threads, Parallel.blocks(sources.length, BLOCK), this::worker, (worker, block) -> {
                int end = Math.min(sources.length, (block + 1) * BLOCK);
                for (int i = block * BLOCK; i < end; i++) {
                    counts[i] = scan(sources[i], worker, null, null, 0);
                }
            });
            perSourceCounts = counts;
        }
        long total = 0;
        for (long c : perSourceCounts) {
            total += c;
        }
        return total;
    }

    @Override
    public void generateInto(int[] out, int[] in, int offset, int threads) {
        long count = edgeCount(threads);
        checkDestination(out, in, offset, count);
        if (maxProbability > 0) {
            long[] starts = new long[sources.length];
            long w = offset;
            for (int i = 0; i < sources.length; i++) {
                starts[i] = w;
                w += perSourceCounts[i];
            }
            Parallel.forEach(threads, Parallel.blocks(sources.length, BLOCK), this::worker, (worker, block) -> {
                int end = Math.min(sources.length, (block + 1) * BLOCK);
                for (int i = block * BLOCK; i < end; i++) {
                    scan(sources[i], worker, out, in, (int) starts[i]);
                }
            });
            return;
        }
        fixedCount(out, in, offset, threads);
    }

    /** Keeps each candidate of {@code s} with probability maxProbability * p(d); writes when {@code out} is given. */
    private long scan(int s, Worker worker, int[] out, int[] in, int from) {
        ReusableRandom random = worker.random.reset(seed, RandomStreams.PARTNERS, s);
        Neighbourhood hood = worker.hood;
        grid.neighbourhood(s, x, y, hood);
        long accepted = 0;
        for (int c = 0; c < hood.size; c++) {
            double bound = maxProbability * hood.bounds[c];
            int start = grid.cellStarts[hood.cells[c]];
            int end = grid.cellStarts[hood.cells[c] + 1];
            double logMiss = bound < 1 ? Math.log1p(-bound) : 0;
            for (int k = start + skip(random, bound, logMiss); k < end; k += 1 + skip(random, bound, logMiss)) {
                int t = grid.items[k];
                double dx = x[t] - x[s];
                double dy = y[t] - y[s];
                if (t == s || Math.abs(dx) >= reach || Math.abs(dy) >= reach) {
                    continue;
                }
                if (grid.probabilities.below(random.nextDouble() * hood.bounds[c], dx * dx + dy * dy)) {
                    if (out != null) {
                        out[from] = s;
                        in[from] = t;
                        from++;
                    }
                    accepted++;
                }
            }
        }
        return accepted;
    }

    /** Number of candidates passed over before the next one tested at rate {@code bound} (geometric). */
    private static int skip(ReusableRandom random, double bound, double logMiss) {
        if (bound >= 1) {
            return 0;
        }
        double jump = Math.floor(Math.log(1 - random.nextDouble()) / logMiss);
        return jump > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE / 2 : (int) jump;
    }

    /**
     * Writes the edges of the fixed-count mode straight into the destination, round after round, with
     * no buffer per edge: the made edges sit in {@code in}, one segment per source holding its targets
     * sorted, segments in source order. A round runs every source's trials twice from the same stream:
     * first to count the accepted pairs, then (once the overshoot subset is chosen and the segments are
     * moved apart to make room) to write the kept ones after the source's segment, where they are
     * sorted, checked against the segment and among themselves, and merged in. The sources column is
     * filled from the segments at the end. Peak memory: the two edge columns plus a few ints per source
     * and a bit per accepted pair of a round.
     */
    private void fixedCount(int[] out, int[] in, int offset, int threads) {
        int n = sources.length;
        int blocks = Parallel.blocks(n, BLOCK);
        double[] weights = new double[n];
        Parallel.forEach(threads, blocks, this::worker, (worker, block) -> {
            Neighbourhood hood = worker.hood;
            int end = Math.min(n, (block + 1) * BLOCK);
            for (int i = block * BLOCK; i < end; i++) {
                grid.neighbourhood(sources[i], x, y, hood);
                weights[i] = hood.size == 0 ? 0 : hood.cumulative[hood.size - 1];
            }
        });
        double totalWeight = Arrays.stream(weights).sum();
        int target = (int) edges;
        // segments of the made edges, and the per-round counts, reused across rounds
        int[] segmentStarts = new int[n];
        int[] segmentLengths = new int[n];
        int[] accepted = new int[n];
        int[] acceptedBefore = new int[n];
        int[] kept = new int[n];
        int[] newStarts = new int[n];
        long[] trials = new long[blocks];
        int made = 0;
        long[] keepBits = null;
        // acceptance of the cell bounds; the first round's guess only sets how many rounds are needed
        double acceptance = 0.5;
        for (int round = 0; made < target; round++) {
            if (round == MAX_ROUNDS) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges + "; " + MAX_ROUNDS
                        + " rounds reached only " + made + " edges. Lower it or widen the scale.");
            }
            int remaining = target - made;
            double factor = remaining / (totalWeight * acceptance);
            long roundSeed = RandomStreams.key(seed, RandomStreams.ROUNDS, round);
            Parallel.forEach(threads, blocks, this::worker, (worker, block) -> {
                long tried = 0;
                int end = Math.min(n, (block + 1) * BLOCK);
                for (int i = block * BLOCK; i < end; i++) {
                    ReusableRandom random = worker.random.reset(roundSeed, RandomStreams.PARTNERS, sources[i]);
                    long draws = draws(weights[i], factor, random);
                    tried += draws;
                    accepted[i] = draws == 0 ? 0 : trial(sources[i], draws, random, worker.hood, null, 0, null, 0);
                }
                trials[block] = tried;
            });
            long acceptedTotal = 0;
            for (int i = 0; i < n; i++) {
                acceptedTotal += accepted[i];
            }
            long tried = Arrays.stream(trials).sum();
            if (tried > 0) {
                acceptance = Math.max(1e-3, acceptedTotal / (double) tried);
            }
            if (acceptedTotal == 0) {
                continue;
            }
            if (acceptedTotal > MAX_EDGES) {
                throw new IllegalArgumentException("Argument 'edges' is " + edges + "; a round drew " + acceptedTotal
                        + " pairs, more than an array holds. Lower it or widen the scale.");
            }
            if (acceptedTotal > remaining) {
                int words = (int) ((acceptedTotal + 63) >>> 6);
                // the first round's set is the largest; later rounds reuse it
                keepBits = keepBits != null && keepBits.length >= words ? keepBits : new long[words];
                subset(keepBits, (int) acceptedTotal, remaining, RandomStreams.stream(seed, RandomStreams.ROUNDS, -1 - round));
            }
            long[] keep = acceptedTotal > remaining ? keepBits : null;
            // room for the kept pairs right after each source's segment; total at most the target
            int w = 0;
            int before = 0;
            for (int i = 0; i < n; i++) {
                kept[i] = keep == null ? accepted[i] : countBits(keep, before, accepted[i]);
                acceptedBefore[i] = before;
                before += accepted[i];
                newStarts[i] = w;
                w += segmentLengths[i] + kept[i];
            }
            for (int i = n - 1; i >= 0; i--) {
                if (segmentLengths[i] > 0 && newStarts[i] != segmentStarts[i]) {
                    System.arraycopy(in, offset + segmentStarts[i], in, offset + newStarts[i], segmentLengths[i]);
                }
            }
            Parallel.forEach(threads, blocks, this::worker, (worker, block) -> {
                int end = Math.min(n, (block + 1) * BLOCK);
                for (int i = block * BLOCK; i < end; i++) {
                    if (kept[i] == 0) {
                        continue;
                    }
                    ReusableRandom random = worker.random.reset(roundSeed, RandomStreams.PARTNERS, sources[i]);
                    long draws = draws(weights[i], factor, random);
                    int from = offset + newStarts[i];
                    int old = segmentLengths[i];
                    trial(sources[i], draws, random, worker.hood, in, from + old, keep, acceptedBefore[i]);
                    if (worker.scratch.length < kept[i]) {
                        worker.scratch = new int[Math.max(kept[i], 2 * worker.scratch.length)];
                    }
                    segmentLengths[i] = mergeInto(in, from, old, kept[i], worker.scratch);
                }
            });
            // close the gaps left by duplicates
            w = 0;
            for (int i = 0; i < n; i++) {
                if (newStarts[i] != w && segmentLengths[i] > 0) {
                    System.arraycopy(in, offset + newStarts[i], in, offset + w, segmentLengths[i]);
                }
                segmentStarts[i] = w;
                w += segmentLengths[i];
            }
            made = w;
        }
        Parallel.forEach(threads, blocks, block -> {
            int end = Math.min(n, (block + 1) * BLOCK);
            for (int i = block * BLOCK; i < end; i++) {
                int from = offset + segmentStarts[i];
                Arrays.fill(out, from, from + segmentLengths[i], sources[i]);
            }
        });
    }

    /** Trials of a source in a round: its bound sum times the round's factor, stochastically rounded. */
    private static long draws(double weight, double factor, ReusableRandom random) {
        if (weight == 0) {
            return 0;
        }
        double expected = weight * factor;
        return (long) expected + (random.nextDouble() < expected - Math.floor(expected) ? 1 : 0);
    }

    /**
     * Sorts the {@code added} targets written after the {@code old} sorted ones at {@code from}, drops
     * those already present (unless multigraph) and merges the rest in.
     *
     * @param scratch room for {@code added} ints
     * @return the segment's new length
     */
    private int mergeInto(int[] in, int from, int old, int added, int[] scratch) {
        int newFrom = from + old;
        Arrays.sort(in, newFrom, newFrom + added);
        int unique = 0;
        for (int k = newFrom; k < newFrom + added; k++) {
            int t = in[k];
            if (multigraph || ((unique == 0 || scratch[unique - 1] != t) && Arrays.binarySearch(in, from, newFrom, t) < 0)) {
                scratch[unique++] = t;
            }
        }
        // merge from the back: the old targets move right by the number of new ones before them
        int a = old - 1;
        int b = unique - 1;
        for (int w = from + old + unique - 1; b >= 0; w--) {
            if (a >= 0 && in[from + a] > scratch[b]) {
                in[w] = in[from + a--];
            } else {
                in[w] = scratch[b--];
            }
        }
        return old + unique;
    }

    /** Sets in {@code keep} the bits of a uniformly random set of {@code wanted} of {@code total} indices. */
    private static void subset(long[] keep, int total, int wanted, SplittableRandom random) {
        int words = (total + 63) >>> 6;
        Arrays.fill(keep, 0, words, 0L);
        boolean dropping = wanted > total / 2;
        long marks = dropping ? total - wanted : wanted;
        for (long marked = 0; marked < marks;) {
            int k = random.nextInt(total);
            if ((keep[k >>> 6] & (1L << k)) == 0) {
                keep[k >>> 6] |= 1L << k;
                marked++;
            }
        }
        if (dropping) {
            // bits beyond total are never read
            for (int w = 0; w < words; w++) {
                keep[w] = ~keep[w];
            }
        }
    }

    /** Number of set bits among {@code count} bits from {@code from}. */
    private static int countBits(long[] bits, int from, int count) {
        int total = 0;
        for (int k = from; k < from + count; k++) {
            total += (int) (bits[k >>> 6] >>> k) & 1;
        }
        return total;
    }

    /**
     * {@code n} draws for source {@code s}: a cell by bound weight, a uniform node in it, accepted with
     * p / bound. Without {@code dest}, only counts the accepted pairs; with it, writes the targets of the
     * accepted pairs whose bit in {@code keep} (from {@code keepFrom}, one per accepted pair) is set, or
     * of all when {@code keep} is null, from {@code destFrom}.
     *
     * @return the number of accepted pairs
     */
    private int trial(int s, long n, ReusableRandom random, Neighbourhood hood, int[] dest, int destFrom, long[] keep,
            int keepFrom) {
        grid.neighbourhood(s, x, y, hood);
        int cells = hood.size;
        double[] cumulative = hood.cumulative;
        double total = cumulative[cells - 1];
        // a guide table (Chen and Asau): guide[b] is the first cell whose cumulative bound reaches b / cells
        // of the total (no later than the draw's cell, rounding included), so finding a draw's cell takes
        // about one step instead of a binary search
        int[] guide = hood.guide;
        double perGuide = cells / total;
        for (int b = 0, c = 0; b < cells; b++) {
            while (c < cells - 1 && cumulative[c] * perGuide < b) {
                c++;
            }
            guide[b] = c;
        }
        int acceptedCount = 0;
        int w = destFrom;
        for (long k = 0; k < n; k++) {
            double u = random.nextDouble() * total;
            // the first cell whose cumulative bound exceeds u
            int c = guide[Math.min(cells - 1, (int) (u * perGuide))];
            while (c < cells - 1 && cumulative[c] <= u) {
                c++;
            }
            int cell = hood.cells[c];
            int start = grid.cellStarts[cell];
            int t = grid.items[start + RandomStreams.below(random, grid.cellStarts[cell + 1] - start)];
            double dx = x[t] - x[s];
            double dy = y[t] - y[s];
            double p = random.nextDouble() * hood.bounds[c];
            if (t == s || Math.abs(dx) >= reach || Math.abs(dy) >= reach) {
                continue;
            }
            if (grid.probabilities.below(p, dx * dx + dy * dy)) {
                if (dest != null) {
                    int index = keepFrom + acceptedCount;
                    if (keep == null || (keep[index >>> 6] & (1L << index)) != 0) {
                        dest[w++] = t;
                    }
                }
                acceptedCount++;
            }
        }
        return acceptedCount;
    }

    private Worker worker() {
        return new Worker(new Neighbourhood(grid.maxCellsPerBox()));
    }

    /** What one worker thread reuses from source to source: no allocation per source. */
    private static final class Worker {
        final Neighbourhood hood;
        final ReusableRandom random = new ReusableRandom();
        int[] scratch = new int[64];

        Worker(Neighbourhood hood) {
            this.hood = hood;
        }
    }

    /** The occupied cells around one source with their bounds on p(d); reused across sources. */
    private static final class Neighbourhood {
        final int[] cells;
        final double[] bounds;
        final double[] cumulative;
        final int[] guide;
        int size;
        long items;

        Neighbourhood(int capacity) {
            cells = new int[capacity];
            bounds = new double[capacity];
            cumulative = new double[capacity];
            guide = new int[capacity];
        }
    }

    /**
     * p(d) tabulated over the squared distance, so that the hot loops rarely need a square root and an
     * exponential. Entry k covers squared distances in [k, k + 1) steps: {@code upper[k]} is p at the
     * interval's start rounded up to a float and {@code lower[k]} p at its end rounded down, so they
     * bracket p(d) since p decreases with d. Bounding a cell (a neighbourhood has hundreds) takes a
     * lookup; the bound is at most a few per cent looser than p past the first few entries, which only
     * costs a few rejected trials. An acceptance test {@code u < p(d)} is settled by the bracket unless u
     * falls inside it, so its answer is exactly the one p(d) gives. The table spans the candidate box's
     * corners.
     */
    private static final class ProbabilityTable {
        private static final int SIZE = 8192;
        private final DistanceProfile profile;
        private final double scale;
        private final float[] upper = new float[SIZE];
        private final float[] lower = new float[SIZE];
        private final double entriesPerSquaredMicrometre;

        ProbabilityTable(DistanceProfile profile, double scale, double reach) {
            this.profile = profile;
            this.scale = scale;
            double squaredStep = 2 * reach * reach / (SIZE - 1);
            entriesPerSquaredMicrometre = 1 / squaredStep;
            for (int k = 0; k < SIZE; k++) {
                double start = profile.probability(Math.sqrt(k * squaredStep), scale);
                double end = profile.probability(Math.sqrt((k + 1) * squaredStep), scale);
                // the nearest floats outward: exactly 1 at distance 0, so bounds stay probabilities
                float up = (float) start;
                float down = (float) end;
                upper[k] = up < start ? Math.nextUp(up) : up;
                lower[k] = down > end ? Math.nextDown(down) : down;
            }
        }

        /** @return at least p(d) for every d at or above {@code sqrt(squaredDistance)} */
        double upperBound(double squaredDistance) {
            return upper[(int) Math.min(SIZE - 1, squaredDistance * entriesPerSquaredMicrometre)];
        }

        /** @return whether {@code u < p(d)} at {@code d = sqrt(squaredDistance)} */
        boolean below(double u, double squaredDistance) {
            double entry = squaredDistance * entriesPerSquaredMicrometre;
            if (entry < SIZE) {
                int k = (int) entry;
                if (u < lower[k]) {
                    return true;
                }
                if (u >= upper[k]) {
                    return false;
                }
            }
            return u < profile.probability(Math.sqrt(squaredDistance), scale);
        }
    }

    /** Targets binned in square cells, row-major. */
    private static final class Grid {
        final int[] items;
        final int[] cellStarts;
        final double minX;
        final double minY;
        final double reach;
        final double cell;
        final int columns;
        final int rows;
        final ProbabilityTable probabilities;

        Grid(int[] targets, double[] x, double[] y, double reach, double preferredCell, ProbabilityTable probabilities) {
            this.probabilities = probabilities;
            double loX = Double.POSITIVE_INFINITY;
            double loY = Double.POSITIVE_INFINITY;
            double hiX = Double.NEGATIVE_INFINITY;
            double hiY = Double.NEGATIVE_INFINITY;
            for (int t : targets) {
                loX = Math.min(loX, x[t]);
                loY = Math.min(loY, y[t]);
                hiX = Math.max(hiX, x[t]);
                hiY = Math.max(hiY, y[t]);
            }
            if (targets.length == 0) {
                loX = loY = hiX = hiY = 0;
            }
            this.minX = loX;
            this.minY = loY;
            this.reach = reach;
            // wider cells bound the grid's size for small scales over large areas
            this.cell = Math.max(preferredCell, Math.max(hiX - loX, hiY - loY) / 2048);
            this.columns = (int) Math.floor((hiX - loX) / cell) + 1;
            this.rows = (int) Math.floor((hiY - loY) / cell) + 1;
            this.cellStarts = new int[columns * rows + 1];
            for (int t : targets) {
                cellStarts[cellOf(x[t], y[t]) + 1]++;
            }
            for (int c = 0; c < columns * rows; c++) {
                cellStarts[c + 1] += cellStarts[c];
            }
            int[] fill = Arrays.copyOf(cellStarts, cellStarts.length - 1);
            this.items = new int[targets.length];
            for (int t : targets) {
                items[fill[cellOf(x[t], y[t])]++] = t;
            }
        }

        int maxCellsPerBox() {
            int side = (int) Math.ceil(2 * reach / cell) + 2;
            return Math.min(side, columns) * Math.min(side, rows);
        }

        private int column(double value) {
            return (int) Math.max(0, Math.min(columns - 1, Math.floor((value - minX) / cell)));
        }

        private int row(double value) {
            return (int) Math.max(0, Math.min(rows - 1, Math.floor((value - minY) / cell)));
        }

        private int cellOf(double px, double py) {
            return row(py) * columns + column(px);
        }

        /** Fills {@code hood} with the occupied cells overlapping s's box and a bound of p(d) over each. */
        void neighbourhood(int s, double[] x, double[] y, Neighbourhood hood) {
            double sx = x[s];
            double sy = y[s];
            int c0 = column(sx - reach);
            int c1 = column(sx + reach);
            int r0 = row(sy - reach);
            int r1 = row(sy + reach);
            hood.size = 0;
            hood.items = 0;
            double sum = 0;
            for (int r = r0; r <= r1; r++) {
                double y0 = minY + r * cell;
                double ny = sy < y0 ? y0 - sy : sy > y0 + cell ? sy - y0 - cell : 0;
                for (int c = c0; c <= c1; c++) {
                    int index = r * columns + c;
                    int count = cellStarts[index + 1] - cellStarts[index];
                    if (count == 0) {
                        continue;
                    }
                    double x0 = minX + c * cell;
                    double nx = sx < x0 ? x0 - sx : sx > x0 + cell ? sx - x0 - cell : 0;
                    double bound = probabilities.upperBound(nx * nx + ny * ny);
                    if (bound <= 0) {
                        continue;
                    }
                    hood.cells[hood.size] = index;
                    hood.bounds[hood.size] = bound;
                    sum += bound * count;
                    hood.cumulative[hood.size] = sum;
                    hood.size++;
                    hood.items += count;
                }
            }
        }

        long count(int s, double[] x, double[] y) {
            long count = 0;
            int c0 = column(x[s] - reach);
            int c1 = column(x[s] + reach);
            for (int r = row(y[s] - reach); r <= row(y[s] + reach); r++) {
                for (int k = cellStarts[r * columns + c0]; k < cellStarts[r * columns + c1 + 1]; k++) {
                    int t = items[k];
                    if (t != s && Math.abs(x[t] - x[s]) < reach && Math.abs(y[t] - y[s]) < reach) {
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
