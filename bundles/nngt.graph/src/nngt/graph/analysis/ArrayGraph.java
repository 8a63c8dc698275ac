package nngt.graph.analysis;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

import nngt.graph.NetworkInstance;

/**
 * A read-only JGraphT view of edge arrays: vertices are the ints 0..N-1, edges the edge indices, in
 * compressed rows (8 bytes per edge per direction plus offsets), so JGraphT's algorithms run on a
 * network without one object per edge being stored. Parallel edges and self-loops are allowed; the
 * edge weight is the network's weight (1 when none is given).
 */
public final class ArrayGraph extends AbstractGraph<Integer, Integer> {

    private static final GraphType TYPE = new DefaultGraphType.Builder().directed().allowMultipleEdges(true)
            .allowSelfLoops(true).weighted(true).modifiable(false).build();

    private final int nodeCount;
    private final int[] sources;
    private final int[] targets;
    private final float[] weights;
    private final int[] outStarts;
    private final int[] outEdges;
    private final int[] inStarts;
    private final int[] inEdges;

    /**
     * @param nodeCount number of vertices
     * @param sources source of each edge
     * @param targets target of each edge
     * @param weights weight of each edge, or null for 1
     * @throws IllegalArgumentException when the arrays differ in length or name a vertex out of range
     */
    public ArrayGraph(int nodeCount, int[] sources, int[] targets, float[] weights) {
        if (nodeCount < 0 || sources == null || targets == null || sources.length != targets.length
                || (weights != null && weights.length != sources.length)) {
            throw new IllegalArgumentException("An ArrayGraph needs a node count of 0 or more and edge arrays of one length.");
        }
        for (int e = 0; e < sources.length; e++) {
            if (sources[e] < 0 || sources[e] >= nodeCount || targets[e] < 0 || targets[e] >= nodeCount) {
                throw new IllegalArgumentException("Edge " + e + " (" + sources[e] + " -> " + targets[e]
                        + ") names a vertex outside 0.." + (nodeCount - 1) + ".");
            }
        }
        this.nodeCount = nodeCount;
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
        this.outStarts = new int[nodeCount + 1];
        this.outEdges = new int[sources.length];
        this.inStarts = new int[nodeCount + 1];
        this.inEdges = new int[sources.length];
        index(sources, outStarts, outEdges);
        index(targets, inStarts, inEdges);
    }

    /**
     * @param network a network
     * @return a view of its edges, weighted by its weights
     */
    public static ArrayGraph of(NetworkInstance network) {
        return new ArrayGraph(network.neuronCount(), network.sources(), network.targets(), network.weights());
    }

    private static void index(int[] ends, int[] starts, int[] edges) {
        for (int end : ends) {
            starts[end + 1]++;
        }
        for (int v = 0; v + 1 < starts.length; v++) {
            starts[v + 1] += starts[v];
        }
        int[] fill = java.util.Arrays.copyOf(starts, starts.length - 1);
        for (int e = 0; e < ends.length; e++) {
            edges[fill[ends[e]]++] = e;
        }
    }

    /**
     * @return number of vertices
     */
    public int nodeCount() {
        return nodeCount;
    }

    @Override
    public Set<Integer> getAllEdges(Integer sourceVertex, Integer targetVertex) {
        if (!containsVertex(sourceVertex) || !containsVertex(targetVertex)) {
            return null;
        }
        Set<Integer> found = new HashSet<>();
        for (int k = outStarts[sourceVertex]; k < outStarts[sourceVertex + 1]; k++) {
            if (targets[outEdges[k]] == targetVertex) {
                found.add(outEdges[k]);
            }
        }
        return found;
    }

    @Override
    public Integer getEdge(Integer sourceVertex, Integer targetVertex) {
        if (!containsVertex(sourceVertex) || !containsVertex(targetVertex)) {
            return null;
        }
        for (int k = outStarts[sourceVertex]; k < outStarts[sourceVertex + 1]; k++) {
            if (targets[outEdges[k]] == targetVertex) {
                return outEdges[k];
            }
        }
        return null;
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer sourceVertex, Integer targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(Integer sourceVertex, Integer targetVertex, Integer e) {
        throw readOnly();
    }

    @Override
    public Integer addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Integer e) {
        return e != null && e >= 0 && e < sources.length;
    }

    @Override
    public boolean containsVertex(Integer v) {
        return v != null && v >= 0 && v < nodeCount;
    }

    @Override
    public Set<Integer> edgeSet() {
        return new Range(sources.length);
    }

    @Override
    public int degreeOf(Integer vertex) {
        return inDegreeOf(vertex) + outDegreeOf(vertex);
    }

    @Override
    public Set<Integer> edgesOf(Integer vertex) {
        Set<Integer> edges = new HashSet<>(outgoingEdgesOf(vertex));
        edges.addAll(incomingEdgesOf(vertex));
        return edges;
    }

    @Override
    public int inDegreeOf(Integer vertex) {
        assertVertexExist(vertex);
        return inStarts[vertex + 1] - inStarts[vertex];
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer vertex) {
        assertVertexExist(vertex);
        return new Slice(inEdges, inStarts[vertex], inStarts[vertex + 1]);
    }

    @Override
    public int outDegreeOf(Integer vertex) {
        assertVertexExist(vertex);
        return outStarts[vertex + 1] - outStarts[vertex];
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer vertex) {
        assertVertexExist(vertex);
        return new Slice(outEdges, outStarts[vertex], outStarts[vertex + 1]);
    }

    @Override
    public Integer removeEdge(Integer sourceVertex, Integer targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Integer e) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public Set<Integer> vertexSet() {
        return new Range(nodeCount);
    }

    @Override
    public Integer getEdgeSource(Integer e) {
        return sources[e];
    }

    @Override
    public Integer getEdgeTarget(Integer e) {
        return targets[e];
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Integer e) {
        return weights == null ? Graph.DEFAULT_EDGE_WEIGHT : weights[e];
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("An ArrayGraph is a read-only view of a network's arrays.");
    }

    /** The ints 0..size-1 as a set. */
    private static final class Range extends AbstractSet<Integer> {
        private final int size;

        Range(int size) {
            this.size = size;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= 0 && i < size;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Integer next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** A slice of an edge-index array as a set (the slices hold distinct edge indices). */
    private static final class Slice extends AbstractSet<Integer> {
        private final int[] values;
        private final int from;
        private final int to;

        Slice(int[] values, int from, int to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Integer i)) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (values[k] == i) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return next < to;
                }

                @Override
                public Integer next() {
                    if (next >= to) {
                        throw new NoSuchElementException();
                    }
                    return values[next++];
                }
            };
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
