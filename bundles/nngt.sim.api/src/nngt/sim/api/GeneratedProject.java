package nngt.sim.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link ProjectGenerator} wrote.
 *
 * @param folder  the project folder
 * @param files   the generated files, relative to the folder, sorted
 * @param command how to run the project, for people (e.g. {@code ./run.sh})
 * @param summary one sentence on what was generated (e.g. "PyNEST project for NEST 3.10+")
 */
public record GeneratedProject(Path folder, List<String> files, String command, String summary) {

    /** Copies the file list. */
    public GeneratedProject {
        files = List.copyOf(files);
    }
}
