package nngt.workbench.ui.views;

import nngt.sim.api.SimulationResult;

/**
 * A raster plot binned into pixels: {@code counts[row * width + column]} is the number of spikes whose time
 * falls into the column and whose neuron falls into the row; row 0 is the top (highest neuron ids). Binning
 * costs one pass over the spikes, and drawing then costs one pass over the pixels, whatever the number of
 * spikes.
 *
 * @param width       columns (pixels along time)
 * @param height      rows (pixels along neuron ids)
 * @param durationMs  the time the columns span, from 0
 * @param neuronCount the neuron ids the rows span, from 0
 * @param counts      spikes per pixel
 * @param rowGroup    per row, the index of the group of its lowest neuron
 * @param maxCount    the largest entry of {@code counts}
 * @param totalSpikes the spikes binned
 */
public record RasterBins(int width, int height, double durationMs, int neuronCount, int[] counts, int[] rowGroup,
        int maxCount, long totalSpikes) {

    /**
     * Bins the spikes of a result.
     *
     * @param result the simulation result
     * @param width  columns, at least 1
     * @param height rows, at least 1
     * @return the bins
     * @throws IllegalArgumentException when width or height is below 1
     */
    public static RasterBins of(SimulationResult result, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("width/height: " + width + "x" + height + "; both must be at least 1.");
        }
        double duration = result.metadata().durationMs() > 0 ? result.metadata().durationMs() : 1;
        int neurons = Math.max(1, result.neuronCount());
        int[] counts = new int[width * height];
        int[] offsets = result.spikeOffsets();
        double[] times = result.rawSpikeTimes();
        int max = 0;
        long total = 0;
        for (int neuron = 0; neuron < result.neuronCount(); neuron++) {
            int row = height - 1 - (int) ((long) neuron * height / neurons);
            int base = row * width;
            for (int s = offsets[neuron]; s < offsets[neuron + 1]; s++) {
                int column = (int) (times[s] / duration * width);
                column = Math.max(0, Math.min(width - 1, column));
                int count = ++counts[base + column];
                max = Math.max(max, count);
                total++;
            }
        }
        int[] rowGroup = new int[height];
        for (int row = 0; row < height; row++) {
            int firstNeuron = (int) (((long) (height - 1 - row) * neurons + height - 1) / height);
            rowGroup[row] = groupOf(result, firstNeuron);
        }
        return new RasterBins(width, height, duration, result.neuronCount(), counts, rowGroup, max, total);
    }

    private static int groupOf(SimulationResult result, int neuron) {
        for (int g = 0; g < result.groups().size(); g++) {
            SimulationResult.Group group = result.groups().get(g);
            if (neuron >= group.firstId() && neuron < group.firstId() + group.size()) {
                return g;
            }
        }
        return 0;
    }
}
