package nngt.workbench.ui.run;

import java.util.List;

import nngt.sim.api.ProjectGenerator;

/**
 * The project generators installed in this Eclipse: every {@link ProjectGenerator} registered as an OSGi service
 * (each generator bundle declares a Declarative Services component). Nothing here names a generator.
 */
public final class InstalledGenerators {

    private InstalledGenerators() {
    }

    /**
     * @return the installed generators, sorted by id
     */
    public static List<ProjectGenerator> all() {
        return InstalledServices.all(ProjectGenerator.class, ProjectGenerator::id);
    }

    /**
     * The installed generator with the given id.
     *
     * @param id a generator id such as {@code nest}
     * @return the generator
     * @throws IllegalArgumentException when no installed generator has that id; the message lists the installed ones
     */
    public static ProjectGenerator byId(String id) {
        return InstalledServices.byId(ProjectGenerator.class, ProjectGenerator::id, id, "generator");
    }
}
