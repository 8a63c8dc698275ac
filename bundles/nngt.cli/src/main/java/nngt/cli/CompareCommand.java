package nngt.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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
import nngt.sim.api.Capabilities;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.ProgressListener;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.Simulator;
import nngt.sim.api.Simulators;
import nngt.sim.api.analysis.SpikeTimeMatcher;

/**
 * {@code nngt compare FILE --simulators a,b}: runs the same network instance on several simulators and compares
 * each with the first: per-group rates and CVs against tolerances and, when the inputs are deterministic, the
 * spike times neuron by neuron ({@link SpikeTimeMatcher}). With Poisson or noise inputs every simulator draws
 * its own random numbers, so spike times cannot agree; the report says so and compares rates and CVs only.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run one network on several simulators; compare per-group rates, CV of ISI and, for "
                + "deterministic inputs, spike times.")
final class CompareCommand implements Callable<Integer> {

    /** Stimulation devices that draw random numbers: spike times of two simulators cannot agree with them. */
    static final List<String> STOCHASTIC_DEVICES = List.of("poisson_generator", "noise_generator");

    @Parameters(index = "0", paramLabel = "FILE", description = ".nngt model")
    private Path file;

    @Option(names = "--simulators", split = ",", required = true, description = "Simulator ids, e.g. embedded,nest.")
    private List<String> simulatorIds;

    @Option(names = "--rate-tolerance", defaultValue = "0.1", description = "Relative rate tolerance (default: ${DEFAULT-VALUE}).")
    private double rateTolerance;

    @Option(names = "--cv-tolerance", defaultValue = "0.05", description = "Absolute CV tolerance (default: ${DEFAULT-VALUE}).")
    private double cvTolerance;

    @Option(names = "--tolerance", converter = Durations.class,
            description = "Largest spike-time difference of a matched pair, e.g. 0.1ms (default: one resolution step).")
    private Double spikeToleranceMs;

    @Option(names = "--sim-option", paramLabel = "KEY=VALUE",
            description = "Simulator option, repeatable, e.g. nest.python=/opt/nest/bin/python3, nest.mpi=4.")
    private Map<String, String> simulatorOptions = new LinkedHashMap<>();

    @Option(names = "--json", description = "Write the comparison as JSON.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        requireTolerance("--rate-tolerance", rateTolerance);
        requireTolerance("--cv-tolerance", cvTolerance);
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
        SimulationPlan checked = SimulationPlanBuilder.build(network, instance).withOptions(simulatorOptions);
        // Every simulator is checked before any runs: a comparison that cannot finish runs nothing.
        for (Simulator simulator : simulators) {
            simulator.capabilities().requireSupported(simulator.id(), checked);
        }
        double tolerance = spikeToleranceMs != null ? spikeToleranceMs : checked.resolutionMs();
        List<String> stochastic = stochasticDevices(checked);
        List<Summary> summaries = new ArrayList<>();
        List<SimulationResult> results = new ArrayList<>();
        for (Simulator simulator : simulators) {
            Network copy = EcoreUtil.copy(network);
            SimulationPlan request = SimulationPlanBuilder.build(copy, instance).withOptions(simulatorOptions);
            try (PreparedSimulation prepared = simulator.prepare(request)) {
                SimulationResult result = prepared.run(ProgressListener.NONE, new CancellationToken());
                results.add(result);
                summaries.add(Summary.of(copy, instance, result));
            }
        }
        Report report = new Report(network.getName(), tolerance, stochastic);
        for (int s = 1; s < simulators.size(); s++) {
            report.add(summaries.get(0), summaries.get(s), stochastic.isEmpty()
                    ? SpikeTimeMatcher.compare(results.get(0), results.get(s), tolerance) : null);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(report.toMap()));
        } else {
            report.print(out);
        }
        out.flush();
        return report.within ? 0 : Main.EXIT_INVALID_INPUT;
    }

    /** The stochastic stimulation devices of a request, sorted, each once. */
    static List<String> stochasticDevices(SimulationPlan request) {
        TreeSet<String> found = new TreeSet<>();
        for (SimulationPlan.Stimulus stimulus : request.stimuli()) {
            String device = Capabilities.deviceName(stimulus);
            if (STOCHASTIC_DEVICES.contains(device)) {
                found.add(device);
            }
        }
        return List.copyOf(found);
    }

    /** The comparison of every simulator with the first, as text or as a JSON tree. */
    private final class Report {
        private final String network;
        private final double toleranceMs;
        private final List<String> stochastic;
        private final List<Map<String, Object>> comparisons = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean within = true;

        Report(String network, double toleranceMs, List<String> stochastic) {
            this.network = network;
            this.toleranceMs = toleranceMs;
            this.stochastic = stochastic;
        }

        void add(Summary reference, Summary other, SpikeTimeMatcher.Agreement agreement) {
            String a = reference.metadata().simulator();
            String b = other.metadata().simulator();
            text.append(String.format(Locale.ROOT, "%s against %s%n", b, a));
            text.append(String.format(Locale.ROOT, "%-16s %14s %14s %12s %12s  %s%n", "group", "rate " + a,
                    "rate " + b, "CV " + a, "CV " + b, "rates/CV"));
            List<Object> groups = new ArrayList<>();
            for (int g = 0; g < reference.groups().size(); g++) {
                Summary.GroupFigures x = reference.groups().get(g);
                Summary.GroupFigures y = other.groups().get(g);
                double rateDifference = Math.abs(x.rateHz() - y.rateHz()) / Math.max(1e-12, x.rateHz());
                boolean ok = (x.rateHz() == y.rateHz() || rateDifference <= rateTolerance)
                        && (Double.isNaN(x.cvIsi()) && Double.isNaN(y.cvIsi())
                                || Math.abs(x.cvIsi() - y.cvIsi()) <= cvTolerance);
                within &= ok;
                text.append(String.format(Locale.ROOT, "%-16s %11.2f Hz %11.2f Hz %12s %12s  %s%n", x.name(), x.rateHz(),
                        y.rateHz(), cv(x.cvIsi()), cv(y.cvIsi()), ok ? "ok" : "DIFFERENT"));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", x.name());
                entry.put("rateHz", List.of(x.rateHz(), y.rateHz()));
                entry.put("cvIsi", List.of(x.cvIsi(), y.cvIsi()));
                entry.put("withinTolerances", ok);
                groups.add(entry);
            }
            Map<String, Object> comparison = new LinkedHashMap<>();
            comparison.put("reference", a);
            comparison.put("simulator", b);
            comparison.put("groups", groups);
            if (agreement == null) {
                text.append("Spike times not compared: the inputs are stochastic (").append(String.join(", ",
                        stochastic)).append("), each simulator draws its own random numbers, so only rates and CV "
                                + "are compared.\n");
                comparison.put("spikeTimes", null);
            } else {
                text.append(String.format(Locale.ROOT, "Spike-time agreement within %s ms (deterministic inputs):%n",
                        Summary.number(toleranceMs)));
                text.append(String.format(Locale.ROOT, "%-16s %9s %14s %14s %9s %13s %13s%n", "group", "matched",
                        "only " + a, "only " + b, "fraction", "max |dt| ms", "mean |dt| ms"));
                List<Object> spikeGroups = new ArrayList<>();
                for (Map.Entry<String, SpikeTimeMatcher> group : agreement.groups().entrySet()) {
                    spikeGroups.add(agreementRow(group.getKey(), group.getValue()));
                }
                Map<String, Object> spikeTimes = new LinkedHashMap<>();
                spikeTimes.put("toleranceMs", toleranceMs);
                spikeTimes.put("groups", spikeGroups);
                spikeTimes.put("all", agreementRow("all", agreement.overall()));
                comparison.put("spikeTimes", spikeTimes);
            }
            text.append('\n');
            comparisons.add(comparison);
        }

        private Map<String, Object> agreementRow(String name, SpikeTimeMatcher matcher) {
            text.append(String.format(Locale.ROOT, "%-16s %9d %14d %14d %9s %13s %13s%n", name, matcher.matched(),
                    matcher.onlyA(), matcher.onlyB(), fraction(matcher.matchedFraction()),
                    matcher.matched() == 0 ? "-" : String.format(Locale.ROOT, "%.4f", matcher.maxAbsDifferenceMs()),
                    matcher.matched() == 0 ? "-" : String.format(Locale.ROOT, "%.4f", matcher.meanAbsDifferenceMs())));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("matched", matcher.matched());
            row.put("onlyReference", matcher.onlyA());
            row.put("onlySimulator", matcher.onlyB());
            row.put("matchedFraction", matcher.matchedFraction());
            row.put("maxAbsDifferenceMs", matcher.matched() == 0 ? Double.NaN : matcher.maxAbsDifferenceMs());
            row.put("meanAbsDifferenceMs", matcher.meanAbsDifferenceMs());
            return row;
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("network", network);
            map.put("simulators", simulatorIds);
            map.put("stochasticInputs", stochastic);
            map.put("spikeTimesCompared", stochastic.isEmpty());
            map.put("rateTolerance", rateTolerance);
            map.put("cvTolerance", cvTolerance);
            map.put("comparisons", comparisons);
            map.put("withinTolerances", within);
            return map;
        }

        void print(PrintWriter out) {
            out.print(text);
            out.println(within ? "Rates and CV within tolerances (rate " + Summary.number(rateTolerance) + " relative, CV "
                    + Summary.number(cvTolerance) + ")." : "Rates or CV differ beyond the tolerances (rate "
                    + Summary.number(rateTolerance) + " relative, CV " + Summary.number(cvTolerance) + ").");
        }

        private static String cv(double value) {
            return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
        }

        private static String fraction(double value) {
            return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
        }
    }

    /* A tolerance is a finite number of at least 0: a negative or NaN one would fail or pass every comparison. */
    private void requireTolerance(String option, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " is " + value
                    + "; give a finite number of at least 0, e.g. 0.1.");
        }
    }
}
