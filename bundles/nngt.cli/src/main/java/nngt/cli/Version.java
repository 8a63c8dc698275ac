package nngt.cli;

import picocli.CommandLine.IVersionProvider;

import nngt.sim.api.run.RunService;

/**
 * The version line of {@code nngt --version}.
 */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] { "nngt " + RunService.VERSION + " (NNGT Workbench; Java " + System.getProperty("java.version") + ")" };
    }
}
