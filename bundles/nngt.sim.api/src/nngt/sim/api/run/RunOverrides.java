package nngt.sim.api.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;

import nngt.catalog.KernelFacts;
import nngt.catalog.SimulatorLimits;
import nngt.model.Network;
import nngt.model.NngtFactory;
import nngt.model.NngtPackage;
import nngt.model.SimulationSettings;
import nngt.model.Unit;
import nngt.model.api.NestVersions;
import nngt.model.api.Units;
import nngt.sim.api.CatalogValues;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationPlanBuilder;

/**
 * What a front end changes of a model for one run: seed, simulated time, threads and simulator options. Each
 * value carries the name the user gave it by ({@code --seed} on the command line, "Seed" in the launch
 * configuration), so that a value out of range is refused in the user's words. The ranges are NEST's, read from
 * the catalog: seeds and threads per process ({@link KernelFacts}), and the longest simulated time of every
 * simulator ({@link SimulatorLimits}). The checks apply to the model's own values too, under the model's keyword.
 * Immutable; every {@code with} method returns a copy.
 */
public final class RunOverrides {

    private final Long seed;
    private final String seedName;
    private final Double durationMs;
    private final String durationName;
    private final Integer threads;
    private final String threadsName;
    private final Map<String, String> simulatorOptions;

    private RunOverrides(Long seed, String seedName, Double durationMs, String durationName, Integer threads,
            String threadsName, Map<String, String> simulatorOptions) {
        this.seed = seed;
        this.seedName = seedName;
        this.durationMs = durationMs;
        this.durationName = durationName;
        this.threads = threads;
        this.threadsName = threadsName;
        this.simulatorOptions = Map.copyOf(simulatorOptions);
    }

    /**
     * @return no overrides: the model's seed, simulated time and threads, no simulator options
     */
    public static RunOverrides none() {
        return new RunOverrides(null, "the model's 'seed'", null, "the model's 'simulate' time", null,
                "the model's 'threads'", Map.of());
    }

    /**
     * @param value the master seed
     * @param name  how the user gave it, e.g. {@code --seed}
     * @return a copy with this seed
     */
    public RunOverrides withSeed(long value, String name) {
        return new RunOverrides(value, name, durationMs, durationName, threads, threadsName, simulatorOptions);
    }

    /**
     * @param milliseconds the simulated time in ms
     * @param name         how the user gave it, e.g. {@code --time}
     * @return a copy with this simulated time
     */
    public RunOverrides withDuration(double milliseconds, String name) {
        return new RunOverrides(seed, seedName, milliseconds, name, threads, threadsName, simulatorOptions);
    }

    /**
     * @param count the threads per process
     * @param name  how the user gave it, e.g. {@code --threads}
     * @return a copy with this thread count
     */
    public RunOverrides withThreads(int count, String name) {
        return new RunOverrides(seed, seedName, durationMs, durationName, count, name, simulatorOptions);
    }

    /**
     * @param options options only one simulator understands, each under its prefix (e.g. {@code nest.python})
     * @return a copy with these simulator options
     */
    public RunOverrides withSimulatorOptions(Map<String, String> options) {
        return new RunOverrides(seed, seedName, durationMs, durationName, threads, threadsName,
                new LinkedHashMap<>(options));
    }

    /**
     * @return the thread override, or null for the model's
     */
    Integer threads() {
        return threads;
    }

    /**
     * @return the simulator options
     */
    Map<String, String> simulatorOptions() {
        return simulatorOptions;
    }

    /**
     * Checks the seed and the thread count (overridden or the model's) against NEST's ranges, then writes the
     * overrides into the model; a model without simulation settings gets {@link SimulationPlanBuilder#DEFAULT_DURATION_MS}.
     *
     * @param network the model, changed in place
     * @throws IllegalArgumentException when the seed or the thread count is out of NEST's range, or the simulated
     *                                  time is not a finite time above 0; the message names the setting as the user
     *                                  gave it, the valid range and the value
     */
    public void applyTo(Network network) {
        KernelFacts kernel = CatalogValues.kernel(NestVersions.family(network.getNestVersion()));
        Long seedUsed = seed != null ? seed : network.getSeed();
        if (seedUsed != null && (seedUsed < kernel.minSeed() || seedUsed > kernel.maxSeed())) {
            throw new IllegalArgumentException(seedName + " must be a whole number from " + kernel.minSeed() + " to "
                    + kernel.maxSeed() + " (NEST's seed range); got " + seedUsed + ".");
        }
        SimulationSettings settings = network.getSimulation();
        int threadsUsed = threads != null ? threads
                : settings != null && settings.eIsSet(NngtPackage.Literals.SIMULATION_SETTINGS__THREADS)
                        ? settings.getThreads() : kernel.defaultThreads();
        if (threadsUsed < 1 || threadsUsed > kernel.maxThreads()) {
            throw new IllegalArgumentException(threadsName + " must be a whole number from 1 to " + kernel.maxThreads()
                    + " (NEST's most threads per process); got " + threadsUsed + ".");
        }
        if (durationMs != null && !(durationMs > 0 && Double.isFinite(durationMs))) {
            throw new IllegalArgumentException(durationName + " must be a finite duration above 0 ms; got "
                    + plain(durationMs) + " ms.");
        }
        if (seed != null) {
            network.setSeed(seed);
        }
        if (settings == null) {
            settings = NngtFactory.eINSTANCE.createSimulationSettings();
            settings.setDuration(Units.quantity(SimulationPlanBuilder.DEFAULT_DURATION_MS, Unit.MILLISECOND));
            network.setSimulation(settings);
        }
        if (durationMs != null) {
            settings.setDuration(Units.quantity(durationMs, Unit.MILLISECOND));
        }
        if (threads != null) {
            settings.setThreads(threads);
        }
    }

    /**
     * Checks the plan's simulated time against the longest that every simulator runs at its resolution.
     *
     * @param plan the plan built from the model the overrides were applied to
     * @throws IllegalArgumentException when the simulated time takes more than {@link SimulatorLimits#MAX_STEPS}
     *                                  steps; the message names the setting, the limit and the value
     */
    void checkDuration(SimulationPlan plan) {
        double maximum = SimulatorLimits.maxSimulatedTimeMs(plan.resolutionMs());
        if (plan.durationMs() > maximum) {
            throw new IllegalArgumentException(durationName + " must be at most " + plain(maximum) + " ms ("
                    + SimulatorLimits.MAX_STEPS + " steps of " + plain(plan.resolutionMs())
                    + " ms, the most a simulator runs); got " + plain(plan.durationMs()) + " ms.");
        }
    }

    /*
     * Twelve significant digits, without exponent or trailing zeros: a limit reads exactly, without the binary
     * rounding of a product such as 1073741823 × 0.1.
     */
    private static String plain(double value) {
        return Double.isFinite(value)
                ? new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}
