package nngt.sim.nest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import nngt.catalog.ModelKind;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.generator.nest.NestProjectGenerator;
import nngt.model.Network;
import nngt.model.NestVersion;
import nngt.model.NngtFactory;
import nngt.model.SpikeRecorder;
import nngt.sim.api.Capabilities;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.Simulator;
import nngt.sim.api.SimulatorUnavailableException;
import nngt.sim.api.SupportLevel;
import nngt.sim.nest.internal.NestRun;

/**
 * The {@code nest} simulator: generates the model's NEST project with {@link NestProjectGenerator} into a work
 * folder, runs it with a local NEST ({@link NestInstallation}) on the request's threads, or under
 * {@code mpirun -np N} ({@link NestOptions}), reports the progress that run.py prints, and reads the recorded
 * spikes and multimeter samples back in NNGT ids. The project's API flavour follows the model's {@code nest}
 * line, or the installed NEST when the model has none ({@link #flavourFor}).
 */
public final class NestSimulator implements Simulator {

    /** The id users select this simulator with. */
    public static final String ID = "nest";

    /** The devices the generator emits, with the names the request's stimuli and recorders map to. */
    private static final String[] DEVICES = {"poisson_generator", "dc_generator", "noise_generator",
        "step_current_generator", "spike_generator", "spike_recorder", "multimeter"};

    private final Map<String, String> environment;
    private volatile Capabilities capabilities;

    /** Creates the simulator reading {@value NestInstallation#PYTHON_VARIABLE} from the process environment. */
    public NestSimulator() {
        this(System.getenv());
    }

