package nngt.graph.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import nngt.model.api.AtomicFile;

/**
 * Saves and loads graphs by file extension, as NNGT's {@code save_to_file}/{@code load_from_file}:
 * {@code .el} edge list, {@code .nn} neighbour list, {@code .graphml}/{@code .xml} GraphML,
 * {@code .gml} GML; {@code .txt}/{@code .edges} are read as plain edge lists. Files are written to a
 * temporary file beside the destination and then moved over it, so a failure never leaves partial output.
 */
public final class GraphFiles {

    private GraphFiles() {
    }

    /**
     * @param data the graph
     * @param file destination; its extension chooses the format
     * @throws IllegalArgumentException when the extension is not a known format or the data cannot be
     *         written in it
     * @throws UncheckedIOException when writing fails
     */
    public static void save(GraphData data, Path file) {
        String format = format(file, false);
        try {
            AtomicFile.write(file, temporary -> {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    switch (format) {
                        case "el" -> NngtFormat.writeEdgeList(data, writer);
                        case "nn" -> NngtFormat.writeNeighbourList(data, writer);
                        case "graphml" -> GraphMlWriter.write(data, writer);
                        default -> GmlWriter.write(data, writer);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a graph file; its extension chooses the format
     * @return its content
     * @throws IllegalArgumentException when the extension is not a known format or the content is malformed
     * @throws UncheckedIOException when reading fails
     */
    public static GraphData load(Path file) {
        String format = format(file, true);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return switch (format) {
                case "el" -> NngtFormat.readEdgeList(reader);
                case "nn" -> NngtFormat.readNeighbourList(reader);
                case "graphml" -> JGraphTFormats.readGraphMl(reader);
                default -> JGraphTFormats.readGml(reader);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(Path file, boolean reading) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        switch (extension) {
            case "el", "nn", "gml", "graphml":
                return extension;
            case "xml":
                return "graphml";
            case "txt", "edges":
                if (reading) {
                    return "el";
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("File '" + file + "' has the extension '" + extension
                + "'; known formats are .el, .nn, .graphml, .xml and .gml" + (reading ? " (and .txt/.edges plain edge lists)." : "."));
    }
}
