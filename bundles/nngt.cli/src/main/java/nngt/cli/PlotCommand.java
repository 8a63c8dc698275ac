package nngt.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.sim.api.io.ResultsFolder;
import nngt.sim.api.run.RunFiles;

/**
 * {@code nngt plot RESULT_DIR}: redraws the plots of a results folder, whether {@code nngt run} or the workbench
 * wrote it (raster with the population rate, per-group rates, degree distributions; PNG and SVG).
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Draw the raster, group rates and degree distributions of a results folder.")
final class PlotCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "a folder written by 'nngt run' or the workbench")
    private Path folder;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var raster = RunFiles.readRaster(folder);
        var degrees = RunFiles.readDegrees(folder);
        try (ResultsFolder plots = ResultsFolder.addTo(folder, "choose another results folder")) {
            Plots.writeAll(raster, degrees, plots::file);
            plots.commit();
        }
        spec.commandLine().getOut().println("Plots written to " + folder + ": raster, rates, degrees (PNG and SVG).");
        return 0;
    }
}
