package nngt.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstance;
import nngt.graph.NetworkInstantiator;
import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.ProjectGenerators;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;

/**
 * {@code nngt generate FILE --target ID --out DIR}: a runnable project for another simulator, written by the
 * generator service with that id (the ones on the class path: {@code nngt generate --list}).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a runnable simulator project from a model (nngt generate --list shows the targets).")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = ".nngt model (or .xmi network)")
    private Path file;

    @Option(names = "--target", defaultValue = "nest", description = "Generator id (default: ${DEFAULT-VALUE}).")
    private String target;

    @Option(names = "--out", description = "Project folder (created or regenerated).")
    private Path out;

    @Option(names = "--list", description = "List the generators and exit.")
    private boolean list;

    @Option(names = "--gen-option", paramLabel = "KEY=VALUE",
            description = "Generator option, repeatable, e.g. nest.connections=native (NEST draws the graph with its "
                    + "own rules where it has them) or nest.shards=4.")
    private Map<String, String> generatorOptions = new LinkedHashMap<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ClassLoader loader = GenerateCommand.class.getClassLoader();
        if (list) {
            for (ProjectGenerator generator : ProjectGenerators.available(loader)) {
                spec.commandLine().getOut().println(generator.id() + "\t" + generator.description());
            }
            return 0;
        }
        if (out != null && out.toString().isBlank()) {
            throw new ParameterException(spec.commandLine(), "--out is empty; name the project folder.");
        }
        if (file == null || out == null) {
            throw new ParameterException(spec.commandLine(), "generate needs a model FILE and --out DIR "
                    + "(or --list).");
        }
        ProjectGenerator generator = generator(loader);
        var network = Models.load(file, spec.commandLine().getErr());
        NetworkInstance instance = NetworkInstantiator.instantiate(network, InstantiationOptions.defaults());
        SimulationPlan plan = SimulationPlanBuilder.build(network, instance).withOptions(generatorOptions);
        // A target that cannot express every part of the model writes nothing and says which parts.
        generator.capabilities().requireSupported(generator.id(), plan);
        GeneratedProject project = generator.generate(plan, out);
        spec.commandLine().getOut().println("Generated " + project.files().size() + " files (" + project.summary()
                + ") in " + project.folder() + "; run it with '" + project.command() + "'.");
        return 0;
    }

    private ProjectGenerator generator(ClassLoader loader) {
        try {
            return ProjectGenerators.byId(target, loader);
        } catch (IllegalArgumentException unknown) {
            String ids = ProjectGenerators.available(loader).stream().map(ProjectGenerator::id)
                    .collect(Collectors.joining(", "));
            throw new ParameterException(spec.commandLine(), "--target '" + target + "' is not a generator; "
                    + "valid are " + ids + ".");
        }
    }
}
