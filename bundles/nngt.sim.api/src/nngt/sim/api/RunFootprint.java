package nngt.sim.api;

import java.util.Locale;

import nngt.model.Connection;
import nngt.model.ConstantValue;
import nngt.model.DegreeType;
import nngt.model.FixedDegree;
import nngt.model.FromDegreeList;
import nngt.model.GaussianDegree;
import nngt.model.LinearCorrelation;
import nngt.model.Network;
import nngt.model.api.NetworkFootprint;
import nngt.model.api.PopulationSelections;

/**
 * The memory a simulation run takes in this Java process, estimated from the model before any edge
 * exists, so that a run that cannot fit is refused at once with the reason instead of failing after
 * the network has been generated. A run's plan draws its edges when a simulator reads them
 * ({@link SimulationPlan#edgesDrawn()}): a connection by an in-degree rule whose values do not depend on
 * distances holds no edge array at all, any other connection is drawn once whole and kept
 * ({@link #KEPT_BYTES_PER_EDGE}); a simulator that fills its tables from the drawn edges
 * ({@link Simulator#readsDrawnEdges()}, the embedded one) adds its table entry
 * ({@link Simulator#bytesPerSynapse}), one that reads the plan's arrays adds them
 * ({@link #PLAN_BYTES_PER_EDGE}). Plus the neurons' arrays and what the process holds anyway
 * ({@link #BASE_BYTES}). Edge counts are the ones the rules imply ({@link NetworkFootprint#expectedEdges}).
 */
public final class RunFootprint {

    /**
     * Bytes per edge of the plan's arrays, made for a simulator that reads arrays: source, target, signed weight,
     * delay in ms and the synapse model index.
     */
    public static final int PLAN_BYTES_PER_EDGE = 4 * Integer.BYTES + Float.BYTES;
    /** Bytes per edge of a connection kept whole while the run lasts: source, target, weight and delay. */
    public static final int KEPT_BYTES_PER_EDGE = 2 * Integer.BYTES + 2 * Float.BYTES;
    /**
     * What the process holds besides the network: the JVM, the language and the libraries, the neurons'
     * state and the recorded spikes of a model of modest size (measured: about 0.2 GB for
     * {@code nngt run} of a small model).
     */
    public static final long BASE_BYTES = 250_000_000L;

    private final NetworkFootprint network;
    private final long keptEdges;
    private final int simulatorBytesPerSynapse;
    private final boolean readsDrawnEdges;

    private RunFootprint(NetworkFootprint network, long keptEdges, int simulatorBytesPerSynapse,
            boolean readsDrawnEdges) {
        this.network = network;
        this.keptEdges = keptEdges;
        this.simulatorBytesPerSynapse = simulatorBytesPerSynapse;
        this.readsDrawnEdges = readsDrawnEdges;
    }

    /**
     * @param model the model to run
     * @param simulator the simulator that will run it
     * @return the estimate
     */
    public static RunFootprint of(Network model, Simulator simulator) {
        PopulationSelections selections = new PopulationSelections(model.getPopulation());
        NetworkFootprint network = NetworkFootprint.of(model, selections);
        boolean constant = true;
        long kept = 0;
        for (Connection connection : model.getConnections()) {
            constant &= (connection.getWeights() == null || connection.getWeights() instanceof ConstantValue)
                    && (connection.getDelays() == null || connection.getDelays() instanceof ConstantValue);
            if (!drawnAgain(connection)) {
                kept += NetworkFootprint.expectedEdges(connection, selections.ids(connection.getSources()),
                        selections.ids(connection.getTargets()));
            }
        }
        return new RunFootprint(network, kept, simulator.bytesPerSynapse(constant), simulator.readsDrawnEdges());
    }

    /** Whether the plan draws the connection's edges range by range instead of keeping them (see NetworkEdges). */
    private static boolean drawnAgain(Connection connection) {
        boolean degreeRule = connection.getRule() instanceof FixedDegree || connection.getRule() instanceof GaussianDegree
                || connection.getRule() instanceof FromDegreeList;
        return degreeRule && (connection.getDegreeType() == null || connection.getDegreeType() == DegreeType.IN)
                && !(connection.getWeights() instanceof LinearCorrelation)
                && !(connection.getDelays() instanceof LinearCorrelation);
    }

    /**
     * @return the synapses the model's rules imply
     */
    public long synapses() {
        return network.edges();
    }

    /**
     * @return bytes per synapse, averaged over the synapses (rounded up): the simulator's entry, the plan's
     *         arrays for a simulator that reads them, and the connections kept whole
     */
    public int bytesPerSynapse() {
        long edges = network.edges();
        return edges == 0 ? perSynapse() : (int) Math.min(Integer.MAX_VALUE, (edgeBytes() + edges - 1) / edges);
    }

    private int perSynapse() {
        return simulatorBytesPerSynapse + (readsDrawnEdges ? 0 : PLAN_BYTES_PER_EDGE);
    }

    private long edgeBytes() {
        long edges = network.edges();
        long perEdge = edges > Long.MAX_VALUE / Math.max(1, perSynapse()) ? Long.MAX_VALUE : edges * perSynapse();
        long keptBytes = keptEdges > Long.MAX_VALUE / KEPT_BYTES_PER_EDGE ? Long.MAX_VALUE
                : keptEdges * KEPT_BYTES_PER_EDGE;
        long total = perEdge + keptBytes;
        return total < 0 ? Long.MAX_VALUE : total;
    }

    /**
     * @return the estimated peak, in bytes (saturated at {@link Long#MAX_VALUE})
     */
    public long bytes() {
        // the network's per-neuron arrays; its edge columns are never built for a run
        long neurons = network.bytes() - Math.min(network.bytes(),
                network.edges() > Long.MAX_VALUE / NetworkFootprint.BYTES_PER_EDGE ? Long.MAX_VALUE
                        : network.edges() * NetworkFootprint.BYTES_PER_EDGE);
        long total = neurons + edgeBytes();
        total = total < 0 ? Long.MAX_VALUE : total;
        return total > Long.MAX_VALUE - BASE_BYTES ? Long.MAX_VALUE : total + BASE_BYTES;
    }

    /**
     * @return the estimate for people, e.g. {@code about 4.3 GB (1,000,000,000 synapses at 4 bytes for the
     *         simulator's tables)}
     */
    public String describe() {
        StringBuilder parts = new StringBuilder();
        parts.append(String.format(Locale.ROOT, "%,d synapses at %d bytes for the simulator's tables", synapses(),
                simulatorBytesPerSynapse));
        if (!readsDrawnEdges) {
            parts.append(String.format(Locale.ROOT, " and %d for the plan's arrays", PLAN_BYTES_PER_EDGE));
        }
        if (keptEdges > 0) {
            parts.append(String.format(Locale.ROOT, "; %,d of them kept at %d bytes, their rule drawing whole",
                    keptEdges, KEPT_BYTES_PER_EDGE));
        }
        return "about " + NetworkFootprint.format(bytes()) + " (" + parts + ")";
    }
}
