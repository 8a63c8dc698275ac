package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nngt.model.Connection;
import nngt.model.ConstantValue;
import nngt.model.FixedDegree;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.Parameter;
import nngt.model.PoissonInput;
import nngt.model.api.Units;
import nngt.sim.api.CancellationToken;
import nngt.sim.api.Simulators;
import nngt.sim.api.io.ResultsFolder;
import nngt.sim.api.run.ResultPlots;
import nngt.sim.api.run.RunListener;
import nngt.sim.api.run.RunOverrides;
import nngt.sim.api.run.RunService;
import nngt.sim.api.run.RunSummary;

/**
 * The examples are what their headers say: each names the published script it reproduces and gives the figures it
 * should produce, and a full run on the embedded simulator produces them; Brunel's network is driven at NEST's
 * rate and fires at NEST's.
 */
class ExamplesTest {

    /** How far a run may stray from a header's figures: another JVM may round a last bit differently. */
    private static final double FIGURE_TOLERANCE = 0.02;

    /** NEST 3.10's rate of the excitatory neurons of brunel_alpha_nest.py at order 2500 (docs/benchmarks.md). */
    private static final double NEST_BRUNEL_RATE_HZ = 28.7;

    @TempDir
    Path folder;

    private static Network load(String example) throws IOException {
        return Models.load(CommandLineTest.examples().resolve(example), new PrintWriter(new StringWriter()));
    }

    private static String header(String example) throws IOException {
        String text = Files.readString(CommandLineTest.examples().resolve(example));
        return text.substring(0, text.indexOf("*/")).lines().map(line -> line.replaceFirst("^\\s*/?\\*+ ?", ""))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @MethodSource("nngt.cli.CommandLineTest#exampleNames")
    void everyExampleGivesTheFiguresItsHeaderStates(String example) throws IOException {
        String header = header(example);
        assertTrue(header.contains("Reproduces: "), example + " names the script it reproduces: " + header);
        assertTrue(header.contains("Figures: "), example + " gives its figures: " + header);
        String figures = header.substring(header.indexOf("Figures: "));

        RunSummary summary = RunService.prepare(load(example), RunOverrides.none(),
                Simulators.byId("embedded", ExamplesTest.class.getClassLoader()))
                .execute(folder.resolve(example), ResultsFolder.Foreign.REFUSE, "choose another folder", ResultPlots.NONE,
                        RunListener.NONE,
                        new CancellationToken()).summary();
        assertTrue(figures.contains("seed " + summary.metadata().seed() + ", "), figures);
        for (RunSummary.GroupFigures group : summary.groups()) {
            Matcher stated = Pattern.compile("\\b" + group.name() + " ([0-9]+\\.[0-9]+) Hz").matcher(figures);
            assertTrue(stated.find(), example + " states the rate of group " + group.name() + ": " + figures);
            double expected = Double.parseDouble(stated.group(1));
            System.out.printf("%s: %s %.2f Hz (header: %.2f Hz)%n", example, group.name(), group.rateHz(), expected);
            assertEquals(expected, group.rateHz(), Math.max(0.01, FIGURE_TOLERANCE * expected),
                    example + ", group " + group.name());
        }
    }

    @Test
    void brunelIsDrivenAtNestsRateAndFiresAtNestsRate() throws IOException {
        Network brunel = load("brunel.nngt");
        NeuralGroup exc = brunel.getPopulation().getGroups().get(0);
        Map<String, Double> parameters = exc.getParameters().stream().collect(Collectors.toMap(Parameter::getName,
                parameter -> Units.toNest(((ConstantValue) parameter.getValue()).getValue())));
        Connection excitatory = brunel.getConnections().get(0);
        double jEx = Units.toNest(((ConstantValue) excitatory.getWeights()).getValue());
        double cE = ((FixedDegree) excitatory.getRule()).getDegree();
        double theta = parameters.get("V_th") - parameters.get("E_L");
        // brunel_alpha_nest.py: nu_th = theta C_m / (J_ex C_E e tau_m tau_syn), p_rate = 1000 eta nu_th C_E, eta = 2
        double nuTh = theta * parameters.get("C_m")
                / (jEx * cE * Math.E * parameters.get("tau_m") * parameters.get("tau_syn_ex"));
        double nestDriveHz = 1000 * 2 * nuTh * cE;
        double driveHz = Units.toNest(((PoissonInput) brunel.getStimuli().get(0)).getRate());
        assertEquals(17_789, nestDriveHz, 1, "NEST's p_rate with the example's parameters");
        assertEquals(nestDriveHz, driveHz, 1, "the example drives every neuron at NEST's p_rate");

        String figures = header("brunel.nngt");
        Matcher stated = Pattern.compile("exc ([0-9.]+) Hz").matcher(figures);
        assertTrue(stated.find(), figures);
        double rate = Double.parseDouble(stated.group(1));
        System.out.printf("brunel.nngt: %.2f Hz on the embedded simulator against NEST's %.1f Hz%n", rate,
                NEST_BRUNEL_RATE_HZ);
        assertEquals(NEST_BRUNEL_RATE_HZ, rate, 0.05 * NEST_BRUNEL_RATE_HZ,
                "the rate the header states (and the run gives) is NEST's");
    }
}
