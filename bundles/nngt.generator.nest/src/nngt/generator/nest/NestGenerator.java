package nngt.generator.nest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;

import nngt.catalog.KernelFacts;
import nngt.generator.nest.NestGeneratorOptions.Flavour;
import nngt.sim.api.Capabilities;
import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.SimulationPlan;

/**
 * The {@code nest} generator service: a PyNEST project for NEST 3.x (3.0 to 3.10, the 3.10 rules where the plan
 * follows them), written by {@link NestProjectGenerator}. Registered by Declarative Services
 * ({@code OSGI-INF/nngt.generator.nest.xml}) and in {@code META-INF/services} for {@link java.util.ServiceLoader}.
 * Its plan options are {@value NestGeneratorOptions#CONNECTIONS} and {@value NestGeneratorOptions#SHARDS} (see
 * {@link NestGeneratorOptions}).
 */
public class NestGenerator implements ProjectGenerator {

    /** The id users select this generator with. */
    public static final String ID = "nest";

    private final String id;
    private final Flavour flavour;
    private final String description;

    /** Creates the NEST 3.x generator. */
    public NestGenerator() {
        this(ID, Flavour.NEST_3, "PyNEST project for NEST 3.x (MPI-ready)");
    }

    /**
     * Creates a generator of another flavour, for the services that share this one's code.
     *
     * @param id          the service id
     * @param flavour     the NEST API flavour
     * @param description the one-line description
     */
    NestGenerator(String id, Flavour flavour, String description) {
        this.id = id;
        this.flavour = flavour;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    /** @return {@link NestCapabilities#get()}: every catalogued model and the devices the project emits */
    @Override
    public Capabilities capabilities() {
        return NestCapabilities.get();
    }

    /**
     * Writes the project with the options the plan carries.
     *
     * @param plan   the plan; its options may set {@value NestGeneratorOptions#CONNECTIONS} and
     *               {@value NestGeneratorOptions#SHARDS}
     * @param folder the project folder
     * @return the files written, {@code ./run.sh} as the command and the targeted NEST family in the summary
     * @throws IOException              when writing fails; the folder is then unchanged
     * @throws IllegalArgumentException when an option is invalid (the message names the key, the value and what is
     *                                  valid), the plan uses what NEST cannot be given, or a file the generator
     *                                  does not own would be overwritten
     */
    /**
     * @return {@link KernelFacts#FIRST_NODE_ID}: the project creates the neurons first, so NNGT id t is NEST id
     *         t + 1, which NEST hosts on rank (t + 1) mod P ({@link KernelFacts#rankOf})
     */
    @Override
    public OptionalInt rankOffset() {
        return OptionalInt.of(KernelFacts.FIRST_NODE_ID);
    }

    @Override
    public GeneratedProject generate(SimulationPlan plan, Path folder) throws IOException {
        NestProjectGenerator.Result result = NestProjectGenerator.generate(plan,
                NestGeneratorOptions.fromPlanOptions(plan.options(), flavour, folder));
        return new GeneratedProject(result.folder(), result.files(), "./run.sh",
                "PyNEST project for NEST " + result.family().label());
    }
}
