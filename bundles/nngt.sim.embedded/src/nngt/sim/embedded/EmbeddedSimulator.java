package nngt.sim.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

import nngt.sim.api.Capabilities;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.Simulator;
import nngt.sim.api.SupportLevel;
import nngt.sim.embedded.internal.Engine;
import nngt.sim.embedded.internal.Models;

/**
 * The embedded simulator (id {@code embedded}): time-driven on the resolution grid with NEST's update
 * order, exact integration for current-based integrate-and-fire models, ring-buffer spike delivery with
 * minimum-delay communication, multithreaded over neurons and deterministic for a seed whatever the
 * number of threads. Registered as an OSGi Declarative Services component
 * ({@code OSGI-INF/nngt.sim.embedded.xml}) and through {@link java.util.ServiceLoader}.
 */
public final class EmbeddedSimulator implements Simulator {

    /** The simulator id. */
    public static final String ID = "embedded";
    /** The simulator version recorded in results. */
    public static final String VERSION = "0.1.0";

    /** Creates the service (public no-argument constructor for ServiceLoader and Declarative Services). */
    public EmbeddedSimulator() {
        // stateless: everything lives in the prepared simulations
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * A static synapse is its 4-byte target id in its source's row; with values per synapse, a float
     * weight and a 16-bit delay too (see {@code StaticSynapses}).
     */
    @Override
    public int bytesPerSynapse(boolean rowsShareValues) {
        return rowsShareValues ? Integer.BYTES : Integer.BYTES + Float.BYTES + Short.BYTES;
    }

    /** Each thread fills its tables from {@link SimulationPlan#edges()}: no edge array is made. */
    @Override
    public boolean readsDrawnEdges() {
        return true;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Capabilities capabilities() {
        Map<String, SupportLevel> synapses = new LinkedHashMap<>();
        synapses.put("static_synapse", SupportLevel.FULL);
        synapses.put("tsodyks_synapse", SupportLevel.FULL);
        synapses.put("tsodyks2_synapse", SupportLevel.FULL);
        // the post-synaptic history is never pruned, and all delay counts as dendritic as in NEST
        synapses.put("stdp_synapse", SupportLevel.FULL);
        Map<String, SupportLevel> devices = new LinkedHashMap<>();
        devices.put("poisson_generator", SupportLevel.FULL);
        devices.put("dc_generator", SupportLevel.FULL);
        // noise_generator supports mean, std and dt; std_mod/frequency/phase are not offered
        devices.put("noise_generator", SupportLevel.APPROXIMATE);
        devices.put("step_current_generator", SupportLevel.FULL);
        devices.put("spike_generator", SupportLevel.FULL);
        devices.put("spike_recorder", SupportLevel.FULL);
        devices.put("multimeter", SupportLevel.FULL);
        return new Capabilities(Models.supportLevels(), synapses, devices);
    }

    @Override
    public PreparedSimulation prepare(SimulationPlan plan) {
        return new Engine(plan, ID, VERSION);
    }
}
