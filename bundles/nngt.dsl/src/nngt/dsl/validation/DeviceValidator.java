package nngt.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import nngt.catalog.SimulatorLimits;
import nngt.model.DirectCurrent;
import nngt.model.Disk;
import nngt.model.Minis;
import nngt.model.Multimeter;
import nngt.model.NngtPackage;
import nngt.model.NoiseInput;
import nngt.model.PoissonInput;
import nngt.model.Quantity;
import nngt.model.Rectangle;
import nngt.model.SimulationSettings;
import nngt.model.Space;
import nngt.model.SpikeGenerator;
import nngt.model.StepCurrents;
import nngt.model.Stimulus;
import nngt.model.api.Dimension;
import nngt.model.api.SynapseSpecResolver;
import nngt.model.api.Units;

/**
 * Rules on stimuli, recorders, space and simulation settings: units, ranges, time series.
 */
public class DeviceValidator extends NngtCheckSupport {

    /**
     * Start and stop are times, and stop comes after start.
     *
     * @param stimulus a stimulus
     */
    @Check
    public void checkStimulusWindow(Stimulus stimulus) {
        checkDimension(stimulus.getStart(), Dimension.TIME, "start time");
        checkDimension(stimulus.getStop(), Dimension.TIME, "stop time");
        checkNonNegative(stimulus.getStart(), "start time");
        checkWithinLongestRun(stimulus.getStart(), "start time", stimulus);
        checkWithinLongestRun(stimulus.getStop(), "stop time", stimulus);
        if (stimulus.getStart() != null && stimulus.getStop() != null
                && Units.toNest(stimulus.getStop()) <= Units.toNest(stimulus.getStart())) {
            error("The stimulus stops at " + Quantities.text(stimulus.getStop()) + ", not after its start at "
                    + Quantities.text(stimulus.getStart()) + "; stop must be later than start.", stimulus,
                    NngtPackage.Literals.STIMULUS__STOP, IssueCodes.STOP_BEFORE_START);
        }
    }

    /**
     * A Poisson input has a non-negative rate.
     *
     * @param input the input
     */
    @Check
    public void checkPoissonInput(PoissonInput input) {
        checkDimension(input.getRate(), Dimension.FREQUENCY, "rate of the Poisson input");
        checkNonNegative(input.getRate(), "rate of the Poisson input");
    }

    /**
     * A Poisson input's rate is at most what the simulators draw per step
     * ({@link SimulatorLimits#MAX_POISSON_SPIKES_PER_STEP} at the network's resolution).
     *
     * @param input the input
     */
    @Check
    public void checkPoissonRateCeiling(PoissonInput input) {
        Quantity rate = input.getRate();
        double resolution = resolutionOf(networkOf(input));
        double maximum = SimulatorLimits.maxPoissonRateHz(resolution);
        if (finiteNestValue(rate, Dimension.FREQUENCY) > maximum) {
            outOfRange("The rate " + Quantities.text(rate) + " of " + ModelLabels.located(input)
                    + " is above the largest rate the simulators take, " + Quantities.nestText(maximum, Dimension.FREQUENCY)
                    + " at a resolution of " + Quantities.nestText(resolution, Dimension.TIME) + " ("
                    + Quantities.number(SimulatorLimits.MAX_POISSON_SPIKES_PER_STEP) + " spikes per step).", rate,
                    NngtPackage.Literals.QUANTITY__MAGNITUDE, maximum);
        }
    }

    /**
     * Noise has a current mean and a non-negative current deviation.
     *
     * @param noise the noise input
     */
    @Check
    public void checkNoiseInput(NoiseInput noise) {
        checkDimension(noise.getMean(), Dimension.CURRENT, "mean of the noise");
        checkDimension(noise.getStd(), Dimension.CURRENT, "standard deviation of the noise");
        checkNonNegative(noise.getStd(), "standard deviation of the noise");
    }

    /**
     * A DC input is a current.
     *
     * @param dc the input
     */
    @Check
    public void checkDirectCurrent(DirectCurrent dc) {
        checkDimension(dc.getAmplitude(), Dimension.CURRENT, "amplitude of the DC input");
    }

    /**
     * Minis have a non-negative rate per incoming edge.
     *
     * @param minis the input
     */
    @Check
    public void checkMinis(Minis minis) {
        checkDimension(minis.getBaseRate(), Dimension.FREQUENCY, "rate of the minis");
        checkNonNegative(minis.getBaseRate(), "rate of the minis");
    }

    /**
     * Step times are strictly increasing and positive, one amplitude per time, amplitudes are currents
     * (NEST's step_current_generator rules).
     *
     * @param steps the step currents
     */
    @Check
    public void checkStepCurrents(StepCurrents steps) {
        steps.getTimes().forEach(t -> checkDimension(t, Dimension.TIME, "step time"));
        steps.getAmplitudes().forEach(a -> checkDimension(a, Dimension.CURRENT, "step amplitude"));
        if (steps.getTimes().size() != steps.getAmplitudes().size()) {
            error("There are " + steps.getTimes().size() + " step times but " + steps.getAmplitudes().size()
                    + " amplitudes; give one amplitude per time.", steps,
                    NngtPackage.Literals.STEP_CURRENTS__AMPLITUDES, IssueCodes.BAD_TIME_SERIES);
        }
        checkTimes(steps.getTimes(), true, "Step times", NngtPackage.Literals.STEP_CURRENTS__TIMES, steps);
    }

