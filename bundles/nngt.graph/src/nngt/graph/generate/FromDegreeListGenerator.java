package nngt.graph.generate;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

import nngt.graph.internal.LongHashSet;
import nngt.graph.internal.Parallel;
import nngt.graph.internal.RandomStreams;
import nngt.graph.internal.ReusableRandom;

/**
 * NNGT {@code from_degree_list}: node {@code constrained[i]} gets exactly {@code degrees[i]} edges.
 *
 * <p>In and out: for each constrained node, in the order given, {@code degrees[i]} distinct partners
 * are drawn uniformly from {@code partners} (never the node itself); the node is the target (in) or
 * the source (out) of those edges, as in NNGT's connectors where the source side is the constrained
 * set. The free degree is then binomial. With the multigraph flag partners may repeat (still no
 * self-loop). Each node draws from its own stream (seed, node id), so the edges are the same for any
 * thread count, and edges go straight into exact-size arrays (the count is the degree sum).
 *
 * <p>Total: a configuration model on one population (constrained and partner sets equal): stubs are
 * shuffled and paired, invalid pairs (self-loops, duplicates unless multigraph) are re-paired for up to
 * {@link #MAX_ROUNDS} rounds, then repaired by edge swaps. Node {@code v}'s in plus out degree is
 * exactly its degree.
 */
public class FromDegreeListGenerator extends EdgeGenerator {

    /** Default degree type, as in NNGT. */
    public static final DegreeType DEFAULT_DEGREE_TYPE = DegreeType.IN;
    /** Rounds of stub re-pairing before edge-swap repair (NNGT switches after 500). */
    public static final int MAX_ROUNDS = 500;

    private static final int BLOCK = 512;

    private final int[] constrained;
    private final int[] partners;
    private final DegreeType degreeType;
    private final boolean multigraph;
    private final long seed;
    private int[] degrees;
    /** What every draw of partners looks up, made once: see {@link PartnerLookup}. */
    private volatile PartnerLookup lookup;
    /** Where each constrained node's edges start among the edges {@link #generateInto} writes, made once. */
    private volatile long[] nodeEdgeStarts;

    /**
     * @param constrained the degree-constrained nodes (NNGT's {@code sources} of a connector)
     * @param partners the nodes drawn as partners
     * @param degrees one degree per constrained node, each 0 or more and at most the number of possible
     *        partners unless multigraph
     * @param degreeType in, out or total
     * @param multigraph whether partners may repeat
     * @param seed seed of the random streams
     * @throws IllegalArgumentException when an argument is null or out of range (named in the message)
     */
    public FromDegreeListGenerator(int[] constrained, int[] partners, int[] degrees, DegreeType degreeType,
            boolean multigraph, long seed) {
        this(constrained, partners, degreeType, multigraph, seed);
        if (degrees == null || degrees.length != this.constrained.length) {
            throw new IllegalArgumentException("Argument 'degrees' has " + (degrees == null ? "no" : degrees.length)
                    + " entries; it needs one per constrained node (" + this.constrained.length + ").");
        }
        this.degrees = checkDegrees(degrees.clone());
    }

    /**
     * For subclasses that draw the degrees themselves ({@link #drawDegrees}).
     *
     * @param constrained the degree-constrained nodes
     * @param partners the partner nodes
     * @param degreeType in, out or total
     * @param multigraph whether partners may repeat
     * @param seed seed of the random streams
     */
    protected FromDegreeListGenerator(int[] constrained, int[] partners, DegreeType degreeType, boolean multigraph,
            long seed) {
        this.constrained = Checks.ids("sources", constrained);
        this.partners = Checks.ids("targets", partners);
        if (degreeType == null) {
            throw new IllegalArgumentException("Argument 'degreeType' is null; valid values are IN, OUT and TOTAL.");
        }
        if (degreeType == DegreeType.TOTAL) {
            Checks.sameSetRequired("a total-degree rule", this.constrained, this.partners);
        }
        this.degreeType = degreeType;
        this.multigraph = multigraph;
        this.seed = seed;
    }

