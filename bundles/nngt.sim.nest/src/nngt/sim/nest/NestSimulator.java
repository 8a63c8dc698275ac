package nngt.sim.nest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import nngt.catalog.NestFamily;
import nngt.generator.nest.NestCapabilities;
import nngt.generator.nest.NestGeneratorOptions;
import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.generator.nest.NestProjectGenerator;
import nngt.sim.api.Capabilities;
import nngt.sim.api.InterpreterOption;
import nngt.sim.api.PreparedSimulation;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.Simulator;
import nngt.sim.api.SimulatorUnavailableException;
import nngt.sim.nest.internal.NestRun;

/**
 * The {@code nest} simulator: generates the plan's NEST project with {@link NestProjectGenerator} into a work
 * folder, runs it with a local NEST ({@link NestInstallation}) on the request's threads, or under
 * {@code mpirun -np N} ({@link NestOptions}), reports the progress that run.py prints, and reads the recorded
 * spikes and multimeter samples back in NNGT ids. The project's API flavour follows the plan's NEST family (the
 * model's {@code nest} line), or the installed NEST when the model names plain NEST 3 ({@link #flavourFor}).
 */
public final class NestSimulator implements Simulator {

    /** The id users select this simulator with. */
    public static final String ID = "nest";

    private final Map<String, String> environment;

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
     * @return {@value NestOptions#PYTHON}: the python3 that imports {@code nest}
     */
    @Override
    public Optional<InterpreterOption> interpreterOption() {
        return Optional.of(new InterpreterOption(NestOptions.PYTHON, "NEST", "$" + NestInstallation.PYTHON_VARIABLE
                + ", else " + NestInstallation.DEFAULT_PYTHON + " on the PATH"));
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
     * What the runner supports: what a generated NEST project can express ({@link NestCapabilities#get()}), every
     * catalogued neuron and synapse model and the devices the generator emits. A model that the installed NEST
     * lacks is reported by NEST when the project runs.
     *
     * @return the capabilities
     */
    @Override
    public Capabilities capabilities() {
        return NestCapabilities.get();
    }

    /**
     * Checks the request, finds NEST, chooses the flavour and generates the project into a fresh work folder;
     * nothing runs yet.
     *
     * @param request the plan; its options may hold {@link NestOptions} keys and the generator's
     *                {@link NestGeneratorOptions#CONNECTIONS} and {@link NestGeneratorOptions#SHARDS}
     * @return the prepared run; close it to delete the work folder
     * @throws IllegalArgumentException      when the plan uses an unsupported part, has invalid NEST options, or its
     *                                       NEST family contradicts the installed NEST (the message names both)
     * @throws SimulatorUnavailableException when NEST cannot be imported (the message says what was tried and how
     *                                       to install NEST) or MPI is requested and {@code mpirun} is missing
     * @throws UncheckedIOException          when the work folder cannot be written
     */
    @Override
    public PreparedSimulation prepare(SimulationPlan request) {
        capabilities().requireSupported(ID, request);
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
        Flavour flavour = flavourFor(request.family(), installation.release().orElseThrow());
        long start = System.nanoTime();
        Path folder;
        try {
            folder = Files.createTempDirectory("nngt-nest-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder for NEST", e);
        }
        Path project = folder.resolve("project");
        try {
            NestGeneratorOptions generatorOptions = NestGeneratorOptions.fromPlanOptions(request.options(), flavour,
                    project);
            if (!request.options().containsKey(NestGeneratorOptions.SHARDS)) {
                // one shard per MPI process lets every rank read only the edges of the neurons it hosts
                generatorOptions = generatorOptions.withShards(Math.max(1, options.mpiProcesses()));
            }
            NestProjectGenerator.generate(request, generatorOptions);
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
     * The project flavour for a plan's NEST family and the installed NEST. A plan that follows NEST 2.20 or 3.10 (a
     * model that names one) keeps its family, which must fit the installed NEST; a plan of the NEST 3 family (a
     * model with {@code nest 3} or no line, the language's default) gets the installed NEST's API.
     *
     * @param declared  the plan's family ({@link SimulationPlan#family()})
     * @param installed the NEST that will run it
     * @return {@link Flavour#FROM_MODEL} for NEST 2.20 and 3.10 plans, otherwise {@link Flavour#NEST_2_20} for a
     *         NEST 2 and {@link Flavour#NEST_3} for NEST 3.0 and later
     * @throws IllegalArgumentException when the family contradicts the installed NEST (2.20 on NEST 3, 3.10 on
     *                                  NEST 2 or on NEST 3.0 to 3.9); the message names both
     */
    public static Flavour flavourFor(NestFamily declared, NestRelease installed) {
        NestFamily found = installed.family();
        if (declared == NestFamily.NEST_3) {
            return found == NestFamily.NEST_2_20 ? Flavour.NEST_2_20 : Flavour.NEST_3;
        }
        if (declared != found) {
            String line = declared == NestFamily.NEST_2_20 ? "2.20" : "3.10";
            throw new IllegalArgumentException("model: the model declares 'nest " + line + "' but the installed NEST "
                    + "is " + installed.text() + " (" + found.label() + "); run it with a NEST of that family or "
                    + "change the model's nest line");
        }
        return Flavour.FROM_MODEL;
    }
}
