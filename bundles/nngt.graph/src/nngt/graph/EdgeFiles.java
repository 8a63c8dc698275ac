package nngt.graph;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import nngt.graph.io.EdgeFile;
import nngt.graph.io.EdgeFileException;
import nngt.model.FromFile;

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
}
