package nngt.sim.api;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds {@link ProjectGenerator} implementations through {@link ServiceLoader} (plain class path, the command
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
        List<ProjectGenerator> found = new ArrayList<>();
        ServiceLoader.load(ProjectGenerator.class, loader).forEach(found::add);
        found.sort((a, b) -> a.id().compareTo(b.id()));
        return found;
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
        List<ProjectGenerator> all = available(loader);
        for (ProjectGenerator generator : all) {
            if (generator.id().equals(id)) {
                return generator;
            }
        }
        List<String> ids = all.stream().map(ProjectGenerator::id).toList();
        throw new IllegalArgumentException("target: no generator '" + id + "' is registered; available: " + ids);
    }
}
