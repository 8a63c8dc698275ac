package nngt.sim.api.run;

import java.util.ArrayList;
import java.util.List;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.Network;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;

/**
 * The one run service under the command line ({@code nngt run}, {@code nngt compare}) and the workbench (launch
 * configurations, Compare Simulators): it applies a front end's overrides to a model, builds the network and its
 * plan once, refuses what a simulator cannot run before anything runs, and then either runs one simulator into a
 * results folder ({@link PreparedRun#execute}) or several and compares them ({@link #compare}). Front ends only
 * load the model, find the simulators and show what comes back.
 */
public final class RunService {

    /** The workbench's version, written into {@code summary.json}. */
    public static final String VERSION = "0.1.0";

    private RunService() {
    }

    /**
     * Prepares a run: applies the overrides to the model, builds the network (seeded, the same on any thread
     * count) and its plan, and checks the plan against the simulator.
     *
     * @param network   a valid model, changed in place by the overrides
     * @param overrides the front end's seed, time, threads and simulator options
     * @param simulator the simulator to run it on
     * @return the prepared run, not started
     * @throws IllegalArgumentException   when an override or the model's own value is out of range (the message
     *                                    names it as the user gave it), or the network cannot be built
     * @throws UnsupportedPartsException when the simulator cannot run a part of the model; nothing ran
     */
    public static PreparedRun prepare(Network network, RunOverrides overrides, Simulator simulator) {
        return new PreparedRun(network.getName(), build(network, overrides, List.of(simulator)), simulator);
    }

    /**
     * Runs the same network instance on several simulators and compares each with the first: per-group rates and
     * CVs against the tolerances and, when no input is stochastic, spike times neuron by neuron. Every simulator is
     * checked before any runs.
     *
     * @param network    a valid model, changed in place by the overrides
     * @param overrides  the front end's seed, time, threads and simulator options
     * @param simulators the simulators, the reference first
     * @param tolerances the rate, CV and spike-time tolerances
     * @param listener   hears each simulator's progress, one after the other
     * @param cancel     stops the running simulation when cancelled
     * @return the comparison
     * @throws IllegalArgumentException   when fewer than two simulators are given, or as {@link #prepare}
     * @throws UnsupportedPartsException when a simulator cannot run a part of the model; nothing ran
     */
    public static SimulatorComparison compare(Network network, RunOverrides overrides, List<Simulator> simulators,
            SimulatorComparison.Tolerances tolerances, RunListener listener, CancellationToken cancel) {
        if (simulators.size() < 2) {
            throw new IllegalArgumentException("simulators: " + simulators.size() + " given; a comparison needs at "
                    + "least two, e.g. embedded,nest.");
        }
        Built built = build(network, overrides, simulators);
        List<SimulationResult> results = new ArrayList<>();
        for (Simulator simulator : simulators) {
            results.add(new PreparedRun(network.getName(), built, simulator).simulate(listener, cancel));
        }
        return SimulatorComparison.of(network.getName(), built.plan().edgeCount(), built.plan(), results,
                tolerances);
    }

    /**
     * The network and its plan, built once for every simulator of a run or comparison. The plan's edges are drawn
     * when a simulator reads them ({@link SimulationPlan#edgesDrawn()}): the embedded simulator draws them
     * straight into its tables; a backend that reads the plan's arrays draws them once into arrays. The instance
     * with its edge columns is built only when asked ({@link #instance()}).
     *
     * @param network the model, with the overrides applied
     * @param options the instantiation options
     * @param neurons the network without its edges (groups, values, positions, seed)
     * @param plan    the plan
     */
    record Built(Network network, InstantiationOptions options, NetworkInstance neurons, SimulationPlan plan) {

        /**
         * @return the network with its edges, instantiated again (the same network as the plan's, drawn from
         *         the same streams): as much memory as the instance's columns, 14 bytes or more per edge
         */
        NetworkInstance instance() {
            return NetworkInstantiator.instantiate(network, options);
        }
    }

    private static Built build(Network network, RunOverrides overrides, List<Simulator> simulators) {
        overrides.applyTo(network);
        InstantiationOptions options = InstantiationOptions.defaults();
        if (overrides.threads() != null) {
            options = options.withThreads(overrides.threads());
        }
        NetworkInstantiator.DeferredNetwork deferred;
        SimulationPlan plan;
        try {
            deferred = NetworkInstantiator.withDeferredEdges(network, options);
            plan = SimulationPlanBuilder.build(network, deferred).withOptions(overrides.simulatorOptions());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Network '" + network.getName() + "' cannot be built: "
                    + e.getMessage(), e);
        }
        overrides.checkDuration(plan);
        requireSupported(network.getName(), simulators, plan);
        return new Built(network, options, deferred.neurons(), plan);
    }

    private static void requireSupported(String network, List<Simulator> simulators, SimulationPlan plan) {
        List<String> parts = new ArrayList<>();
        for (Simulator simulator : simulators) {
            for (String part : simulator.capabilities().unsupportedParts(plan)) {
                parts.add(simulators.size() == 1 ? part : simulator.id() + ": " + part);
            }
        }
        if (!parts.isEmpty()) {
            String who = simulators.size() == 1 ? "Simulator '" + simulators.get(0).id() + "' cannot run"
                    : "The simulators cannot all run";
            throw new UnsupportedPartsException(who + " network '" + network + "'; nothing was run. Unsupported: "
                    + String.join(", ", parts) + ".", parts);
        }
    }
}
