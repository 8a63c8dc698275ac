package nngt.model.api;

import java.util.Locale;

import nngt.model.AllToAll;
import nngt.model.Connection;
import nngt.model.ConnectivityRule;
import nngt.model.DegreeType;
import nngt.model.DistanceRule;
import nngt.model.EdgeCountRule;
import nngt.model.FixedDegree;
import nngt.model.FromDegreeList;
import nngt.model.GaussianDegree;
import nngt.model.LatticeRule;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.PriceScaleFree;
import nngt.model.StateRandomization;

/**
 * The memory that building a network's concrete instance takes, from the sizes of the columnar arrays
 * that {@code nngt.graph.NetworkInstantiator} allocates (see {@code nngt.graph.NetworkInstance}): the
 * one place where the validator, which must say up front that a model cannot be built, and the
 * instantiator, which must refuse before it allocates, read the same facts.
 * <p>
 * The estimate is a lower bound: it counts the arrays whose size follows from the model alone and
 * leaves out the generators' working memory, so a model it refuses certainly does not fit.
 */
public final class NetworkFootprint {

    /**
     * Bytes per edge of a built network: source and target ids (4 bytes each), the weight (a float) and
     * the delay as a 16-bit count of resolution steps.
     */
    public static final int BYTES_PER_EDGE = 14;
    /** Bytes per neuron and parameter written on a group or randomized: one double per neuron. */
    public static final int BYTES_PER_NEURON_VALUE = 8;
    /** Bytes per neuron of a spatial network: its x and y position as doubles. */
    public static final int BYTES_PER_POSITION = 16;
    /** Bytes per selected neuron of a connection: the int ids of its sources and of its targets. */
    public static final int BYTES_PER_SELECTED_ID = 4;
    /**
     * The most edges, and the most neurons, one network holds: Java arrays are indexed by int and the
     * virtual machine keeps a few of the largest indices for itself.
     */
    public static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8L;

    private long edges;
    private long neuronValues;
    private long positions;
    private long selectedIds;

    /**
     * The footprint of a model's network: the edges its rules imply ({@link #expectedEdges}), the
     * parameter values written per neuron (group parameters and randomized states), the positions of a
     * spatial network and the ids each connection selects.
     *
     * @param network a model
     * @param selections its population's selections
     * @return the estimate
     */
    public static NetworkFootprint of(Network network, PopulationSelections selections) {
        NetworkFootprint footprint = new NetworkFootprint();
        for (Connection connection : network.getConnections()) {
            IdRanges sources = selections.ids(connection.getSources());
            IdRanges targets = selections.ids(connection.getTargets());
            footprint.addEdges(expectedEdges(connection, sources, targets)).addSelectedIds(sources.count() + targets.count());
        }
        for (NeuralGroup group : selections.groups()) {
            footprint.addNeuronValues((long) group.getParameters().size() * Math.max(0, group.getSize()));
        }
        for (StateRandomization randomization : network.getRandomizations()) {
            footprint.addNeuronValues(
                    (long) randomization.getAssignments().size() * selections.ids(randomization.getTargets()).count());
        }
        if (network.getSpace() != null
                || network.getConnections().stream().anyMatch(c -> c.getRule() instanceof DistanceRule)) {
            footprint.addPositions(selections.size());
        }
        return footprint;
    }

    /**
     * The edges a connection creates: exact for degree rules and fixed counts, the expectation for
     * densities, a lower bound for lattices (before shortcuts) and 0 where only a probability is given or the
     * edges come from a file (the instantiation counts those once it has read them).
     *
     * @param connection a connection
     * @param sources the ids it selects as sources
     * @param targets the ids it selects as targets
     * @return the edge count, at most {@code Long.MAX_VALUE / 2}
     */
    public static long expectedEdges(Connection connection, IdRanges sources, IdRanges targets) {
        ConnectivityRule rule = connection.getRule();
        long sourceCount = sources.count();
        long targetCount = targets.count();
        long constrained = connection.getDegreeType() == DegreeType.IN ? targetCount : sourceCount;
        double edges;
        if (rule instanceof AllToAll) {
            edges = (double) sourceCount * targetCount - sources.sharedCount(targets);
        } else if (rule instanceof FixedDegree fixed) {
            edges = (double) fixed.getDegree() * constrained;
        } else if (rule instanceof GaussianDegree gaussian) {
            edges = gaussian.getAverage() * constrained;
        } else if (rule instanceof FromDegreeList list) {
            edges = list.getDegrees().stream().filter(d -> d != null).mapToDouble(Integer::doubleValue).sum();
        } else if (rule instanceof EdgeCountRule counted) {
            edges = requestedEdges(counted, sourceCount, targetCount);
        } else if (rule instanceof PriceScaleFree price) {
            edges = (double) price.getM() * sourceCount;
        } else if (rule instanceof LatticeRule lattice) {
            edges = (double) lattice.getCoordinationNumber() * sourceCount / 2;
        } else {
            edges = 0;
        }
        return Double.isFinite(edges) && edges > 0 ? (long) Math.min(edges, Long.MAX_VALUE / 2) : 0;
    }

