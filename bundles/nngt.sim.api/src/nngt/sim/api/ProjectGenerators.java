package nngt.sim.api;

import java.util.List;

/**
 * Finds {@link ProjectGenerator} implementations through {@link java.util.ServiceLoader} (plain class path, the command
 * line). Inside OSGi, obtain generators as Declarative Services references instead.
 */
public final class ProjectGenerators {

    private ProjectGenerators() {
    }

    /**
     * All generators visible to the given class loader.
     *
     * @param loader the loader to search
     * @return the generators found, sorted by id
     */
    public static List<ProjectGenerator> available(ClassLoader loader) {
        return Services.available(ProjectGenerator.class, ProjectGenerator::id, loader);
    }

    /**
     * The generator with the given id.
     *
     * @param id     the generator id, e.g. {@code nest}
     * @param loader the loader to search
     * @return the generator
     * @throws IllegalArgumentException when no generator has that id; the message lists the ids found
     */
    public static ProjectGenerator byId(String id, ClassLoader loader) {
        return Services.byId(ProjectGenerator.class, ProjectGenerator::id, id, "target: no generator", loader);
    }
}
