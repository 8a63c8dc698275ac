package nngt.graph.io;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

import nngt.graph.sonata.SonataEdges;

/**
 * The edges of one connection as a file gives them: local source and target ids (0 is the first neuron
 * of the connection's source, respectively target, selection), and the weights and delays where the file
 * has them, and the synapse parameters it gives per edge. Columnar: four primitive arrays, 16 bytes per edge
 * (and 4 per synapse parameter column) at most.
 *
 * <p>Formats, by extension: NNGT's edge list {@code .el} and neighbour list {@code .nn} (their
 * {@code weight} and {@code delay} columns), and SONATA edges {@code .h5} (one edge population,
 * optionally one edge type; {@code syn_weight} and {@code delay} of the edge groups, see
 * {@link SonataEdges}).
 *
 * <p>Signs: the network keeps inhibitory weights positive. SONATA weights are signed as the simulator
 * takes them (NEST's convention), so a SONATA weight must be at most 0 from an inhibitory source and at
 * least 0 from an excitatory one; NNGT files hold magnitudes, so any sign is accepted from an inhibitory
 * source there, and a negative weight from an excitatory source is an error in every format.
 * The network stores the magnitudes of the weights {@link #check} accepted. An instance is never changed
 * after reading, so that it can be shared (see the cache of {@code nngt.graph.EdgeFiles}); its arrays are not
 * copies, not to be changed.
 *
 * @param description how messages name the file ("edges.h5, population 'exc'")
 * @param sources local source ids
 * @param targets local target ids, as many
 * @param weights weights as the file gives them (NaN where a row has none), or null when the file has none
 * @param delays delays in ms (NaN where a row has none), or null when the file has none
 * @param parameters synapse parameters given per edge, by NEST name, sorted, in NEST units (NaN where a row has
 *        none); empty when the file gives none
 * @param rows the file row of every edge when the edges are a subset of the file's, else null (row = index)
 * @param signedWeights whether weights carry the inhibitory sign (SONATA) or are magnitudes (NNGT)
 */
