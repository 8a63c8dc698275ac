package nngt.sim.neuron;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import nngt.sim.api.Capabilities;
import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.io.ResultsFolder;
import nngt.sim.neuron.internal.PynnScriptWriter;

/**
 * The {@code pynn} project generator: the PyNN 0.10 script of a plan with its data files (what
 * {@link NeuronSimulator} runs), written atomically into a folder for people to run on pyNN.neuron with
 * {@code python3 run.py}. Registered as an OSGi Declarative Services component
 * ({@code OSGI-INF/nngt.sim.neuron.generator.xml}) and through {@link java.util.ServiceLoader}.
 */
public final class PynnProjectGenerator implements ProjectGenerator {

    /** The id users select this generator with. */
    public static final String ID = "pynn";

    /** Creates the generator (public no-argument constructor for ServiceLoader and Declarative Services). */
    public PynnProjectGenerator() {
        // stateless: every call writes its own folder
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "PyNN 0.10 script with its data files, for pyNN.neuron (NEURON)";
    }

    /**
     * What the script can express: the same as the {@code neuron} simulator's.
     *
     * @return {@link NeuronSimulator#capabilities()}
     */
    @Override
    public Capabilities capabilities() {
        return new NeuronSimulator().capabilities();
    }

    /**
     * Writes the script and its data into a staging folder beside {@code folder}, then moves them into the folder,
     * which keeps the user's own files ({@link ResultsFolder.Foreign#KEEP}). Options are not read: the script has
     * none.
     *
     * @param plan   the plan
     * @param folder the project folder, created or updated
     * @return the files written, relative to the folder, sorted
     * @throws IllegalArgumentException when the plan uses what PyNN cannot express (every part listed)
     * @throws IOException              when the folder cannot be used (a file NNGT did not write where the script
     *                                  would write one, a read-only folder) or writing fails; the folder is then
     *                                  unchanged
     */
    @Override
    public GeneratedProject generate(SimulationPlan plan, Path folder) throws IOException {
        List<String> files;
        Path destination;
        try (ResultsFolder project = ResultsFolder.create(folder, ResultsFolder.Foreign.KEEP,
                "choose another folder")) {
            try {
                new NeuronSimulator().writeScript(plan, project.folder());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            files = project.commit();
            destination = project.destination();
        }
        return new GeneratedProject(destination, files, "cd " + destination + " && python3 "
                + PynnScriptWriter.SCRIPT, "PyNN script " + PynnScriptWriter.SCRIPT + " with " + (files.size() - 1)
                        + " data files");
    }
}
