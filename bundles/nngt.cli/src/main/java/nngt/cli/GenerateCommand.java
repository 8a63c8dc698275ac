package nngt.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestGeneratorOptions.ConnectionMode;
import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.generator.nest.NestProjectGenerator;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.sim.api.SimulationPlanBuilder;
import nngt.sim.api.io.ResultsFolder;
import nngt.sim.brian2.Brian2Simulator;

/**
 * {@code nngt generate FILE --target nest|nest2 --out DIR}: a runnable, MPI-ready PyNEST project.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a runnable simulator project from a model (NEST 3.x, NEST 2.20 or Brian2).")
final class GenerateCommand implements Callable<Integer> {

    /** The targets this build can generate. */
    enum Target {
        /** PyNEST for NEST 3.0 to 3.10 and later. */
        nest,
        /** PyNEST for NEST 2.20. */
        nest2,
        /** A Brian2 script with its data (the models the Brian2 backend supports). */
        brian2
    }

    @Parameters(index = "0", paramLabel = "FILE", description = ".nngt model (or .xmi network)")
    private Path file;

    @Option(names = "--target", defaultValue = "nest",
            description = "Target: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Target target;

    @Option(names = "--out", required = true, description = "Project folder (created or regenerated).")
    private Path out;

    @Option(names = "--native", description = "Let NEST draw the graph with its own rules where it has them.")
    private boolean nativeRules;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var network = Models.load(file, spec.commandLine().getErr());
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        if (target == Target.brian2) {
            return generateBrian2(network, instance);
        }
        NestGeneratorOptions options = NestGeneratorOptions.defaults(out)
                .withFlavour(target == Target.nest2 ? Flavour.NEST_2_20 : Flavour.NEST_3)
                .withConnectionMode(nativeRules ? ConnectionMode.NATIVE : ConnectionMode.ARRAYS);
        NestProjectGenerator.Result result = NestProjectGenerator.generate(network, instance, options);
        spec.commandLine().getOut().println("Generated " + result.files().size() + " files for NEST "
                + result.family().label() + " in " + result.folder() + "; run it with " + out.resolve("run.sh") + ".");
        return 0;
    }

    private int generateBrian2(nngt.model.Network network, NetworkInstance instance) throws Exception {
        if (nativeRules) {
            throw new IllegalArgumentException("--native applies to NEST targets; Brian2 receives the edges.");
        }
        var request = SimulationPlanBuilder.build(network, instance);
        try (ResultsFolder project = ResultsFolder.create(out, "choose another --out folder")) {
            Path script = new Brian2Simulator().writeScript(request, project.folder());
            project.commit();
            spec.commandLine().getOut().println("Generated a Brian2 project in " + out + "; run it with "
                    + "'cd " + out + " && python3 " + script.getFileName() + "'.");
        }
        return 0;
    }
}
