package nngt.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import nngt.catalog.NestCatalog;
import nngt.dsl.NngtLanguage.LoadResult;
import nngt.graph.sonata.SonataImport;
import nngt.model.Network;
import nngt.model.api.AtomicFile;
import nngt.sim.api.run.RunService;

/**
 * {@code nngt import CONFIG OUT.nngt}: a SONATA circuit becomes a model whose groups come from the node
 * types and whose connections read the circuit's edges file ({@code from_file}). The model is validated
 * before it is written: one with errors is refused with them, and nothing is written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Import a SONATA circuit (circuit_config.json, or a simulation config naming one) as a .nngt model:",
                "groups from the node types (nest:<model>, dynamics_params), connections reading the edges files",
                "(from_file, one per edge population and type), positions where the nodes have x and y." })
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "the SONATA circuit (or simulation) config, JSON")
    private Path config;

    @Parameters(index = "1", paramLabel = "OUT", description = "the .nngt model to write (atomically)")
    private Path destination;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        write(config, destination, spec);
        return 0;
    }

    /**
     * Imports a circuit, validates the model and writes it; shared with {@code nngt convert CONFIG.json OUT.nngt}.
     *
     * @param config the SONATA config
     * @param destination the .nngt file
     * @param spec the command, for its streams
     * @throws Exception when the circuit cannot be imported or the model has errors (nothing is written)
     */
    static void write(Path config, Path destination, CommandSpec spec) throws Exception {
        if (!destination.getFileName().toString().endsWith(".nngt")) {
            throw new IllegalArgumentException("The imported model is written as .nngt text; '" + destination
                    + "' has another extension.");
        }
        Path absolute = destination.toAbsolutePath().normalize();
        Network network = SonataImport.read(config, absolute.getParent(), NestCatalog.standard());
        String text = "// Imported by nngt " + RunService.VERSION + " from the SONATA circuit "
                + config.getFileName() + "\n" + Models.language().serialize(network);
        Path check = Files.createTempFile(absolute.getParent(), ".import-", ".nngt");
        LoadResult result;
        try {
            // validated where it will live, so that its relative from_file paths resolve as they will
            Files.writeString(check, text, StandardCharsets.UTF_8);
            result = Models.language().load(check);
        } finally {
            Files.deleteIfExists(check);
        }
        Models.accept(destination, result, spec.commandLine().getErr(), "nothing was written");
        AtomicFile.write(destination, temporary -> Files.writeString(temporary, text, StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("Wrote " + destination + ": " + network.getPopulation().getGroups().size()
                + " groups, " + network.getConnections().size() + " connections reading the circuit's edges.");
    }
}
