package nngt.sim.embedded.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import nngt.sim.api.SimulationPlan;

/**
 * A stimulation device restricted to the targets one thread owns, with NEST's activity rule
 * ({@code StimulationDevice::is_active}): a spike device is active at emission step e when
 * {@code start < e ≤ stop} (in steps), a current device when {@code start < e + 2 ≤ stop}, so that its
 * current acts from start + delay. What a device emits at step e reaches the target's input at step
 * e + d, where d is the connection delay (NEST's default connection delay for current devices, which NNGT
 * connects with default synapses; the plan's device delay).
 */
public abstract class Device {

    /** Targets owned by this thread. */
    protected final int[] targets;
    /** Connection delay in steps. */
    protected final int delay;
    /** Start in steps (exclusive). */
    protected final long startStep;
    /** Stop in steps (inclusive). */
    protected final long stopStep;
    /** 0 for spike devices, 2 for current devices (NEST's shift for current generators). */
    private final int shift;

    /**
     * Creates the device part.
     *
     * @param targets owned targets
     * @param delay   delay in steps
     * @param startMs start
     * @param stopMs  stop
     * @param h       resolution
     * @param current whether the device emits currents (NEST shifts their activity window by 2 steps)
     */
    protected Device(int[] targets, int delay, double startMs, double stopMs, double h, boolean current) {
        this.targets = targets;
        this.delay = delay;
        this.startStep = Math.round(startMs / h);
        this.stopStep = Double.isInfinite(stopMs) ? Long.MAX_VALUE / 2 : Math.round(stopMs / h);
        this.shift = current ? 2 : 0;
    }

    /**
     * Whether the emission that arrives at {@code readStep} happened while the device was active.
     *
     * @param readStep the step being updated
     * @return true when active
     */
    protected final boolean activeFor(int readStep) {
        long e = (long) readStep - delay;
        return e >= 0 && startStep < e + shift && e + shift <= stopStep;
    }

    /**
     * Adds this device's input for a step: weighted spikes into the ring slot or current into stim.
     *
     * @param step the step being updated
     * @param base ring slot offset of the step
     * @param ex   excitatory ring
     * @param in   inhibitory ring
     * @param stim currents of this step
     * @param rng  per-neuron random states
     */
    public abstract void apply(int step, int base, double[] ex, double[] in, double[] stim, long[] rng);

    /**
     * Creates the part of a stimulus a thread owns.
     *
     * @param stimulus      the stimulus
     * @param h             resolution
     * @param deviceDelayMs the delay of current devices' connections (NEST's default connection delay)
     * @param lo            first owned id
     * @param hi            one past the last owned id
     * @return the device part, null when no target is owned
     * @throws IllegalArgumentException when the stimulus parameters are invalid
     */
    public static Device create(SimulationPlan.Stimulus stimulus, double h, double deviceDelayMs, int lo, int hi) {
        int[] all = stimulus.targets();
        int[] positions = java.util.stream.IntStream.range(0, all.length).filter(k -> all[k] >= lo && all[k] < hi)
                .toArray();
        validate(stimulus, h, all.length);
        if (positions.length == 0) {
            return null;
        }
        int[] owned = Arrays.stream(positions).map(k -> all[k]).toArray();
        int currentDelay = (int) Math.round(deviceDelayMs / h);
        if (stimulus instanceof SimulationPlan.PoissonInput p) {
            return new Poisson(owned, positions, p, h);
        } else if (stimulus instanceof SimulationPlan.DcInput dc) {
            return new Dc(owned, currentDelay, dc, h);
        } else if (stimulus instanceof SimulationPlan.NoiseInput noise) {
            return new Noise(owned, currentDelay, noise, h);
        } else if (stimulus instanceof SimulationPlan.StepCurrentInput steps) {
            return new StepCurrent(owned, currentDelay, steps, h);
        } else {
            return new SpikeTrain(owned, (SimulationPlan.SpikeTrainInput) stimulus, h);
        }
    }

