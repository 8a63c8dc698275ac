package nngt.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.sim.api.CancellationToken;
import nngt.sim.api.Simulator;
import nngt.sim.api.Simulators;
import nngt.sim.api.io.Json;
import nngt.sim.api.run.RunListener;
import nngt.sim.api.run.RunOverrides;
import nngt.sim.api.run.RunService;
import nngt.sim.api.run.SimulatorComparison;
import nngt.sim.api.run.SimulatorComparison.Agreement;
import nngt.sim.api.run.SimulatorComparison.GroupVerdict;

/**
 * {@code nngt compare FILE --simulators a,b}: runs the same network instance on several simulators and prints the
 * verdict of the run service ({@link RunService#compare}), the one the workbench's Simulator Comparison view shows:
 * per-group rates and CVs against tolerances and, when the inputs are deterministic, spike times neuron by neuron.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run one network on several simulators; compare per-group rates, CV of ISI and, for "
                + "deterministic inputs, spike times.")
final class CompareCommand implements Callable<Integer> {

    @Mixin
    private ModelFile model;

    @Option(names = "--simulators", split = ",", required = true, description = "Simulator ids, e.g. embedded,nest.")
    private List<String> simulatorIds;

    @Option(names = "--rate-tolerance", defaultValue = "0.1", description = "Relative rate tolerance (default: ${DEFAULT-VALUE}).")
    private double rateTolerance;

    @Option(names = "--cv-tolerance", defaultValue = "0.05", description = "Absolute CV tolerance (default: ${DEFAULT-VALUE}).")
    private double cvTolerance;

    @Option(names = "--tolerance", converter = Durations.class,
            description = "Largest spike-time difference of a matched pair, e.g. 0.1ms (default: one resolution step).")
    private Double spikeToleranceMs;

    @Mixin
    private SimulatorOptions simulatorOptions;

    @Mixin
    private JsonOutput json;

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
        SimulatorComparison comparison = RunService.compare(model.load(spec.commandLine().getErr()),
                RunOverrides.none().withSimulatorOptions(simulatorOptions.options()), simulators,
                new SimulatorComparison.Tolerances(rateTolerance, cvTolerance, spikeToleranceMs), RunListener.NONE,
                new CancellationToken());
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
            out.println(Json.write(comparison.toMap()));
        } else {
            print(comparison, out);
        }
        out.flush();
        return comparison.within() ? 0 : Main.EXIT_INVALID_INPUT;
    }

    private static void print(SimulatorComparison comparison, PrintWriter out) {
        for (SimulatorComparison.Pair pair : comparison.pairs()) {
            String a = pair.reference();
            String b = pair.simulator();
            out.printf(Locale.ROOT, "%s against %s%n", b, a);
            out.printf(Locale.ROOT, "%-16s %14s %14s %12s %12s  %s%n", "group", "rate " + a, "rate " + b, "CV " + a,
                    "CV " + b, "rates/CV");
            for (GroupVerdict group : pair.groups()) {
                out.printf(Locale.ROOT, "%-16s %11.2f Hz %11.2f Hz %12s %12s  %s%n", group.name(),
                        group.referenceRateHz(), group.rateHz(), figure(group.referenceCv(), "%.3f"),
                        figure(group.cv(), "%.3f"), group.within() ? "ok" : "DIFFERENT");
            }
            if (!comparison.spikeTimesCompared()) {
                out.println("Spike times not compared: the inputs are stochastic (" + String.join(", ",
                        comparison.stochasticDevices()) + "), each simulator draws its own random numbers, so only "
                        + "rates and CV are compared.");
            } else {
                out.printf(Locale.ROOT, "Spike-time agreement within %s ms (deterministic inputs):%n",
                        Numbers.number(comparison.tolerances().spikeTimeMs()));
                out.printf(Locale.ROOT, "%-16s %9s %14s %14s %9s %13s %13s%n", "group", "matched", "only " + a,
                        "only " + b, "fraction", "max |dt| ms", "mean |dt| ms");
                for (Agreement row : pair.spikeTimes()) {
                    out.printf(Locale.ROOT, "%-16s %9d %14d %14d %9s %13s %13s%n", row.name(), row.matched(),
                            row.onlyReference(), row.onlySimulator(), figure(row.matchedFraction(), "%.4f"),
                            figure(row.maxAbsDifferenceMs(), "%.4f"),
                            row.matched() == 0 ? "-" : figure(row.meanAbsDifferenceMs(), "%.4f"));
                }
            }
            out.println();
        }
        String tolerances = "(rate " + Numbers.number(comparison.tolerances().rate()) + " relative, CV "
                + Numbers.number(comparison.tolerances().cv()) + ").";
        out.println(comparison.within() ? "Rates and CV within tolerances " + tolerances
                : "Rates or CV differ beyond the tolerances " + tolerances);
    }

    private static String figure(double value, String format) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
    }

    /* A tolerance is a finite number of at least 0: a negative or NaN one would fail or pass every comparison. */
    private void requireTolerance(String option, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " is " + value
                    + "; give a finite number of at least 0, e.g. 0.1.");
        }
    }
}
