package nngt.sim.api.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Draws the plots of a run into its results folder. The run service calls it where the caller wants plots (the
 * command line passes its XChart plots); the workbench draws its own views and passes {@link #NONE}.
 */
@FunctionalInterface
public interface ResultPlots {

    /** Draws nothing. */
    ResultPlots NONE = (raster, degrees, file) -> { };

    /**
     * Draws the plots.
     *
     * @param raster  the spikes and groups
     * @param degrees the in- and out-degree of every neuron
     * @param file    where a file of the given name goes
     * @throws IOException when a plot cannot be written
     */
    void write(SpikeRaster raster, RunFiles.Degrees degrees, Function<String, Path> file) throws IOException;
}