    private static void validate(SimulationPlan.Stimulus stimulus, double h, int targetCount) {
        if (stimulus instanceof SimulationPlan.PoissonInput p) {
            lengthOneOr("ratesHz", p.ratesHz().length, targetCount);
            lengthOneOr("weights", p.weights().length, targetCount);
            for (double rate : p.ratesHz()) {
                if (!(rate >= 0) || Double.isInfinite(rate)) {
                    throw new IllegalArgumentException("ratesHz: poisson_generator rate " + rate
                            + " spikes/s; it must be a finite number >= 0");
                }
            }
            delaySteps(p.delayMs(), h);
        } else if (stimulus instanceof SimulationPlan.NoiseInput noise) {
            double ratio = noise.dtMs() / h;
            if (!(noise.dtMs() > 0) || Math.abs(ratio - Math.round(ratio)) > 1e-9 * ratio) {
                throw new IllegalArgumentException("dtMs: noise_generator dt " + noise.dtMs()
                        + " ms; it must be a positive multiple of the resolution " + h + " ms");
            }
            if (!(noise.stdPa() >= 0)) {
                throw new IllegalArgumentException("stdPa: noise_generator std " + noise.stdPa() + "; must be >= 0");
            }
        } else if (stimulus instanceof SimulationPlan.StepCurrentInput steps) {
            double[] times = steps.timesMs();
            if (times.length != steps.valuesPa().length) {
                throw new IllegalArgumentException("valuesPa: step_current_generator has " + times.length
                        + " times and " + steps.valuesPa().length + " values; they must have the same length");
            }
            for (int i = 0; i < times.length; i++) {
                if (!(times[i] > 0) || (i > 0 && !(times[i] > times[i - 1]))) {
                    throw new IllegalArgumentException("timesMs: step_current_generator time " + times[i]
                            + " at index " + i + "; times must be > 0 and strictly increasing");
                }
            }
        } else if (stimulus instanceof SimulationPlan.SpikeTrainInput train) {
            delaySteps(train.delayMs(), h);
            double[] times = train.timesMs();
            for (int i = 0; i < times.length; i++) {
                if (!(times[i] > 0) || (i > 0 && times[i] < times[i - 1])) {
                    throw new IllegalArgumentException("timesMs: spike_generator time " + times[i] + " at index "
                            + i + "; times must be > 0 and non-decreasing");
                }
            }
        }
    }

    private static void lengthOneOr(String name, int length, int targets) {
        if (length != 1 && length != targets) {
            throw new IllegalArgumentException(name + ": " + length + " values for " + targets
                    + " targets; give 1 or one per target");
        }
    }

    static int delaySteps(double delayMs, double h) {
        int steps = (int) Math.round(delayMs / h);
        if (steps < 1) {
            throw new IllegalArgumentException("delayMs: " + delayMs + " ms; a delay must be >= the resolution "
                    + h + " ms");
        }
        return steps;
    }

    /** poisson_generator: an independent Poisson count per target and step, drawn from the target's stream. */
    static final class Poisson extends Device {
        private final PoissonSampler[] samplers;
        private final int[] samplerOf;
        private final double[] weights;

        Poisson(int[] targets, int[] positions, SimulationPlan.PoissonInput p, double h) {
            super(targets, delaySteps(p.delayMs(), h), p.startMs(), p.stopMs(), h, false);
            Map<Double, Integer> index = new HashMap<>();
            java.util.List<PoissonSampler> list = new java.util.ArrayList<>();
            samplerOf = new int[targets.length];
            weights = new double[targets.length];
            for (int k = 0; k < targets.length; k++) {
                double rate = p.ratesHz().length == 1 ? p.ratesHz()[0] : p.ratesHz()[positions[k]];
                Integer s = index.get(rate);
                if (s == null) {
                    s = list.size();
                    index.put(rate, s);
                    list.add(new PoissonSampler(rate * h / 1000.0));
                }
                samplerOf[k] = s;
                weights[k] = p.weights().length == 1 ? p.weights()[0] : p.weights()[positions[k]];
            }
            samplers = list.toArray(new PoissonSampler[0]);
        }

