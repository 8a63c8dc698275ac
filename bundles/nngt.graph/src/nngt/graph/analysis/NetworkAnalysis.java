package nngt.graph.analysis;

import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

import nngt.graph.GroupRange;
import nngt.graph.NetworkInstance;
import nngt.graph.internal.Parallel;

/**
 * NNGT's structural analysis of a {@link NetworkInstance}: degrees and their distributions (also by
 * neuron type), reciprocity, clustering, connected components, the structure graph and edge counts per
 * group or type pair. Most measures work on the arrays directly; strongly connected components run
 * JGraphT's algorithm on an {@link ArrayGraph}, the adapter through which any other JGraphT algorithm
 * can run too.
 */
public final class NetworkAnalysis {

    private NetworkAnalysis() {
    }

    /**
     * @param network a network
     * @return the in-degree of every neuron
     */
    public static int[] inDegrees(NetworkInstance network) {
        return count(network.targets(), network.neuronCount(), null, null, 0);
    }

    /**
     * @param network a network
     * @return the out-degree of every neuron
     */
    public static int[] outDegrees(NetworkInstance network) {
        return count(network.sources(), network.neuronCount(), null, null, 0);
    }

    /**
     * @param network a network
     * @return in- plus out-degree of every neuron
     */
    public static int[] totalDegrees(NetworkInstance network) {
        return totalDegrees(inDegrees(network), outDegrees(network));
    }

    /**
     * The total degrees from degrees already counted, without another pass over the edges.
     *
     * @param inDegrees  the in-degree of every neuron
     * @param outDegrees the out-degree of every neuron
     * @return in- plus out-degree of every neuron
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static int[] totalDegrees(int[] inDegrees, int[] outDegrees) {
        if (inDegrees.length != outDegrees.length) {
            throw new IllegalArgumentException("Arguments 'inDegrees' and 'outDegrees' have " + inDegrees.length
                    + " and " + outDegrees.length + " neurons; both must count the same neurons.");
        }
        int[] total = new int[inDegrees.length];
        for (int v = 0; v < total.length; v++) {
            total[v] = inDegrees[v] + outDegrees[v];
        }
        return total;
    }

    /**
     * NNGT's degree restricted to one neuron type of the partner (e.g. the excitatory in-degree).
     *
     * @param network a network
     * @param neuronType +1 or -1, the type of the partner at the other end
     * @param incoming true for in-degrees (the source has the type), false for out-degrees (the target has it)
     * @return the degree of every neuron counting only edges whose other end has that type
     * @throws IllegalArgumentException when the type is not ±1
     */
    public static int[] degreesByType(NetworkInstance network, int neuronType, boolean incoming) {
        if (neuronType != 1 && neuronType != -1) {
            throw new IllegalArgumentException("Argument 'neuronType' is " + neuronType + "; valid types are 1 and -1.");
        }
        int[] typeOf = typeOfNeuron(network);
        return incoming ? count(network.targets(), network.neuronCount(), network.sources(), typeOf, neuronType)
                : count(network.sources(), network.neuronCount(), network.targets(), typeOf, neuronType);
    }

    private static int[] count(int[] ends, int n, int[] others, int[] typeOf, int type) {
        int[] degrees = new int[n];
        for (int e = 0; e < ends.length; e++) {
            if (others == null || typeOf[others[e]] == type) {
                degrees[ends[e]]++;
            }
        }
        return degrees;
    }

    private static int[] typeOfNeuron(NetworkInstance network) {
        int[] typeOf = new int[network.neuronCount()];
        for (GroupRange group : network.groups()) {
            java.util.Arrays.fill(typeOf, group.firstId(), group.firstId() + group.size(), group.neuronType());
        }
        return typeOf;
    }

    /**
     * @param degrees degrees
     * @return {@code histogram[k]} = number of entries equal to k
     */
    public static long[] histogram(int[] degrees) {
        int max = 0;
        for (int d : degrees) {
            if (d < 0) {
                throw new IllegalArgumentException("Argument 'degrees' holds " + d + "; degrees are 0 or more.");
            }
            max = Math.max(max, d);
        }
        long[] histogram = new long[max + 1];
        for (int d : degrees) {
            histogram[d]++;
        }
        return histogram;
    }

    /**
     * Edge reciprocity as graph-tool and NNGT define it: the fraction of edges (self-loops excluded)
     * whose reverse edge also exists.
     *
     * @param network a network
     * @return the reciprocity, 0 for a network without edges
     */
    public static double reciprocity(NetworkInstance network) {
        return SimpleGraph.of(network, Parallel.defaultThreads()).reciprocity();
    }

    /**
     * Global clustering (transitivity) as NNGT reports it by default: on the undirected simple graph
     * (directions, parallel edges and self-loops ignored), 3 × triangles / connected triples, counted
     * exactly on every core (see {@link Clustering} for estimates and the choice between them).
     *
     * @param network a network
     * @return the global clustering coefficient, 0 without connected triples
     */
    public static double globalClustering(NetworkInstance network) {
        int threads = Parallel.defaultThreads();
        return Clustering.global(SimpleGraph.of(network, threads), Clustering.Mode.EXACT, 0, threads).value();
    }

    /**
     * Average local clustering on the undirected simple graph; nodes with fewer than two neighbours
     * count as 0, as in NetworkX and JGraphT.
     *
     * @param network a network
     * @return the average local clustering coefficient
     */
    public static double averageClustering(NetworkInstance network) {
        int threads = Parallel.defaultThreads();
        return Clustering.averageLocal(SimpleGraph.of(network, threads), threads);
    }

