package nngt.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option of the commands that report (a picocli mixin): JSON on standard output instead of text.
 */
final class JsonOutput {

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    /**
     * @return whether {@code --json} was given
     */
    boolean requested() {
        return json;
    }
}
