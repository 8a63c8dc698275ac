package nngt.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.dsl.NngtLanguage.Conversion;
import nngt.graph.InstantiationOptions;
import nngt.graph.NetworkInstantiator;
import nngt.graph.io.GraphData;
import nngt.graph.io.GraphFiles;
import nngt.model.api.NetworkResources;
import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.ProjectGenerators;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;

/**
 * {@code nngt convert IN OUT}: .nngt to XMI and back; a model's network to NNGT's .el/.nn, GraphML or GML; a model
 * to a SONATA circuit when OUT is a folder (ends with '/' or exists as one), written by the generator service of
 * id {@value #SONATA} (as {@code nngt generate --target sonata}); a SONATA circuit config to .nngt
 * ({@link ImportCommand}).
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = { "Convert between formats, chosen by the file extensions:",
                "  .nngt -> .xmi, .xmi -> .nngt (the model);",
                "  .nngt or .xmi -> .el, .nn, .graphml, .gml (the instantiated network);",
                "  .nngt or .xmi -> DIR/ (a folder: a SONATA circuit and simulation, as generate --target sonata);",
                "  SONATA circuit_config.json -> .nngt (as nngt import)." })
final class ConvertCommand implements Callable<Integer> {

    /** The generator id of the SONATA format, the format of folder destinations. */
    static final String SONATA = "sonata";

    @Parameters(index = "0", paramLabel = "IN", description = "source file")
    private Path source;

    @Parameters(index = "1", paramLabel = "OUT", description = "destination file, or folder ending with '/' "
            + "(written atomically)")
    private String destinationText;

    private Path destination;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        destination = Path.of(destinationText);
        String in = extension(source);
        String out = extension(destination);
        boolean folder = destinationText.endsWith("/") || destinationText.endsWith(java.io.File.separator)
                || Files.isDirectory(destination);
        if ((in.equals("nngt") || in.equals("xmi")) && folder) {
            ProjectGenerator generator = ProjectGenerators.byId(SONATA, ConvertCommand.class.getClassLoader());
            var network = Models.load(source, spec.commandLine().getErr());
            SimulationPlan plan = SimulationPlanBuilder.build(network,
                    NetworkInstantiator.instantiate(network, InstantiationOptions.defaults()));
            GeneratedProject circuit = generator.generate(plan, destination);
            spec.commandLine().getOut().println("Wrote " + circuit.files().size() + " files (" + circuit.summary()
                    + ") to " + circuit.folder() + ".");
            return 0;
        } else if (in.equals("nngt") && out.equals("xmi")) {
            NetworkResources.save(Models.load(source, spec.commandLine().getErr()), destination);
        } else if (in.equals("xmi") && out.equals("nngt")) {
            Conversion conversion = Models.language().fromXmi(source, destination);
            if (!conversion.written()) {
                Models.accept(source, conversion.source(), spec.commandLine().getErr(), "nothing was written");
            }
            long errors = Models.report(conversion.source(), spec.commandLine().getErr());
            if (errors > 0) {
                spec.commandLine().getOut().println("Wrote " + destination + "; it has " + errors
                        + (errors == 1 ? " error" : " errors") + " to repair (see above).");
                return 0;
            }
        } else if (in.equals("json") && out.equals("nngt")) {
            ImportCommand.write(source, destination, spec);
            return 0;
        } else if ((in.equals("nngt") || in.equals("xmi")) && java.util.Set.of("el", "nn", "graphml", "gml").contains(out)) {
            var network = Models.load(source, spec.commandLine().getErr());
            GraphFiles.save(GraphData.of(NetworkInstantiator.instantiate(network, InstantiationOptions.defaults())),
                    destination);
        } else {
            throw new IllegalArgumentException("Cannot convert ." + in + " to ." + out + "; valid conversions are "
                    + ".nngt -> .xmi, .xmi -> .nngt, .nngt/.xmi -> .el, .nn, .graphml, .gml, .nngt/.xmi -> DIR/ "
                    + "(a SONATA circuit), and a SONATA config .json -> .nngt (as nngt import).");
        }
        spec.commandLine().getOut().println("Wrote " + destination + ".");
        return 0;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