    /**
     * Weakly connected components by union-find over the arrays.
     *
     * @param network a network
     * @return for every neuron the index of its component, numbered by first neuron
     */
    public static int[] weakComponents(NetworkInstance network) {
        int n = network.neuronCount();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        int[] sources = network.sources();
        int[] targets = network.targets();
        for (int e = 0; e < sources.length; e++) {
            int a = root(parent, sources[e]);
            int b = root(parent, targets[e]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] labels = new int[n];
        int[] labelOfRoot = new int[n];
        java.util.Arrays.fill(labelOfRoot, -1);
        int next = 0;
        for (int v = 0; v < n; v++) {
            int r = root(parent, v);
            if (labelOfRoot[r] < 0) {
                labelOfRoot[r] = next++;
            }
            labels[v] = labelOfRoot[r];
        }
        return labels;
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /**
     * @param network a network
     * @return its strongly connected components (JGraphT's Kosaraju algorithm), as sets of neuron ids
     */
    public static List<Set<Integer>> strongComponents(NetworkInstance network) {
        return new KosarajuStrongConnectivityInspector<>(ArrayGraph.of(network)).stronglyConnectedSets();
    }

    /**
     * The edges between each pair of groups: how many, and their weights' sum.
     *
     * @param counts {@code counts[s][t]} = number of edges from group s to group t (indices of {@code groups()})
     * @param weightSums {@code weightSums[s][t]} = the sum of their weights (NEST units, positive also for
     *        inhibitory sources), summed in edge order
     */
    public record GroupPairEdges(long[][] counts, double[][] weightSums) {

        /**
         * @return {@code means[s][t]} = the mean weight of the edges from group s to group t, or NaN where there
         *         are none
         */
        public double[][] meanWeights() {
            int g = counts.length;
            double[][] means = new double[g][g];
            for (int s = 0; s < g; s++) {
                for (int t = 0; t < g; t++) {
                    means[s][t] = counts[s][t] == 0 ? Double.NaN : weightSums[s][t] / counts[s][t];
                }
            }
            return means;
        }
    }

    /**
     * Counts the edges per group pair and sums their weights, in one walk over the edges.
     *
     * @param network a network
     * @return the edges between each pair of groups
     */
    public static GroupPairEdges edgesByGroupPair(NetworkInstance network) {
        return walkGroupPairs(network, true);
    }

    /**
     * @param network a network
     * @return {@code counts[s][t]} = number of edges from group s to group t (indices of {@code groups()})
     */
    public static long[][] edgeCountsByGroup(NetworkInstance network) {
        return walkGroupPairs(network, false).counts();
    }

    /**
     * @param network a network
     * @return {@code means[s][t]} = the mean weight (NEST units, positive also for inhibitory sources) of the
     *         edges from group s to group t, or NaN where there are none
     */
    public static double[][] meanWeightsByGroup(NetworkInstance network) {
        return edgesByGroupPair(network).meanWeights();
    }

    /** The one walk over the edges by group pair; the weights are read only when asked for. */
    private static GroupPairEdges walkGroupPairs(NetworkInstance network, boolean sumWeights) {
        int g = network.groups().size();
        long[][] counts = new long[g][g];
        double[][] sums = new double[g][g];
        int[] groupOf = groupOfNeuron(network);
        int[] sources = network.sources();
        int[] targets = network.targets();
        float[] weights = sumWeights ? network.weights() : null;
        for (int e = 0; e < sources.length; e++) {
            int s = groupOf[sources[e]];
            int t = groupOf[targets[e]];
            counts[s][t]++;
            if (sumWeights) {
                sums[s][t] += weights[e];
            }
        }
        return new GroupPairEdges(counts, sums);
    }

    /**
     * @param network a network
     * @return {@code counts[s][t]} with index 0 for excitatory and 1 for inhibitory, source type first
     */
    public static long[][] edgeCountsByType(NetworkInstance network) {
        long[][] counts = new long[2][2];
        int[] typeOf = typeOfNeuron(network);
        int[] sources = network.sources();
        int[] targets = network.targets();
        for (int e = 0; e < sources.length; e++) {
            counts[typeOf[sources[e]] > 0 ? 0 : 1][typeOf[targets[e]] > 0 ? 0 : 1]++;
        }
        return counts;
    }

    /**
     * NNGT's structure graph: one vertex per group (its name), one edge per connected group pair whose
     * weight is the sum of the edge weights between them.
     *
     * @param network a network
     * @return the structure graph
     */
    public static Graph<String, DefaultWeightedEdge> structureGraph(NetworkInstance network) {
        Graph<String, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        List<GroupRange> groups = network.groups();
        groups.forEach(group -> graph.addVertex(group.name()));
        int g = groups.size();
        GroupPairEdges edges = edgesByGroupPair(network);
        for (int s = 0; s < g; s++) {
            for (int t = 0; t < g; t++) {
                if (edges.counts()[s][t] > 0) {
                    DefaultWeightedEdge edge = graph.addEdge(groups.get(s).name(), groups.get(t).name());
                    graph.setEdgeWeight(edge, edges.weightSums()[s][t]);
                }
            }
        }
        return graph;
    }

    private static int[] groupOfNeuron(NetworkInstance network) {
        int[] groupOf = new int[network.neuronCount()];
        List<GroupRange> groups = network.groups();
        for (int k = 0; k < groups.size(); k++) {
            java.util.Arrays.fill(groupOf, groups.get(k).firstId(), groups.get(k).firstId() + groups.get(k).size(), k);
        }
        return groupOf;
    }
}
