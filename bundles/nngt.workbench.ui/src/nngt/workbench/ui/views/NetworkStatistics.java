package nngt.workbench.ui.views;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;

import nngt.graph.GroupRange;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.graph.analysis.NetworkAnalysis;
import nngt.graph.analysis.NetworkAnalysis.GroupPairEdges;
import nngt.workbench.ui.run.WorkspaceModels;

/**
 * The figures of the "NNGT Network Statistics" view for one model: degree histograms ({@code histogram[d]}
 * neurons have degree d), and the number and mean weight of the edges from each group to each group.
 *
 * @param model        the model file
 * @param network      the network's name
 * @param groups       the group names, in network order
 * @param neurons      the neuron count
 * @param edges        the edge count
 * @param inDegrees    histogram of in-degrees
 * @param outDegrees   histogram of out-degrees
 * @param totalDegrees histogram of total degrees
 * @param edgesByGroup {@code edgesByGroup[s][t]} edges from group s to group t
 * @param meanWeightsByGroup {@code meanWeightsByGroup[s][t]} their mean weight (NEST units), NaN without edges
 */
public record NetworkStatistics(IFile model, String network, List<String> groups, int neurons, long edges,
        long[] inDegrees, long[] outDegrees, long[] totalDegrees, long[][] edgesByGroup,
        double[][] meanWeightsByGroup) {

    /** Which degree a histogram counts. */
    public enum Degree {
        /** Incoming edges. */
        IN,
        /** Outgoing edges. */
        OUT,
        /** Incoming plus outgoing edges. */
        TOTAL
    }

    /**
     * Loads a model, builds its network with the model's seed and computes the figures.
     *
     * @param model a {@code .nngt} file of the workspace
     * @return the figures
     * @throws CoreException when the model has errors (the status names file:line:col) or cannot be built
     */
    public static NetworkStatistics of(IFile model) throws CoreException {
        var network = WorkspaceModels.load(model);
        NetworkInstance instance;
        try {
            instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        } catch (IllegalArgumentException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("Network '" + network.getName()
                    + "' cannot be built: " + e.getMessage(), e));
        }
        return of(model, network.getName(), instance);
    }

    /**
     * Computes the figures of a built network.
     *
     * @param model       the model file it was built from, or null
     * @param networkName the network's name
     * @param instance    the network
     * @return the figures
     */
    public static NetworkStatistics of(IFile model, String networkName, NetworkInstance instance) {
        // three passes over the edges (in-degrees, out-degrees, group pairs), the group pairs on a second core
        CompletableFuture<GroupPairEdges> pairs =
                CompletableFuture.supplyAsync(() -> NetworkAnalysis.edgesByGroupPair(instance));
        int[] in = NetworkAnalysis.inDegrees(instance);
        int[] out = NetworkAnalysis.outDegrees(instance);
        long[] total = NetworkAnalysis.histogram(NetworkAnalysis.totalDegrees(in, out));
        GroupPairEdges groupPairs = pairs.join();
        return new NetworkStatistics(model, networkName,
                instance.groups().stream().map(GroupRange::name).toList(), instance.neuronCount(),
                instance.edgeCount(), NetworkAnalysis.histogram(in), NetworkAnalysis.histogram(out), total,
                groupPairs.counts(), groupPairs.meanWeights());
    }

    /**
     * @param degree which degree
     * @return its histogram
     */
    public long[] histogram(Degree degree) {
        return switch (degree) {
            case IN -> inDegrees;
            case OUT -> outDegrees;
            case TOTAL -> totalDegrees;
        };
    }
}
