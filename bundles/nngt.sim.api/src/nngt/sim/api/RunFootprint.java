package nngt.sim.api;

import java.util.Locale;

import nngt.model.Connection;
import nngt.model.ConstantValue;
import nngt.model.Network;
import nngt.model.api.NetworkFootprint;
import nngt.model.api.PopulationSelections;

/**
 * The memory a simulation run takes in this Java process, estimated from the model before any edge
 * exists, so that a run that cannot fit is refused at once with the reason instead of failing after
 * the network has been generated. At its peak a run holds, for every synapse, the network instance's
 * columns ({@link NetworkFootprint#BYTES_PER_EDGE}), the plan's per-edge columns
 * ({@link #PLAN_BYTES_PER_EDGE}) and the simulator's table entry ({@link Simulator#bytesPerSynapse}),
 * plus the instance's per-neuron arrays and what the process holds anyway ({@link #BASE_BYTES}).
 * Edge counts are the ones the rules imply ({@link NetworkFootprint#expectedEdges}).
 */
public final class RunFootprint {

    /** Bytes per edge of the plan's own columns: the signed weight, the delay in ms and the synapse model index. */
    public static final int PLAN_BYTES_PER_EDGE = Float.BYTES + Float.BYTES + Integer.BYTES;
    /**
     * What the process holds besides the network: the JVM, the language and the libraries, the neurons'
     * state and the recorded spikes of a model of modest size (measured: about 0.2 GB for
     * {@code nngt run} of a small model).
     */
    public static final long BASE_BYTES = 250_000_000L;

    private final NetworkFootprint network;
    private final int simulatorBytesPerSynapse;

    private RunFootprint(NetworkFootprint network, int simulatorBytesPerSynapse) {
        this.network = network;
        this.simulatorBytesPerSynapse = simulatorBytesPerSynapse;
    }

    /**
     * @param model the model to run
     * @param simulator the simulator that will run it
     * @return the estimate
     */
    public static RunFootprint of(Network model, Simulator simulator) {
        NetworkFootprint network = NetworkFootprint.of(model, new PopulationSelections(model.getPopulation()));
        boolean constant = true;
        for (Connection connection : model.getConnections()) {
            constant &= (connection.getWeights() == null || connection.getWeights() instanceof ConstantValue)
                    && (connection.getDelays() == null || connection.getDelays() instanceof ConstantValue);
        }
        return new RunFootprint(network, simulator.bytesPerSynapse(constant));
    }

    /**
     * @return the synapses the model's rules imply
     */
    public long synapses() {
        return network.edges();
    }

    /**
     * @return bytes per synapse: the network's, the plan's and the simulator's
     */
    public int bytesPerSynapse() {
        return NetworkFootprint.BYTES_PER_EDGE + PLAN_BYTES_PER_EDGE + simulatorBytesPerSynapse;
    }

    /**
     * @return the estimated peak, in bytes (saturated at {@link Long#MAX_VALUE})
     */
    public long bytes() {
        long edges = network.edges();
        long perEdge = bytesPerSynapse() - NetworkFootprint.BYTES_PER_EDGE;
        long extra = edges > Long.MAX_VALUE / perEdge ? Long.MAX_VALUE : edges * perEdge;
        long total = network.bytes() + extra;
        total = total < 0 ? Long.MAX_VALUE : total;
        return total > Long.MAX_VALUE - BASE_BYTES ? Long.MAX_VALUE : total + BASE_BYTES;
    }

    /**
     * @return the estimate for people, e.g. {@code about 30.3 GB (1,000,000,000 synapses at 30 bytes: 14 for
     *         the network, 12 for the plan, 4 for the simulator's tables)}
     */
    public String describe() {
        return String.format(Locale.ROOT, "about %s (%,d synapses at %d bytes: %d for the network, %d for the plan, %d for "
                + "the simulator's tables)", NetworkFootprint.format(bytes()), synapses(), bytesPerSynapse(),
                NetworkFootprint.BYTES_PER_EDGE, PLAN_BYTES_PER_EDGE, simulatorBytesPerSynapse);
    }
}
