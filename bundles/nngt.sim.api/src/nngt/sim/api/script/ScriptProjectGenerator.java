package nngt.sim.api.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import nngt.sim.api.GeneratedProject;
import nngt.sim.api.ProjectGenerator;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.io.ResultsFolder;

/**
 * A project generator that ships the very script a script backend runs, with its data files, for people to run
 * with {@code python3}: the files are written into a staging folder and moved into the project folder together,
 * so a failure leaves the folder as it was. A subclass names the script and writes it.
 */
public abstract class ScriptProjectGenerator implements ProjectGenerator {

    private final String scriptName;
    private final String scriptKind;

    /**
     * Creates the generator; stateless, every call writes its own folder.
     *
     * @param scriptName the script's file name, which people run
     * @param scriptKind what the script is, in the summary (e.g. {@code PyNN script})
     */
    protected ScriptProjectGenerator(String scriptName, String scriptKind) {
        this.scriptName = scriptName;
        this.scriptKind = scriptKind;
    }

    /**
     * Writes the script of a plan and its data files into an empty folder, checking the plan first.
     *
     * @param plan   the plan
     * @param folder the folder
     * @throws IllegalArgumentException when the plan uses what the script cannot express
     * @throws UncheckedIOException     when writing fails
     */
    protected abstract void writeScript(SimulationPlan plan, Path folder);

    /**
     * Writes the script and its data into a staging folder beside {@code folder}, then moves them into the folder,
     * which keeps the user's own files ({@link ResultsFolder.Foreign#KEEP}). Options are not read: the script has
     * none.
     *
     * @param plan   the plan
     * @param folder the project folder, created or updated
     * @return the files written, relative to the folder, sorted
     * @throws IllegalArgumentException when the plan uses what the script cannot express (every part listed)
     * @throws IOException              when the folder cannot be used (a file NNGT did not write where the script
     *                                  would write one, a read-only folder) or writing fails; the folder is then
     *                                  unchanged
     */
    @Override
    public final GeneratedProject generate(SimulationPlan plan, Path folder) throws IOException {
        List<String> files;
        Path destination;
        try (ResultsFolder project = ResultsFolder.create(folder, ResultsFolder.Foreign.KEEP,
                "choose another folder")) {
            try {
                writeScript(plan, project.folder());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            files = project.commit();
            destination = project.destination();
        }
        return new GeneratedProject(destination, files, "cd " + destination + " && python3 " + scriptName,
                scriptKind + " " + scriptName + " with " + (files.size() - 1) + " data files");
    }
}