    /**
     * Spike times are positive and in order (NEST's spike_generator rules).
     *
     * @param generator the generator
     */
    @Check
    public void checkSpikeGenerator(SpikeGenerator generator) {
        generator.getSpikeTimes().forEach(t -> checkDimension(t, Dimension.TIME, "spike time"));
        checkTimes(generator.getSpikeTimes(), false, "Spike times", NngtPackage.Literals.SPIKE_GENERATOR__SPIKE_TIMES,
                generator);
    }

    /**
     * A multimeter samples at a positive time interval.
     *
     * @param multimeter the multimeter
     */
    @Check
    public void checkMultimeterInterval(Multimeter multimeter) {
        checkDimension(multimeter.getInterval(), Dimension.TIME, "recording interval");
        if (multimeter.getInterval() != null) {
            double interval = Units.toNest(multimeter.getInterval());
            double resolution = resolutionOf(networkOf(multimeter));
            if (interval < resolution - 1e-12) {
                error("The recording interval " + Quantities.text(multimeter.getInterval())
                        + " is below the resolution " + Quantities.nestText(resolution, Dimension.TIME)
                        + "; NEST samples at most once per step.", multimeter.getInterval(),
                        NngtPackage.Literals.QUANTITY__MAGNITUDE, IssueCodes.VALUE_OUT_OF_RANGE);
            }
        }
    }

    /**
     * Shapes are measured in lengths above 0; the density is positive.
     *
     * @param space the space
     */
    @Check
    public void checkSpace(Space space) {
        if (space.getShape() instanceof Rectangle rectangle) {
            checkPositiveLength(rectangle.getWidth(), "width of the rectangle");
            checkPositiveLength(rectangle.getHeight(), "height of the rectangle");
        } else if (space.getShape() instanceof Disk disk) {
            checkPositiveLength(disk.getRadius(), "radius of the disk");
        }
        if (space.getNeuronDensity() != null && space.getNeuronDensity() <= 0) {
            outOfRange("The neuron density " + Quantities.number(space.getNeuronDensity())
                    + " per mm2 must be above 0.", space, NngtPackage.Literals.SPACE__NEURON_DENSITY);
        }
        if (!space.getPositions().isEmpty() && networkOf(space) != null) {
            long size = selectionsOf(networkOf(space).getPopulation()).size();
            if (space.getPositions().size() != size) {
                error("There are " + space.getPositions().size() + " positions for " + size
                        + " neurons; give one position per neuron, in id order.", space,
                        NngtPackage.Literals.SPACE__POSITIONS, IssueCodes.VALUE_OUT_OF_RANGE);
            }
        }
    }

    /**
     * The simulated time and the resolution are positive times; threads and processes at least 1;
     * the resolution is a multiple of NEST's tic (0.001 ms).
     *
     * @param settings the settings
     */
    @Check
    public void checkSimulationSettings(SimulationSettings settings) {
        checkDimension(settings.getDuration(), Dimension.TIME, "simulated time");
        checkDimension(settings.getResolution(), Dimension.TIME, "resolution");
        if (settings.getDuration() != null && settings.getDuration().getMagnitude() <= 0) {
            outOfRange("The simulated time must be above 0; it is " + Quantities.text(settings.getDuration()) + ".",
                    settings.getDuration(), NngtPackage.Literals.QUANTITY__MAGNITUDE);
        }
        checkSimulatedTimeCeiling(settings);
        if (settings.getResolution() != null) {
            double resolution = Units.toNest(settings.getResolution());
            double tics = resolution * 1000;
            if (resolution <= 0) {
                outOfRange("The resolution must be above 0; it is " + Quantities.text(settings.getResolution()) + ".",
                        settings.getResolution(), NngtPackage.Literals.QUANTITY__MAGNITUDE);
            } else if (Math.abs(tics - Math.rint(tics)) > 1e-6) {
                outOfRange("The resolution " + Quantities.text(settings.getResolution())
                        + " is not a multiple of NEST's tic of 0.001 ms.", settings.getResolution(),
                        NngtPackage.Literals.QUANTITY__MAGNITUDE);
            }
        }
        if (settings.getThreads() < 1) {
            outOfRange("Threads must be at least 1; it is " + settings.getThreads() + ".", settings,
                    NngtPackage.Literals.SIMULATION_SETTINGS__THREADS, 1);
        }
        if (settings.getMpiProcesses() < 1) {
            outOfRange("Processes must be at least 1; it is " + settings.getMpiProcesses() + ".", settings,
                    NngtPackage.Literals.SIMULATION_SETTINGS__MPI_PROCESSES, 1);
        }
    }

