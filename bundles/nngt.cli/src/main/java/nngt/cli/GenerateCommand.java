package nngt.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import nngt.graph.TargetShard;
import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.ProjectGenerators;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;

/**
 * {@code nngt generate FILE --target ID --out DIR}: a runnable project for another simulator, written by the
 * generator service with that id (the ones on the class path: {@code nngt generate --list}). {@code --shards N}
 * groups the edges for N MPI processes; {@code --shard K/N} builds and writes only rank K's part, for networks
 * beyond one machine's memory.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a runnable simulator project from a model (nngt generate --list shows the targets).")
final class GenerateCommand implements Callable<Integer> {

    private static final Pattern SHARD = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

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

    @Option(names = "--shards", paramLabel = "N",
            description = "Group the edge files for N MPI processes, so that each reads only the edges of the "
                    + "neurons it hosts.")
    private Integer shards;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Generate only the part of MPI rank K of N (every neuron, the edges of K's neurons) "
                    + "without building the rest; the N parts together are the network of --shards N.")
    private String shard;

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
        TargetShard part = shard == null ? null : part(generator);
        var network = Models.load(file, spec.commandLine().getErr());
        NetworkInstance instance = NetworkInstantiator.instantiate(network,
                InstantiationOptions.defaults().withTargetShard(part));
        SimulationPlan plan = SimulationPlanBuilder.build(network, instance).withOptions(generatorOptions);
        if (shards != null) {
            if (shards < 1 || (part != null && shards != part.count())) {
                throw new ParameterException(spec.commandLine(), "--shards is " + shards + "; give 1 or more MPI "
                        + "processes" + (part == null ? "" : ", the N of --shard " + shard) + ".");
            }
            plan = plan.withShards(shards, rankOffset(generator));
        }
        // A target that cannot express every part of the model writes nothing and says which parts.
        generator.capabilities().requireSupported(generator.id(), plan);
        GeneratedProject project = generator.generate(plan, out);
        spec.commandLine().getOut().println("Generated " + project.files().size() + " files (" + project.summary()
                + ") in " + project.folder() + "; run it with '" + project.command() + "'.");
        return 0;
    }

    /** The part --shard K/N names, as the generator places neurons on ranks. */
    private TargetShard part(ProjectGenerator generator) {
        Matcher matcher = SHARD.matcher(shard);
        int rank = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
        int ranks = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
        if (rank < 0 || rank >= ranks) {
            throw new ParameterException(spec.commandLine(), "--shard is '" + shard + "'; give K/N with N MPI "
                    + "processes and the rank K from 0 to N-1, e.g. 0/4.");
        }
        return new TargetShard(rank, ranks, rankOffset(generator));
    }

    private int rankOffset(ProjectGenerator generator) {
        return generator.rankOffset().orElseThrow(() -> new ParameterException(spec.commandLine(), "--target '"
                + generator.id() + "' does not group edges by MPI rank; --shards and --shard need one that does "
                + "(see nngt generate --list)."));
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
