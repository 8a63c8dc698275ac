package nngt.graph;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import nngt.catalog.ModelKind;
import nngt.catalog.ModelSpec;
import nngt.catalog.NestCatalog;
import nngt.catalog.NestFamily;
import nngt.graph.io.EdgeFile;
import nngt.graph.io.EdgeFileException;
import nngt.model.FromFile;
import nngt.model.NeuralGroup;
import nngt.model.SynapseSpec;
import nngt.model.api.SynapseSpecResolver;

/**
 * The edge file of a {@code from_file} rule: where it is (relative paths are relative to the folder of the
 * model file, else to the working directory) and its content, read once per version of the file. The
 * editor's validator and the instantiator ask for the same file on every keystroke and every run, so
 * the content is kept (softly: the collector may drop it under memory pressure) until the file's size or
 * modification time changes.
 */
public final class EdgeFiles {

    private record Key(Path file, String population, Integer edgeType) {
    }

    private record Version(long size, FileTime modified) {
    }

    private record Cached(Version version, SoftReference<EdgeFile> content) {
    }

    private static final Map<Key, Cached> CACHE = new ConcurrentHashMap<>();

    private EdgeFiles() {
    }

    /**
     * @param rule a from_file rule inside a model (with or without a resource)
     * @return the file's absolute, normalised path
     * @throws EdgeFileException when the path is empty or not a valid path
     */
    public static Path locate(FromFile rule) {
        String text = rule.getPath();
        if (text == null || text.isBlank()) {
            throw new EdgeFileException("from_file needs a file name, e.g. from_file(\"edges.h5\").", EdgeFileException.NO_ROW);
        }
        Path path;
        try {
            path = Paths.get(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new EdgeFileException("'" + text + "' is not a valid file path: " + e.getReason() + ".", e);
        }
        return (path.isAbsolute() ? path : folderOf(rule.eResource()).resolve(path)).normalize();
    }

    /**
     * @param resource a model's resource, or null
     * @return the folder its relative file names are relative to: the model file's folder (platform URIs of
     *         the Eclipse workspace resolved to files first), else the working directory
     */
    public static Path folderOf(Resource resource) {
        URI uri = resource == null || resource.getURI() == null ? null : CommonPlugin.resolve(resource.getURI());
        if (uri != null && uri.isFile()) {
            return Paths.get(uri.toFileString()).toAbsolutePath().getParent();
        }
        return Paths.get("").toAbsolutePath();
    }

    /**
     * @param rule a from_file rule inside a model
     * @return the file's edges (shared: never to be changed)
     * @throws EdgeFileException when the file is missing, unreadable or malformed
     */
    public static EdgeFile read(FromFile rule) {
        Path file = locate(rule);
        Key key = new Key(file, rule.getPopulation(), rule.getEdgeType());
        Version version = version(file);
        Cached cached = CACHE.get(key);
        EdgeFile content = cached != null && Objects.equals(cached.version(), version) ? cached.content().get() : null;
        if (content == null) {
            content = EdgeFile.read(file, rule.getPopulation(), rule.getEdgeType());
            if (version != null) {
                CACHE.put(key, new Cached(version, new SoftReference<>(content)));
            }
        }
        return content;
    }

    private static Version version(Path file) {
        try {
            return new Version(Files.size(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Every synapse parameter a file gives an edge must be one that the synapse model of the edge's group pair has:
     * a pair without a synapse specification is static_synapse, which has none. Checked once per specification and
     * name; the instantiation and the language validator both call this.
     *
     * @param file the edges, already {@linkplain EdgeFile#check checked} against the connection
     * @param sourceGroups the group index (into {@code groups}) of every local source id
     * @param targetGroups the group index of every local target id
     * @param groups the population's groups, in order
     * @param specOfPair for each (source group, target group) pair, row-major, the index into {@code specs} or -1
     * @param specs the model's synapse specifications
     * @param family the NEST family whose catalog names the synapse models' parameters
     * @throws EdgeFileException naming the first offending row, the parameter and what would be valid
     */
    public static void checkSynapseParameters(EdgeFile file, int[] sourceGroups, int[] targetGroups,
            List<NeuralGroup> groups, int[] specOfPair, List<SynapseSpec> specs, NestFamily family) {
        int g = groups.size();
        file.parameters().forEach((name, values) -> {
            boolean[] checked = new boolean[specs.size()];
            for (int e = 0; e < values.length; e++) {
                if (Float.isNaN(values[e])) {
                    continue;
                }
                int sourceGroup = sourceGroups[file.sources()[e]];
                int targetGroup = targetGroups[file.targets()[e]];
                int spec = specOfPair[sourceGroup * g + targetGroup];
                if (spec < 0) {
                    String pair = groups.get(sourceGroup).getName() + " -> " + groups.get(targetGroup).getName();
                    throw file.rowError(e, "it gives the synapse parameter '" + name + "', but no synapse "
                            + "specification covers the group pair '" + pair.replace(" -> ", "' -> '")
                            + "', whose edges are static_synapse (without parameters); declare one, e.g. 'synapse "
                            + pair + ": tsodyks2_synapse'.");
                }
                if (checked[spec]) {
                    continue;
                }
                checked[spec] = true;
                SynapseSpec synapse = specs.get(spec);
                String modelName = synapse.getSynapseModel() == null ? SynapseSpecResolver.NEST_DEFAULT_SYNAPSE_MODEL
                        : synapse.getSynapseModel();
                Optional<ModelSpec> synapseModel = NestCatalog.standard().model(modelName, ModelKind.SYNAPSE, family);
                if (synapseModel.isPresent() && !synapseModel.get().settableNames().contains(name)) {
                    throw file.rowError(e, "it gives the synapse parameter '" + name + "', which " + modelName
                            + " (the specification " + SynapseSpecResolver.describeKey(synapse)
                            + ") does not have; its parameters are " + synapseModel.get().settableNames() + ".");
                }
            }
        });
    }
}