    /**
     * @param rule an edge-count rule
     * @param sourceCount its source count
     * @param targetCount its target count
     * @return the edges it asks for (expected, for a density), or 0 when it names no count
     */
    public static long requestedEdges(EdgeCountRule rule, long sourceCount, long targetCount) {
        double requested;
        if (rule.getAverageDegree() != null) {
            requested = rule.getAverageDegree() * sourceCount;
        } else if (rule.getEdges() != null) {
            requested = rule.getEdges();
        } else if (rule.getDensity() != null) {
            requested = rule.getDensity() * sourceCount * targetCount;
        } else {
            requested = 0;
        }
        return Double.isFinite(requested) && requested > 0 ? (long) Math.min(requested, Long.MAX_VALUE / 2) : 0;
    }

    /**
     * @return the edges counted
     */
    public long edges() {
        return edges;
    }

    /**
     * @return the per-neuron values counted (neurons times parameters)
     */
    public long neuronValues() {
        return neuronValues;
    }

    /**
     * @param count edges the connections create
     * @return this estimate
     */
    public NetworkFootprint addEdges(long count) {
        edges = saturatedAdd(edges, count);
        return this;
    }

    /**
     * @param count per-neuron values: neurons times the parameters written for them
     * @return this estimate
     */
    public NetworkFootprint addNeuronValues(long count) {
        neuronValues = saturatedAdd(neuronValues, count);
        return this;
    }

    /**
     * @param neurons neurons that get a position
     * @return this estimate
     */
    public NetworkFootprint addPositions(long neurons) {
        positions = saturatedAdd(positions, neurons);
        return this;
    }

    /**
     * @param count neurons selected as sources or targets of a connection (each side counted)
     * @return this estimate
     */
    public NetworkFootprint addSelectedIds(long count) {
        selectedIds = saturatedAdd(selectedIds, count);
        return this;
    }

    /**
     * @return the bytes the counted arrays take, saturated at {@link Long#MAX_VALUE}
     */
    public long bytes() {
        long bytes = saturatedMultiply(edges, BYTES_PER_EDGE);
        bytes = saturatedAdd(bytes, saturatedMultiply(neuronValues, BYTES_PER_NEURON_VALUE));
        bytes = saturatedAdd(bytes, saturatedMultiply(positions, BYTES_PER_POSITION));
        return saturatedAdd(bytes, saturatedMultiply(selectedIds, BYTES_PER_SELECTED_ID));
    }

    /**
     * @return the memory this Java process may use at most ({@link Runtime#maxMemory()}, set by -Xmx)
     */
    public static long availableBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * @param available the bytes the process may use, usually {@link #availableBytes()}
     * @return a full sentence saying that the network cannot be built, with the estimate and its parts,
     *         or null when the estimate fits
     */
    public String refusal(long available) {
        long bytes = bytes();
        if (bytes <= available) {
            return null;
        }
        StringBuilder parts = new StringBuilder();
        appendPart(parts, edges, "edges", BYTES_PER_EDGE);
        appendPart(parts, neuronValues, "neuron parameter values", BYTES_PER_NEURON_VALUE);
        appendPart(parts, positions, "neuron positions", BYTES_PER_POSITION);
        appendPart(parts, selectedIds, "selected neuron ids", BYTES_PER_SELECTED_ID);
        return "This network cannot be built in this machine's memory: it needs at least " + format(bytes) + " ("
                + parts + "), but this Java process may use at most " + format(available)
                + " (raise the limit with nngt's --max-memory or the JVM's -Xmx, or make the network smaller).";
    }

    /**
     * @param bytes a number of bytes
     * @return the number in decimal gigabytes or megabytes, e.g. {@code 21.0 GB}
     */
    public static String format(long bytes) {
        return bytes >= 1_000_000_000L ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void appendPart(StringBuilder parts, long count, String what, int bytesEach) {
        if (count > 0) {
            parts.append(parts.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d", count)).append(' ')
                    .append(what).append(" at ").append(bytesEach).append(" bytes");
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + Math.max(0, b);
        return sum < a ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
