package nngt.cli;

import java.io.IOException;
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
        Path degreesFile = folder.resolve("degrees.csv");
        if (!Files.isRegularFile(degreesFile)) {
            throw new IOException(folder + " is not a results folder of nngt run: degrees.csv is missing.");
        }
        List<String> degreeLines = Files.readAllLines(degreesFile, StandardCharsets.UTF_8);
        int count = Math.max(0, degreeLines.size() - 1);
        int[] in = new int[count];
        int[] out = new int[count];
        for (int i = 1; i < degreeLines.size(); i++) {
            String[] fields = degreeLines.get(i).split(",");
            try {
                in[i - 1] = Integer.parseInt(fields[1]);
                out[i - 1] = Integer.parseInt(fields[2]);
            } catch (RuntimeException e) {
                throw new IOException(degreesFile + ":" + (i + 1) + ": expected 'neuron,in_degree,out_degree' with whole numbers "
                        + "but found '" + degreeLines.get(i) + "'.");
            }
            if (in[i - 1] < 0 || out[i - 1] < 0) {
                throw new IOException(degreesFile + ":" + (i + 1) + ": degrees cannot be negative, found '"
                        + degreeLines.get(i) + "'.");
            }
        }
        try (ResultsFolder plots = ResultsFolder.addTo(folder, "choose another results folder")) {
            Plots.writeAll(raster, in, out, plots::file);
            plots.commit();
        }
        spec.commandLine().getOut().println("Plots written to " + folder + ": raster, rates, degrees (PNG and SVG).");
        return 0;
    }
}