    /**
     * Creates the simulator with an explicit environment, for tests and for tools that configure NEST themselves.
     *
     * @param environment the variables consulted for {@value NestInstallation#PYTHON_VARIABLE}
     */
    public NestSimulator(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * The version of the NEST that the default configuration finds (starts Python once per JVM).
     *
     * @return e.g. {@code NEST 3.6.0}, or {@code NEST (not installed)}
     */
    @Override
    public String version() {
        return NestInstallation.detect(NestOptions.from(Map.of()), environment).versionText();
    }

    /**
     * What the runner supports: NEST itself runs the model, so every neuron and synapse model of the catalog (all
     * NEST families) is {@link SupportLevel#FULL}, as are the devices the generator emits (Poisson, DC, noise,
     * step-current and spike generators, spike recorder, multimeter). A model that the installed NEST lacks is
     * reported by NEST when the project runs.
     *
     * @return the capabilities
     */
    @Override
    public Capabilities capabilities() {
        Capabilities known = capabilities;
        if (known == null) {
            known = fromCatalog();
            capabilities = known;
        }
        return known;
    }

    private static Capabilities fromCatalog() {
        NestCatalog catalog = NestCatalog.standard();
        Map<String, SupportLevel> neurons = new LinkedHashMap<>();
        Map<String, SupportLevel> synapses = new LinkedHashMap<>();
        for (NestFamily family : NestFamily.values()) {
            catalog.modelNames(ModelKind.NEURON, family).forEach(name -> neurons.put(name, SupportLevel.FULL));
            catalog.modelNames(ModelKind.SYNAPSE, family).forEach(name -> synapses.put(name, SupportLevel.FULL));
        }
        Map<String, SupportLevel> devices = new LinkedHashMap<>();
        for (String device : DEVICES) {
            devices.put(device, SupportLevel.FULL);
        }
        return new Capabilities(neurons, synapses, devices);
    }

    /**
     * Checks the request, finds NEST, chooses the flavour and generates the project into a fresh work folder;
     * nothing runs yet.
     *
     * @param request a request built by {@code SimulationPlanBuilder.build} (the project is generated from its source
     *                model); its options may hold {@link NestOptions} keys
     * @return the prepared run; close it to delete the work folder
     * @throws IllegalArgumentException      when the request has no source model, uses an unsupported part, has
     *                                       invalid NEST options, or its model's {@code nest} line contradicts the
     *                                       installed NEST (the message names both)
     * @throws SimulatorUnavailableException when NEST cannot be imported (the message says what was tried and how
     *                                       to install NEST) or MPI is requested and {@code mpirun} is missing
     * @throws UncheckedIOException          when the work folder cannot be written
     */
    @Override
    public PreparedSimulation prepare(SimulationPlan request) {
        capabilities().requireSupported(ID, request);
        SimulationPlan.Source source = request.source().orElseThrow(() -> new IllegalArgumentException(
                "request: the nest simulator generates its NEST project from the model; build the request with "
                        + "SimulationPlanBuilder.build(model, instance)"));
        NestOptions options = NestOptions.from(request.options());
        NestInstallation installation = NestInstallation.detect(options, environment);
        if (!installation.usable()) {
            throw new SimulatorUnavailableException(installation.unavailableMessage());
        }
        if (options.mpi() && !installation.onPath("mpirun")) {
            throw new SimulatorUnavailableException("nest simulator: " + NestOptions.MPI + "="
                    + options.mpiProcesses() + " asks for an MPI run, but mpirun is not on the PATH"
                    + installation.varsScript().map(v -> " (after sourcing " + v + ")").orElse("")
                    + "; install MPI (e.g. 'apt-get install openmpi-bin'), an MPI-enabled NEST and mpi4py, or "
                    + "leave out " + NestOptions.MPI + " to run with threads");
        }
        Flavour flavour = flavourFor(source.model(), installation.release().orElseThrow());
        long start = System.nanoTime();
        Path folder;
        try {
            folder = Files.createTempDirectory("nngt-nest-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder for NEST", e);
        }
        Path project = folder.resolve("project");
        try {
            NestProjectGenerator.generate(recordingModel(source.model()), source.instance(),
                    NestGeneratorOptions.defaults(project).withFlavour(flavour)
                            .withShards(Math.max(1, options.mpiProcesses())));
        } catch (IOException e) {
            NestRun.delete(folder);
            throw new UncheckedIOException("cannot write the NEST project into " + project, e);
        } catch (RuntimeException e) {
            NestRun.delete(folder);
            throw e;
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        return new NestRun(ID, request, installation, options, folder, project, flavour, buildSeconds);
    }

    /**
     * The project flavour for a model and the installed NEST. A model that names NEST 2.20 or 3.10 keeps its
     * line, which must fit the installed NEST; a model with {@code nest 3} or no line (the language's default is
     * NEST 3, so the two are the same model) gets the installed NEST's API.
     *
     * @param model     the model
     * @param installed the NEST that will run it
     * @return {@link Flavour#FROM_MODEL} when the model names 2.20 or 3.10, otherwise {@link Flavour#NEST_2_20}
     *         for a NEST 2 and {@link Flavour#NEST_3} for NEST 3.0 and later
     * @throws IllegalArgumentException when the model's line contradicts the installed NEST (2.20 on NEST 3, 3.10
     *                                  on NEST 2 or on NEST 3.0 to 3.9); the message names both
     */
    public static Flavour flavourFor(Network model, NestRelease installed) {
        NestFamily found = installed.family();
        NestVersion declared = model.getNestVersion();
        if (declared == NestVersion.NEST3) {
            return found == NestFamily.NEST_2_20 ? Flavour.NEST_2_20 : Flavour.NEST_3;
        }
        boolean fits = declared == NestVersion.NEST2_20 ? found == NestFamily.NEST_2_20
                : found == NestFamily.NEST_3_10;
        if (!fits) {
            throw new IllegalArgumentException("model: network '" + model.getName() + "' declares 'nest "
                    + declared.getLiteral() + "' but the installed NEST is " + installed.text() + " ("
                    + found.label() + "); run it with a NEST of that family or change the model's nest line");
        }
        return Flavour.FROM_MODEL;
    }

    /**
     * The model the project is generated from: the model itself when it records anything; otherwise a copy that
     * records the spikes of all neurons, as the other simulators do for a model without recorders.
     */
    private static Network recordingModel(Network model) {
        if (!model.getRecorders().isEmpty()) {
            return model;
        }
        Network copy = EcoreUtil.copy(model);
        SpikeRecorder everyone = NngtFactory.eINSTANCE.createSpikeRecorder();
        everyone.setTargets(NngtFactory.eINSTANCE.createAllNeurons());
        copy.getRecorders().add(everyone);
        return copy;
    }
}
