package nngt.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nngt.sim.api.io.ResultsFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nngt plot RESULT_DIR}: redraws the plots of a results folder (raster with the population rate,
 * per-group rates, degree distributions; PNG and SVG).
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Draw the raster, group rates and degree distributions of a results folder.")
final class PlotCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "a folder written by 'nngt run'")
    private Path folder;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Raster raster = Raster.read(folder);
        List<String> degreeLines = Files.readAllLines(folder.resolve("degrees.csv"), StandardCharsets.UTF_8);
        int[] in = new int[degreeLines.size() - 1];
        int[] out = new int[degreeLines.size() - 1];
        for (int i = 1; i < degreeLines.size(); i++) {
            String[] fields = degreeLines.get(i).split(",");
            in[i - 1] = Integer.parseInt(fields[1]);
            out[i - 1] = Integer.parseInt(fields[2]);
        }
        Path staging = Files.createTempDirectory(folder, ".plots.");
        try {
            Plots.writeAll(raster, in, out, staging::resolve);
            try (var files = Files.list(staging)) {
                for (Path plot : files.toList()) {
                    Files.move(plot, folder.resolve(plot.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            ResultsFolder.deleteTree(staging);
        }
        spec.commandLine().getOut().println("Plots written to " + folder + ": raster, rates, degrees (PNG and SVG).");
        return 0;
    }
}