    /**
     * Draws the degrees of a subclass; called once, lazily.
     *
     * @param nodes the constrained nodes
     * @param threads threads to use
     * @return one degree per node
     */
    protected int[] drawDegrees(int[] nodes, int threads) {
        throw new IllegalStateException("No degrees were given.");
    }

    /**
     * @return the seed of the random streams
     */
    protected final long seed() {
        return seed;
    }

    /**
     * @return the constrained nodes
     */
    protected final int[] constrained() {
        return constrained;
    }

    /**
     * @return the degree type
     */
    protected final DegreeType degreeType() {
        return degreeType;
    }

    /**
     * @param threads threads used to draw them when not yet drawn
     * @return the degree of each constrained node, in order
     */
    public final int[] degrees(int threads) {
        if (degrees == null) {
            degrees = checkDegrees(drawDegrees(constrained, threads));
        }
        return degrees.clone();
    }

    private int[] checkDegrees(int[] values) {
        BitSet partnerSet = Checks.members(partners);
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            int available = degreeType == DegreeType.TOTAL ? 2 * (partners.length - 1)
                    : partners.length - (partnerSet.get(constrained[i]) ? 1 : 0);
            if (values[i] < 0 || (!multigraph && values[i] > available) || (multigraph && available == 0 && values[i] > 0)) {
                throw new IllegalArgumentException("Degree " + values[i] + " of node " + constrained[i]
                        + " is out of range; it must lie in [0, " + available + "] (the possible partners"
                        + (multigraph ? ", repeats allowed" : "") + ").");
            }
            sum += values[i];
        }
        if (degreeType == DegreeType.TOTAL && sum % 2 != 0) {
            throw new IllegalArgumentException("The total degrees sum to " + sum
                    + ", an odd number; a total-degree rule needs an even sum (each edge has two ends).");
        }
        return values;
    }

    @Override
    public final long edgeCount(int threads) {
        long sum = 0;
        for (int d : degrees(threads)) {
            sum += d;
        }
        return degreeType == DegreeType.TOTAL ? sum / 2 : sum;
    }

    @Override
    public final void generateInto(int[] sources, int[] targets, int offset, int threads) {
        long count = edgeCount(threads);
        checkDestination(sources, targets, offset, count);
        if (degreeType == DegreeType.TOTAL) {
            configurationModel(sources, targets, offset, (int) count);
            return;
        }
        long[] starts = new long[constrained.length + 1];
        starts[0] = offset;
        for (int i = 0; i < constrained.length; i++) {
            starts[i + 1] = starts[i] + degrees[i];
        }
        drawPartners(constrained.length, i -> i, i -> starts[i], sources, targets, threads);
    }

    /**
     * Whether the edges of some targets can be generated alone ({@link #targetRuns}): with degree type in, every
     * target draws its sources from its own stream, and its edges follow those of the targets before it.
     *
     * @return true for degree type in
     */
    public final boolean selectsTargets() {
        return degreeType == DegreeType.IN;
    }

    /**
     * Where the edges of the targets {@code keep} accepts lie among the edges {@link #generateInto} writes: one
     * run per target (with edges), in target order. Only the degrees are drawn, not the edges.
     *
     * @param keep    which targets (ids) to keep
     * @param threads threads used to draw the degrees when not yet drawn
     * @return the runs
     * @throws IllegalStateException when the degree type is not in ({@link #selectsTargets()})
     */
    public final EdgeRuns targetRuns(IntPredicate keep, int threads) {
        if (!selectsTargets()) {
            throw new IllegalStateException("Only an in-degree rule generates the edges of chosen targets alone.");
        }
        int[] drawn = degrees(threads);
        int[] first = new int[drawn.length];
        int[] length = new int[drawn.length];
        int runs = 0;
        long position = 0;
        for (int i = 0; i < drawn.length; i++) {
            if (drawn[i] > 0 && keep.test(constrained[i])) {
                first[runs] = (int) position;
                length[runs++] = drawn[i];
            }
            position += drawn[i];
        }
        return new EdgeRuns(first, length, runs);
    }

    /**
     * Writes the edges of {@link #targetRuns} side by side: the sources and targets that {@link #generateInto}
     * writes at those positions, from the same streams.
     *
     * @param runs    runs from {@link #targetRuns} of this generator
     * @param sources destination of the source ids, at least {@code runs.edges()} long
     * @param targets destination of the target ids
     * @param threads threads to use
     * @throws IllegalArgumentException when the arrays are too short or a run is not one target's edges
     * @throws IllegalStateException    when the degree type is not in
     */
    public final void generateRuns(EdgeRuns runs, int[] sources, int[] targets, int threads) {
        if (!selectsTargets()) {
            throw new IllegalStateException("Only an in-degree rule generates the edges of chosen targets alone.");
        }
        checkDestination(sources, targets, 0, runs.edges());
        // a run starts where exactly one node with edges starts: walk the positions once to find it
        int[] node = new int[runs.runs()];
        int r = 0;
        long position = 0;
        for (int i = 0; i < constrained.length && r < runs.runs(); i++) {
            if (degrees[i] > 0 && position == runs.first(r)) {
                if (degrees[i] != runs.length(r)) {
                    throw new IllegalArgumentException("Run " + r + " is not the edges of one target.");
                }
                node[r++] = i;
            }
            position += degrees[i];
        }
        if (r != runs.runs()) {
            throw new IllegalArgumentException("Run " + r + " starts at no target's first edge.");
        }
        drawPartners(node.length, k -> node[k], runs::offset, sources, targets, threads);
    }

    /**
     * Whether the edges of a range of target ids can be generated alone ({@link #generateTargets}): an in-degree
     * rule whose targets are given in ascending order (as a population's selections are).
     *
     * @return true when {@link #selectsTargets()} holds and the constrained nodes ascend
     */
    public final boolean drawsTargetRanges() {
        if (!selectsTargets()) {
            return false;
        }
        for (int i = 1; i < constrained.length; i++) {
            if (constrained[i] <= constrained[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first constrained node whose id is at least {@code id}, for an in-degree rule with ascending targets
     * ({@link #drawsTargetRanges()}).
     *
     * @param id a neuron id
     * @return an index in [0, constrained count]
     */
    public final int firstTargetNode(int id) {
        int index = java.util.Arrays.binarySearch(constrained, id);
        return index >= 0 ? index : -index - 1;
    }

    /**
     * @param node an index in [0, constrained count]
     * @param threads threads used to draw the degrees when not yet drawn
     * @return where the edges of constrained node {@code node} start among the edges {@link #generateInto}
     *         writes (the edge count for the end)
     */
    public final long targetEdgeStart(int node, int threads) {
        long[] starts = nodeEdgeStarts;
        if (starts == null) {
            int[] drawn = degrees(threads);
            starts = new long[drawn.length + 1];
            for (int i = 0; i < drawn.length; i++) {
                starts[i + 1] = starts[i] + drawn[i];
            }
            nodeEdgeStarts = starts;
        }
        return starts[node];
    }

    /**
     * Writes the edges of the constrained nodes {@code [fromNode, toNode)} side by side from index 0: the sources
     * and targets that {@link #generateInto} writes at {@code [targetEdgeStart(fromNode), targetEdgeStart(toNode))},
     * from the same streams, on the calling thread. Any thread may call it at the same time as others.
     *
     * @param fromNode first constrained node
     * @param toNode   end of the nodes (exclusive)
     * @param sources  destination of the source ids
     * @param targets  destination of the target ids
     * @throws IllegalStateException    when the degree type is not in
     * @throws IllegalArgumentException when the arrays are too short
     */
    public final void generateTargets(int fromNode, int toNode, int[] sources, int[] targets) {
        if (!selectsTargets()) {
            throw new IllegalStateException("Only an in-degree rule generates the edges of chosen targets alone.");
        }
        long first = targetEdgeStart(fromNode, 1);
        checkDestination(sources, targets, 0, targetEdgeStart(toNode, 1) - first);
        drawPartners(toNode - fromNode, k -> fromNode + k, k -> nodeEdgeStarts[fromNode + k] - first, sources, targets,
                1);
    }

    /**
     * The partners as a set, their first id when consecutive (else -1) and otherwise each id's index among them:
     * what every draw looks up, made once per generator rather than once per draw.
     */
    private record PartnerLookup(BitSet set, int base, int[] index) {
    }

    private PartnerLookup partnerLookup() {
        PartnerLookup made = lookup;
        if (made == null) {
            int base = contiguousBase(partners);
            made = new PartnerLookup(Checks.members(partners), base, base >= 0 ? null : indexOf(partners));
            lookup = made;
        }
        return made;
    }

    /**
     * Draws the partners of some constrained nodes.
     *
     * @param items how many nodes
     * @param nodeIndex the index (in {@code constrained}) of each item's node
     * @param start     where each item's edges go in the arrays
     */
    private void drawPartners(int items, IntUnaryOperator nodeIndex, IntToLongFunction start, int[] sources,
            int[] targets, int threads) {
        boolean constrainedIsTarget = degreeType == DegreeType.IN;
        int[] ends = constrainedIsTarget ? targets : sources;
        int[] others = constrainedIsTarget ? sources : targets;
        PartnerLookup partnerLookup = partnerLookup();
        BitSet partnerSet = partnerLookup.set();
        int base = partnerLookup.base();
        int[] partnerIndex = partnerLookup.index();
        // per worker: one stream restarted for each node and one bit per partner, cleared after each node
        Parallel.forEach(threads, Parallel.blocks(items, BLOCK),
                () -> new Worker(multigraph ? null : new long[(partners.length + 63) >>> 6]), (worker, block) -> {
            long[] seen = worker.seen;
            int end = Math.min(items, (block + 1) * BLOCK);
            for (int k = block * BLOCK; k < end; k++) {
                int i = nodeIndex.applyAsInt(k);
                int node = constrained[i];
                int from = (int) start.applyAsLong(k);
                int degree = degrees[i];
                java.util.Arrays.fill(ends, from, from + degree, node);
                ReusableRandom random = worker.random.reset(seed, RandomStreams.PARTNERS, node);
                int available = partners.length - (partnerSet.get(node) ? 1 : 0);
                if (multigraph) {
                    drawWithRepeats(random, node, others, from, degree);
                } else if (degree <= available / 2) {
                    drawDistinct(random, selfIndex(node, base, partnerSet, partnerIndex), base, others, from, degree, seen);
                } else {
                    drawByExclusion(random, node, others, from, degree, available, seen);
                }
            }
        });
    }

    private void drawWithRepeats(ReusableRandom random, int node, int[] out, int from, int degree) {
        int n = partners.length;
        for (int k = from; k < from + degree; k++) {
            int p;
            do {
                p = partners[RandomStreams.below(random, n)];
            } while (p == node);
            out[k] = p;
        }
    }

    /**
     * Rejection sampling with a bit per partner index; the indices are cleared afterwards.
     *
     * @param self the node's own index among the partners, or -1
     * @param base the first partner when the partners are consecutive ids, else -1
     */
    private void drawDistinct(ReusableRandom random, int self, int base, int[] out, int from, int degree, long[] seen) {
        int n = partners.length;
        for (int k = from; k < from + degree; k++) {
            while (true) {
                int j = RandomStreams.below(random, n);
                long bit = 1L << j;
                int word = j >>> 6;
                if ((seen[word] & bit) != 0 || j == self) {
                    continue;
                }
                seen[word] |= bit;
                out[k] = j;
                break;
            }
        }
        // consecutive partners (whole groups, the usual case) need no lookup per edge
        for (int k = from; k < from + degree; k++) {
            int j = out[k];
            seen[j >>> 6] &= ~(1L << j);
            out[k] = base >= 0 ? base + j : partners[j];
        }
    }

    /** The first id when {@code ids} are consecutive ascending ids, else -1. */
    private static int contiguousBase(int[] ids) {
        for (int j = 1; j < ids.length; j++) {
            if (ids[j] != ids[0] + j) {
                return -1;
            }
        }
        return ids.length == 0 ? -1 : ids[0];
    }

    /** For each id up to the largest, its index in {@code ids}, or -1. */
    private static int[] indexOf(int[] ids) {
        int[] index = new int[ids.length == 0 ? 0 : maxId(ids) + 1];
        java.util.Arrays.fill(index, -1);
        for (int j = 0; j < ids.length; j++) {
            index[ids[j]] = j;
        }
        return index;
    }

    /**
     * @param partnerIndex {@link #indexOf} of the partners when they are not consecutive, else null
     * @return the index of {@code node} among the partners, or -1 when it is none of them
     */
    private static int selfIndex(int node, int base, BitSet partnerSet, int[] partnerIndex) {
        if (!partnerSet.get(node)) {
            return -1;
        }
        return base >= 0 ? node - base : partnerIndex[node];
    }

    /** Dense case: draws the partners left out, then takes the others in partner order. */
    private void drawByExclusion(ReusableRandom random, int node, int[] out, int from, int degree, int available,
            long[] seen) {
        int n = partners.length;
        for (int j = 0; j < n; j++) {
            if (partners[j] == node) {
                seen[j >>> 6] |= 1L << j;
            }
        }
        for (int excluded = available - degree; excluded > 0;) {
            int j = RandomStreams.below(random, n);
            long bit = 1L << j;
            if ((seen[j >>> 6] & bit) == 0) {
                seen[j >>> 6] |= bit;
                excluded--;
            }
        }
        int k = from;
        for (int j = 0; j < n; j++) {
            if ((seen[j >>> 6] & (1L << j)) == 0) {
                out[k++] = partners[j];
            }
        }
        java.util.Arrays.fill(seen, 0L);
    }

    /** What one worker thread reuses from node to node. */
    private record Worker(long[] seen, ReusableRandom random) {
        Worker(long[] seen) {
            this(seen, new ReusableRandom());
        }
    }

    private void configurationModel(int[] sources, int[] targets, int offset, int count) {
        int[] stubs = new int[2 * count];
        int w = 0;
        for (int i = 0; i < constrained.length; i++) {
            for (int d = 0; d < degrees[i]; d++) {
                stubs[w++] = constrained[i];
            }
        }
        SplittableRandom random = RandomStreams.stream(seed, RandomStreams.SEQUENTIAL, 0);
        long span = 1L + maxId(constrained);
        LongHashSet existing = new LongHashSet(count);
        int made = 0;
        int left = stubs.length;
        for (int round = 0; round < MAX_ROUNDS && left > 0; round++) {
            shuffle(stubs, left, random);
            int kept = 0;
            for (int k = 0; k + 1 < left; k += 2) {
                int s = stubs[k];
                int t = stubs[k + 1];
                if (s != t && (multigraph || existing.add(s * span + t))) {
                    sources[offset + made] = s;
                    targets[offset + made] = t;
                    made++;
                } else {
                    stubs[kept++] = s;
                    stubs[kept++] = t;
                }
            }
            left = kept;
        }
        for (int k = 0; k + 1 < left; k += 2) {
            made = swapIn(stubs[k], stubs[k + 1], sources, targets, offset, made, existing, span, random);
        }
    }

    /** Realises the stub pair (u, v) by rewiring a random existing edge (x, y) into (u, y) and (x, v). */
    private int swapIn(int u, int v, int[] sources, int[] targets, int offset, int made, LongHashSet existing, long span,
            SplittableRandom random) {
        for (int attempt = 0; attempt < 1000 * Math.max(1, made); attempt++) {
            int e = offset + random.nextInt(Math.max(1, made));
            int x = sources[e];
            int y = targets[e];
            if (made == 0 || u == y || x == v) {
                continue;
            }
            long first = u * span + y;
            long second = x * span + v;
            if (!multigraph && (first == second || existing.contains(first) || existing.contains(second))) {
                continue;
            }
            existing.remove(x * span + y);
            existing.add(first);
            existing.add(second);
            sources[e] = u;
            targets[e] = y;
            sources[offset + made] = x;
            targets[offset + made] = v;
            return made + 1;
        }
        throw new IllegalArgumentException("The total degree sequence cannot be realised without self-loops"
                + (multigraph ? "" : " or duplicate edges") + " (stubs of nodes " + u + " and " + v + " are left).");
    }

    private static void shuffle(int[] values, int length, SplittableRandom random) {
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }

    private static int maxId(int[] ids) {
        int max = 0;
        for (int id : ids) {
            max = Math.max(max, id);
        }
        return max;
    }
}