        @Override
        public void apply(int step, int base, double[] ex, double[] in, double[] stim, long[] rng) {
            if (!activeFor(step)) {
                return;
            }
            for (int k = 0; k < targets.length; k++) {
                int id = targets[k];
                int count = samplers[samplerOf[k]].sample(rng, id);
                if (count > 0) {
                    double w = weights[k] * count;
                    if (w >= 0) {
                        ex[base + id] += w;
                    } else {
                        in[base + id] += w;
                    }
                }
            }
        }
    }

    /** dc_generator. */
    static final class Dc extends Device {
        private final double amplitude;

        Dc(int[] targets, int delay, SimulationPlan.DcInput dc, double h) {
            super(targets, delay, dc.startMs(), dc.stopMs(), h, true);
            this.amplitude = dc.amplitudePa();
        }

        @Override
        public void apply(int step, int base, double[] ex, double[] in, double[] stim, long[] rng) {
            if (activeFor(step)) {
                for (int id : targets) {
                    stim[id] += amplitude;
                }
            }
        }
    }

    /** noise_generator: a new Gaussian value per target at the first active step and every dt after it. */
    static final class Noise extends Device {
        private final double mean;
        private final double std;
        private final int dtSteps;
        private final double[] current;
        private long nextDraw;

        Noise(int[] targets, int delay, SimulationPlan.NoiseInput noise, double h) {
            super(targets, delay, noise.startMs(), noise.stopMs(), h, true);
            this.mean = noise.meanPa();
            this.std = noise.stdPa();
            this.dtSteps = (int) Math.round(noise.dtMs() / h);
            this.current = new double[targets.length];
        }

        @Override
        public void apply(int step, int base, double[] ex, double[] in, double[] stim, long[] rng) {
            if (!activeFor(step)) {
                return;
            }
            long emission = (long) step - delay;
            // NEST redraws when the step reaches the scheduled one (>= after a pause in activity)
            boolean redraw = emission >= nextDraw;
            if (redraw) {
                nextDraw = emission + dtSteps;
            }
            for (int k = 0; k < targets.length; k++) {
                int id = targets[k];
                if (redraw) {
                    current[k] = mean + std * Rng.nextGaussian(rng, id);
                }
                stim[id] += current[k];
            }
        }
    }

    /** step_current_generator. */
    static final class StepCurrent extends Device {
        private final long[] switchSteps;
        private final double[] values;

        StepCurrent(int[] targets, int delay, SimulationPlan.StepCurrentInput steps, double h) {
            super(targets, delay, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, h, true);
            this.switchSteps = Arrays.stream(steps.timesMs()).mapToLong(t -> Math.round(t / h)).toArray();
            this.values = steps.valuesPa().clone();
        }

        @Override
        public void apply(int step, int base, double[] ex, double[] in, double[] stim, long[] rng) {
            if (!activeFor(step)) {
                return;
            }
            long emission = (long) step - delay;
            // NEST switches the amplitude one step ahead of its time stamp
            int index = Arrays.binarySearch(switchSteps, emission + 1);
            int last = index >= 0 ? index : -index - 2;
            if (last < 0) {
                return;
            }
            for (int id : targets) {
                stim[id] += values[last];
            }
        }
    }

    /** spike_generator: one shared train; a spike at t is emitted in the step ending at t. */
    static final class SpikeTrain extends Device {
        private final int[] readSteps;
        private final double weight;
        private int next;

        SpikeTrain(int[] targets, SimulationPlan.SpikeTrainInput train, double h) {
            super(targets, delaySteps(train.delayMs(), h), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, h,
                    false);
            this.weight = train.weight();
            this.readSteps = Arrays.stream(train.timesMs()).mapToInt(t -> (int) Math.round(t / h) - 1 + delay)
                    .toArray();
        }

        @Override
        public void apply(int step, int base, double[] ex, double[] in, double[] stim, long[] rng) {
            while (next < readSteps.length && readSteps[next] < step) {
                next++;
            }
            while (next < readSteps.length && readSteps[next] == step) {
                for (int id : targets) {
                    if (weight >= 0) {
                        ex[base + id] += weight;
                    } else {
                        in[base + id] += weight;
                    }
                }
                next++;
            }
        }
    }
}
