package nngt.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nngt} command: validate, run, analyse and convert spiking network models.
 */
@Command(name = "nngt", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Model, validate and simulate spiking neural networks (NNGT's NEST workflow).",
        subcommands = { ValidateCommand.class, GenerateCommand.class, RunCommand.class, StatsCommand.class, PlotCommand.class,
                ConvertCommand.class, ImportCommand.class, CompareCommand.class, LspCommand.class, CommandLine.HelpCommand.class },
        footerHeading = "%nExamples:%n",
        footer = { "  nngt validate examples/brunel.nngt",
                "  nngt run examples/oscillating_groups.nngt --out results/oscillating",
                "  nngt generate examples/brunel.nngt --target nest --out brunel-nest",
                "  nngt stats examples/spatial.nngt --json",
                "  nngt plot results/oscillating",
                "  nngt convert examples/brunel.nngt brunel.xmi",
                "  nngt import circuit/circuit_config.json circuit.nngt" })
public final class Main implements Runnable {

    /** Exit code of a command that found problems in its input (invalid model, bad file). */
    public static final int EXIT_INVALID_INPUT = 1;
    /** Exit code of a usage error (unknown option, missing argument). */
    public static final int EXIT_USAGE = 2;
    /** Exit code of a run stopped by the user. */
    public static final int EXIT_INTERRUPTED = 130;

    /** The commands that read a .nngt model, whatever their options: they all need the language. */
    private static final java.util.Set<String> READS_MODELS = java.util.Set.of("validate", "generate", "run", "stats",
            "convert", "compare");

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /* Without a command there is nothing to do: a usage error, with the usage on standard error. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is missing; valid commands "
                + "are " + String.join(", ", spec.commandLine().getSubcommands().keySet()) + ".");
    }

    /**
     * Runs the command line and returns its exit code instead of exiting, for tests and embedding.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Logging.toStandardError();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("nngt: " + CliErrors.describe(exception));
            line.getErr().flush();
            return CliErrors.exitCode(exception);
        });
        commandLine.setParameterExceptionHandler((exception, args2) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("nngt: " + exception.getMessage());
            failed.getErr().println("Try 'nngt " + (failed == commandLine ? "" : failed.getCommandName() + " ")
                    + "--help' for usage.");
            failed.getErr().flush();
            return EXIT_USAGE;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // thrown past picocli's handler, which takes exceptions only; the arrays that filled the heap
            // are unreachable by now, so printing the line needs no more memory than there is
            err.println("nngt: " + CliErrors.outOfMemory());
            code = EXIT_INVALID_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Entry point.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        if (args.length > 0 && READS_MODELS.contains(args[0])) {
            // Xtext logs while it is set up: its lines must go where Logging sends them
            Logging.toStandardError();
            Models.prepareLanguage();
        }
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }
}
