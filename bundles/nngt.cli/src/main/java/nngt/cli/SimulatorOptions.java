package nngt.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * The repeatable {@code --sim-option KEY=VALUE} of the commands that simulate (a picocli mixin): options only one
 * simulator understands, each under its prefix.
 */
final class SimulatorOptions {

    @Option(names = "--sim-option", paramLabel = "KEY=VALUE",
            description = "Simulator option, repeatable, e.g. nest.python=/opt/nest/bin/python3, nest.vars=FILE, "
                    + "nest.mpi=4.")
    private Map<String, String> options = new LinkedHashMap<>();

    /**
     * @return the options given, in their order
     */
    Map<String, String> options() {
        return options;
    }
}