    /* A device time beyond the longest simulation would never come; beyond the step counter it cannot be held. */
    private void checkWithinLongestRun(Quantity time, String what, Stimulus stimulus) {
        double longest = SimulatorLimits.maxSimulatedTimeMs(resolutionOf(networkOf(stimulus)));
        if (beyond(finiteNestValue(time, Dimension.TIME), longest)) {
            outOfRange("The " + what + " " + Quantities.text(time) + " lies beyond the longest simulation, "
                    + Quantities.nestText(longest, Dimension.TIME) + " (" + SimulatorLimits.MAX_STEPS + " steps of "
                    + Quantities.nestText(resolutionOf(networkOf(stimulus)), Dimension.TIME) + ").", time,
                    NngtPackage.Literals.QUANTITY__MAGNITUDE);
        }
    }

    /* Above the limit, but not beyond the largest magnitude, which NumberValidator reports alone. */
    private static boolean beyond(double value, double limit) {
        return value > limit && value <= SimulatorLimits.MAX_MAGNITUDE;
    }

    /* At most SimulatorLimits.MAX_STEPS steps of the resolution. */
    private void checkSimulatedTimeCeiling(SimulationSettings settings) {
        Quantity duration = settings.getDuration();
        double resolution = resolutionOf(networkOf(settings));
        double maximum = SimulatorLimits.maxSimulatedTimeMs(resolution);
        if (beyond(finiteNestValue(duration, Dimension.TIME), maximum)) {
            outOfRange("The simulated time " + Quantities.text(duration) + " is more than the simulators run: at most "
                    + SimulatorLimits.MAX_STEPS + " steps, " + Quantities.nestText(maximum, Dimension.TIME)
                    + " at a resolution of " + Quantities.nestText(resolution, Dimension.TIME) + ".", duration,
                    NngtPackage.Literals.QUANTITY__MAGNITUDE);
        }
    }

    /* The quantity in NEST units; NaN when absent, of another dimension or not finite (reported elsewhere). */
    private static double finiteNestValue(Quantity quantity, Dimension dimension) {
        if (quantity == null || Units.dimension(quantity.getUnit()) != dimension) {
            return Double.NaN;
        }
        double value = Units.toNest(quantity);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private void checkTimes(List<Quantity> times, boolean strictly, String what, EStructuralFeature feature,
            org.eclipse.emf.ecore.EObject owner) {
        double previous = Double.NEGATIVE_INFINITY;
        EntryErrors errors = new EntryErrors(owner, feature, IssueCodes.BAD_TIME_SERIES);
        double longest = SimulatorLimits.maxSimulatedTimeMs(resolutionOf(networkOf(owner)));
        for (int i = 0; i < times.size(); i++) {
            double time = Units.toNest(times.get(i));
            if (time <= 0) {
                errors.error(what + " must be above 0 ms; entry " + i + " is " + Quantities.text(times.get(i)) + ".", i);
            } else if (beyond(time, longest)) {
                errors.error(what + " must lie within the longest simulation, "
                        + Quantities.nestText(longest, Dimension.TIME) + "; entry " + i + " is "
                        + Quantities.text(times.get(i)) + ".", i);
            } else if (strictly ? time <= previous : time < previous) {
                errors.error(what + " must be " + (strictly ? "strictly increasing" : "in increasing order") + "; entry "
                        + i + " (" + Quantities.text(times.get(i)) + ") comes after "
                        + Quantities.nestText(previous, Dimension.TIME) + ".", i);
            }
            previous = Math.max(previous, time);
        }
        errors.finish(what.toLowerCase(java.util.Locale.ROOT), "are not above 0 ms or out of order");
    }

    /**
     * A Poisson input through a synapse model other than static_synapse runs in a NEST project only: the embedded
     * and Brian2 simulators connect devices with static synapses.
     *
     * @param input a Poisson input
     */
    @Check
    public void checkPoissonSynapseRunsEverywhere(PoissonInput input) {
        String synapse = input.getSynapseModel();
        if (synapse != null && !synapse.equals(SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL)) {
            String name = input.getName() == null ? "This Poisson input" : "Poisson input '" + input.getName() + "'";
            warning(name + " connects through " + synapse + ", which only a NEST "
                    + "project runs: the embedded and Brian2 simulators connect devices with "
                    + SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL + ".", input,
                    NngtPackage.Literals.POISSON_INPUT__SYNAPSE_MODEL, IssueCodes.DEVICE_SYNAPSE_NEST_ONLY);
        }
    }

    private void checkNonNegative(Quantity quantity, String role) {
        if (quantity != null && quantity.getMagnitude() < 0) {
            outOfRange("The " + role + " must be 0 or more; it is " + Quantities.text(quantity) + ".", quantity,
                    NngtPackage.Literals.QUANTITY__MAGNITUDE, 0);
        }
    }

    private void checkPositiveLength(Quantity quantity, String role) {
        checkDimension(quantity, Dimension.LENGTH, role);
        if (quantity != null && quantity.getMagnitude() <= 0) {
            outOfRange("The " + role + " must be above 0; it is " + Quantities.text(quantity) + ".", quantity,
                    NngtPackage.Literals.QUANTITY__MAGNITUDE);
        }
    }
}
