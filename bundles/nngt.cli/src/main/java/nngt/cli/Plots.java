package nngt.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

import nngt.sim.api.analysis.TotalFiringRate;
import nngt.sim.api.run.ResultPlots;
import nngt.sim.api.run.RunFiles;
import nngt.sim.api.run.SpikeRaster;

/**
 * The plots of a run, drawn with XChart (headless): a spike raster over the population rate, per-group
 * rates and degree distributions, as PNG and SVG.
 */
final class Plots {

    /** At most this many spikes are drawn; beyond, one neuron in k is shown, whole rows at a time. */
    static final int MAX_RASTER_POINTS = 200_000;

    private static final int WIDTH = 1000;

    private Plots() {
    }

    /**
     * Draws every plot of a run; the run service calls it as the command line's {@link ResultPlots}.
     *
     * @param result the spikes and groups
     * @param degrees in- and out-degree per neuron
     * @param file where a named file goes
     * @throws IOException when a file cannot be written
     */
    static void writeAll(SpikeRaster result, RunFiles.Degrees degrees, Function<String, Path> file)
            throws IOException {
        XYChart raster = raster(result);
        XYChart rate = populationRate(result);
        BufferedImage combined = stack(BitmapEncoder.getBufferedImage(raster), BitmapEncoder.getBufferedImage(rate));
        ImageIO.write(combined, "png", file.apply("raster.png").toFile());
        VectorGraphicsEncoder.saveVectorGraphic(raster, file.apply("raster.svg").toString(), VectorGraphicsFormat.SVG);

        CategoryChart rates = groupRates(result);
        BitmapEncoder.saveBitmap(rates, file.apply("rates.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(rates, file.apply("rates.svg").toString(), VectorGraphicsFormat.SVG);

        XYChart degreeChart = degrees(degrees.in(), degrees.out());
        BitmapEncoder.saveBitmap(degreeChart, file.apply("degrees.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(degreeChart, file.apply("degrees.svg").toString(), VectorGraphicsFormat.SVG);
    }

    static XYChart raster(SpikeRaster result) {
        int stride = Math.max(1, (int) Math.ceil((double) result.senders().length / MAX_RASTER_POINTS));
        XYChart chart = new XYChartBuilder().width(WIDTH).height(450)
                .title("Spike raster" + (stride > 1 ? " (one neuron in " + stride + ")" : ""))
                .xAxisTitle("Time (ms)").yAxisTitle("Neuron").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(2);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(result.durationMs());
        for (SpikeRaster.Group group : result.groups()) {
            List<Double> times = new ArrayList<>();
            List<Double> neurons = new ArrayList<>();
            for (int i = 0; i < result.senders().length; i++) {
                int sender = result.senders()[i];
                if (sender >= group.firstId() && sender < group.firstId() + group.size() && sender % stride == 0) {
                    times.add(result.times()[i]);
                    neurons.add((double) sender);
                }
            }
            if (times.isEmpty()) {
                times.add(Double.NaN);
                neurons.add(Double.NaN);
            }
            chart.addSeries(group.name(), times, neurons).setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    static XYChart populationRate(SpikeRaster result) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(220).title("Population rate")
                .xAxisTitle("Time (ms)").yAxisTitle("Rate per neuron (Hz)").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(result.durationMs());
        double[] spikes = result.times();
        if (spikes.length == 0) {
            chart.addSeries("rate", new double[] { 0, result.durationMs() }, new double[] { 0, 0 })
                    .setMarker(SeriesMarkers.NONE);
            return chart;
        }
        double std = Math.max(result.resolutionMs(), result.durationMs() * 0.005);
        TotalFiringRate.Series series = TotalFiringRate.compute(spikes, 0, std, std / 2,
                TotalFiringRate.DEFAULT_CUT_GAUSSIAN);
        double[] perNeuron = series.rateHz().clone();
        for (int i = 0; i < perNeuron.length; i++) {
            perNeuron[i] /= Math.max(1, result.neuronCount());
        }
        chart.addSeries("rate", series.timesMs(), perNeuron).setMarker(SeriesMarkers.NONE);
        return chart;
    }

    static CategoryChart groupRates(SpikeRaster result) {
        CategoryChart chart = new CategoryChartBuilder().width(700).height(400).title("Mean rate per group")
                .xAxisTitle("Group").yAxisTitle("Rate (Hz)").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        double[] rates = result.groupRatesHz();
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int g = 0; g < result.groups().size(); g++) {
            names.add(result.groups().get(g).name());
            values.add(rates[g]);
        }
        chart.addSeries("rate", names, values);
        return chart;
    }

    static XYChart degrees(int[] inDegrees, int[] outDegrees) {
        XYChart chart = new XYChartBuilder().width(700).height(400).title("Degree distributions")
                .xAxisTitle("Degree").yAxisTitle("Neurons").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Step);
        addHistogram(chart, "in-degree", inDegrees);
        addHistogram(chart, "out-degree", outDegrees);
        return chart;
    }

    private static void addHistogram(XYChart chart, String name, int[] degrees) {
        int max = 0;
        for (int degree : degrees) {
            max = Math.max(max, degree);
        }
        double[] x = new double[max + 1];
        double[] counts = new double[max + 1];
        for (int d = 0; d <= max; d++) {
            x[d] = d;
        }
        for (int degree : degrees) {
            counts[degree]++;
        }
        chart.addSeries(name, x, counts).setMarker(SeriesMarkers.NONE);
    }

    private static BufferedImage stack(BufferedImage top, BufferedImage bottom) {
        BufferedImage image = new BufferedImage(Math.max(top.getWidth(), bottom.getWidth()),
                top.getHeight() + bottom.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(top, 0, 0, null);
        graphics.drawImage(bottom, 0, top.getHeight(), null);
        graphics.dispose();
        return image;
    }
}