public record EdgeFile(String description, int[] sources, int[] targets, float[] weights, float[] delays,
        Map<String, float[]> parameters, int[] rows, boolean signedWeights) {

    /** The extensions read, lower case. */
    public static final java.util.List<String> EXTENSIONS = java.util.List.of("el", "nn", "h5");

    /**
     * Checks that the columns are as long; keeps the arrays (no copy) and an unmodifiable sorted copy of the map.
     */
    public EdgeFile {
        if (sources.length != targets.length || (weights != null && weights.length != sources.length)
                || (delays != null && delays.length != sources.length) || (rows != null && rows.length != sources.length)
                || parameters.values().stream().anyMatch(column -> column.length != sources.length)) {
            throw new IllegalArgumentException("The columns of " + description + " differ in length.");
        }
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /**
     * Reads an edge file.
     *
     * @param file the file; its extension chooses the format
     * @param population SONATA: the edge population, null when the file holds one; must be null otherwise
     * @param edgeType SONATA: keep only this edge_type_id, or null; must be null otherwise
     * @return the edges, in file order
     * @throws EdgeFileException when the file is missing, unreadable or malformed (the message names it and,
     *         where one row is at fault, the row)
     */
    public static EdgeFile read(Path file, String population, Integer edgeType) {
        if (!Files.isRegularFile(file)) {
            throw new EdgeFileException("The edge file '" + file + "' does not exist.", EdgeFileException.NO_ROW);
        }
        if (!Files.isReadable(file)) {
            throw new EdgeFileException("The edge file '" + file + "' cannot be read (permissions).", EdgeFileException.NO_ROW);
        }
        String extension = extension(file);
        if (!EXTENSIONS.contains(extension)) {
            throw new EdgeFileException("The edge file '" + file.getFileName() + "' has the extension '." + extension
                    + "'; from_file reads NNGT edge lists (.el), neighbour lists (.nn) and SONATA edges (.h5).",
                    EdgeFileException.NO_ROW);
        }
        if (extension.equals("h5")) {
            return SonataEdges.read(file, population, edgeType);
        }
        if (population != null || edgeType != null) {
            throw new EdgeFileException("The edge file '" + file.getFileName() + "' is an NNGT ." + extension
                    + " file, which has no edge populations or types; 'population' and 'edge_type' apply to SONATA .h5 files.",
                    EdgeFileException.NO_ROW);
        }
        GraphData data;
        try {
            data = GraphFiles.load(file);
        } catch (UncheckedIOException e) {
            throw new EdgeFileException("The edge file '" + file + "' cannot be read: " + e.getCause().getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new EdgeFileException("The edge file '" + file.getFileName() + "' is malformed: " + e.getMessage(), e);
        }
        return new EdgeFile("'" + file.getFileName() + "'", data.sources(), data.targets(),
                column(data, GraphData.WEIGHT, file), column(data, GraphData.DELAY, file), Map.of(), null, false);
    }

    private static float[] column(GraphData data, String name, Path file) {
        Attribute attribute = data.edgeAttributes().get(name);
        if (attribute == null) {
            return null;
        }
        if (attribute.isString()) {
            throw new EdgeFileException("The edge file '" + file.getFileName() + "' declares its '" + name
                    + "' column as text; it must hold numbers.", EdgeFileException.NO_ROW);
        }
        float[] values = new float[attribute.size()];
        for (int e = 0; e < values.length; e++) {
            values[e] = (float) attribute.number(e);
        }
        return values;
    }

    /**
     * @param file a file
     * @return its extension, lower case, without the dot ("" when none)
     */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Checks every row against the connection: ids inside the
     * selections, finite non-negative delays, weight signs that agree with the source's type.
     *
     * @param sourceCount neurons in the source selection
     * @param targetCount neurons in the target selection
     * @param inhibitorySource whether a local source id is an inhibitory neuron
     * @throws EdgeFileException naming the first offending row and its values
     */
    public void check(int sourceCount, int targetCount, IntPredicate inhibitorySource) {
        for (int e = 0; e < sources.length; e++) {
            if (sources[e] < 0 || sources[e] >= sourceCount) {
                throw rowError(e, "its source id " + sources[e] + " is outside the source selection, whose "
                        + sourceCount + " neurons have the local ids 0 to " + (sourceCount - 1) + ".");
            }
            if (targets[e] < 0 || targets[e] >= targetCount) {
                throw rowError(e, "its target id " + targets[e] + " is outside the target selection, whose "
                        + targetCount + " neurons have the local ids 0 to " + (targetCount - 1) + ".");
            }
            if (delays != null && !Float.isNaN(delays[e]) && !(delays[e] >= 0 && delays[e] < Float.POSITIVE_INFINITY)) {
                throw rowError(e, "its delay " + delays[e] + " ms is not a finite value of 0 or more.");
            }
            if (weights != null && !Float.isNaN(weights[e])) {
                float weight = weights[e];
                if (Float.isInfinite(weight)) {
                    throw rowError(e, "its weight is infinite.");
                }
                boolean inhibitory = inhibitorySource.test(sources[e]);
                if (weight < 0 && !inhibitory) {
                    throw rowError(e, "its weight " + weight + " is negative but its source is excitatory; "
                            + "only inhibitory sources may have negative weights.");
                }
                if (weight > 0 && inhibitory && signedWeights) {
                    throw rowError(e, "its weight " + weight + " is positive but its source is inhibitory; SONATA "
                            + "weights carry the sign, so an inhibitory source's weights must be 0 or less.");
                }
            }
        }
    }

    /**
     * @param e an edge index
     * @param reason why the row does not fit, a full sentence
     * @return the error that names the edge's file row and its values, then the reason
     */
    public EdgeFileException rowError(int e, String reason) {
        long row = row(e);
        return new EdgeFileException("Row " + row + " of " + description + " (source " + sources[e] + ", target "
                + targets[e] + (weights == null ? "" : ", weight " + weights[e])
                + (delays == null ? "" : ", delay " + delays[e] + " ms") + "): " + reason, row);
    }

    /**
     * The first edge that repeats an earlier one (the same local source and target), in file order. The edges are
     * grouped by target (4 bytes per edge, once) and each target's sources sorted, so a file of 10^7 edges takes
     * a fraction of a second.
     *
     * @return the index of the first edge whose (source, target) an earlier edge has, or -1 when none repeats
     */
    public int firstRepeatedEdge() {
        int targetCount = 0;
        for (int target : targets) {
            targetCount = Math.max(targetCount, target + 1);
        }
        int[] starts = new int[targetCount + 1];
        for (int target : targets) {
            starts[target + 1]++;
        }
        int largest = 0;
        for (int t = 0; t < targetCount; t++) {
            largest = Math.max(largest, starts[t + 1]);
            starts[t + 1] += starts[t];
        }
        int[] byTarget = new int[targets.length];
        int[] next = java.util.Arrays.copyOf(starts, targetCount);
        for (int e = 0; e < targets.length; e++) {
            byTarget[next[targets[e]]++] = e;
        }
        long[] keys = new long[largest];
        int first = -1;
        for (int t = 0; t < targetCount; t++) {
            int length = starts[t + 1] - starts[t];
            for (int k = 0; k < length; k++) {
                int e = byTarget[starts[t] + k];
                keys[k] = (long) sources[e] << 32 | e; // ids are non-negative once check() passed
            }
            java.util.Arrays.sort(keys, 0, length);
            for (int k = 1; k < length; k++) {
                if (keys[k] >>> 32 == keys[k - 1] >>> 32) {
                    int repeated = (int) keys[k];
                    first = first < 0 ? repeated : Math.min(first, repeated);
                }
            }
        }
        return first;
    }

    /**
     * @param e an edge index
     * @return its row in the file (0-based)
     */
    public long row(int e) {
        return rows == null ? e : rows[e];
    }

    /** @return the number of edges */
    public int size() {
        return sources.length;
    }
}
