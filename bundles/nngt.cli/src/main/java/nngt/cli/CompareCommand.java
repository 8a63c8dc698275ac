package nngt.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.util.EcoreUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.model.Network;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.NetworkRequests;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.Simulators;

/**
 * {@code nngt compare FILE --simulators a,b}: runs the same network on several simulators and compares
 * per-group rates and CVs against tolerances.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run one network on several simulators and compare per-group rates and CV of ISI.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = ".nngt model")
    private Path file;

    @Option(names = "--simulators", split = ",", required = true, description = "Simulator ids, e.g. embedded,nest.")
    private List<String> simulatorIds;

    @Option(names = "--rate-tolerance", defaultValue = "0.1", description = "Relative rate tolerance (default: ${DEFAULT-VALUE}).")
    private double rateTolerance;

    @Option(names = "--cv-tolerance", defaultValue = "0.05", description = "Absolute CV tolerance (default: ${DEFAULT-VALUE}).")
    private double cvTolerance;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (simulatorIds.size() < 2) {
            throw new IllegalArgumentException("--simulators lists " + simulatorIds.size()
                    + " simulator; give at least two, e.g. embedded,nest.");
        }
        List<Simulator> simulators = new ArrayList<>();
        for (String id : simulatorIds) {
            simulators.add(Simulators.byId(id, CompareCommand.class.getClassLoader()));
        }
        Network network = Models.load(file, spec.commandLine().getErr());
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        List<Summary> summaries = new ArrayList<>();
        for (Simulator simulator : simulators) {
            simulator.capabilities().requireSupported(simulator.id(), NetworkRequests.from(network, instance));
        }
        for (Simulator simulator : simulators) {
            Network copy = EcoreUtil.copy(network);
            try (PreparedSimulation prepared = simulator.prepare(NetworkRequests.from(copy, instance))) {
                SimulationResult result = prepared.run(ProgressListener.NONE, new CancellationToken());
                summaries.add(Summary.of(copy, instance, result));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean within = true;
        Summary reference = summaries.get(0);
        for (int s = 1; s < summaries.size(); s++) {
            for (int g = 0; g < reference.groups().size(); g++) {
                Summary.GroupFigures a = reference.groups().get(g);
                Summary.GroupFigures b = summaries.get(s).groups().get(g);
                double rateDifference = Math.abs(a.rateHz() - b.rateHz()) / Math.max(1e-12, a.rateHz());
                double cvDifference = Math.abs(a.cvIsi() - b.cvIsi());
                boolean ok = (a.rateHz() == b.rateHz() || rateDifference <= rateTolerance)
                        && (Double.isNaN(a.cvIsi()) && Double.isNaN(b.cvIsi()) || cvDifference <= cvTolerance);
                within &= ok;
                out.printf(Locale.ROOT, "%-16s %-10s %8.2f Hz  %-10s %8.2f Hz  CV %.3f / %.3f  %s%n", a.name(),
                        simulatorIds.get(0), a.rateHz(), simulatorIds.get(s), b.rateHz(), a.cvIsi(), b.cvIsi(),
                        ok ? "ok" : "DIFFERENT");
            }
        }
        return within ? 0 : Main.EXIT_INVALID_INPUT;
    }
}
