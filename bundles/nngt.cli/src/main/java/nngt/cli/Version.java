package nngt.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version line of {@code nngt --version}.
 */
public final class Version implements IVersionProvider {

    /** Version of the workbench, also written into generated files and results. */
    public static final String NUMBER = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] { "nngt " + NUMBER + " (NNGT Workbench; Java " + System.getProperty("java.version") + ")" };
    }
}
