package nngt.graph.sonata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import nngt.graph.io.EdgeFile;
import nngt.graph.io.EdgeFileException;

/**
 * SONATA edge files ({@code edges.h5}): {@code /edges/<population>/} with the columns
 * {@code source_node_id}, {@code target_node_id} (each naming its node population in the attribute
 * {@code node_population}), {@code edge_type_id}, and optionally {@code edge_group_id} and
 * {@code edge_group_index} pointing into the edge groups {@code /edges/<population>/<group>/}, whose
 * {@code syn_weight} and {@code delay} (ms) columns give per-edge values. Without
 * {@code edge_group_id} every edge is in group 0; without {@code edge_group_index} a group's edges are
 * its rows in order, as the specification says.
 */
public final class SonataEdges {

    /** SONATA's per-edge weight column. */
    public static final String SYN_WEIGHT = "syn_weight";
    /** SONATA's per-edge delay column, ms. */
    public static final String DELAY = "delay";

    private SonataEdges() {
    }

    /**
     * One edge population of a file.
     *
     * @param name its name (the group under {@code /edges})
     * @param sourceNodes the node population of its sources ({@code node_population} attribute), or null
     * @param targetNodes the node population of its targets, or null
     * @param edges its edge count
     * @param edgeTypes its distinct edge_type_id values, ascending
     */
    public record Population(String name, String sourceNodes, String targetNodes, long edges, int[] edgeTypes) {
    }

    /**
     * @param file a SONATA edges file
     * @return its edge populations, by name
     * @throws EdgeFileException when the file is not HDF5 or not a SONATA edges file
     */
    public static List<Population> populations(Path file) {
        try (HdfFile hdf = open(file)) {
            Group edges = edgesGroup(hdf, file);
            List<Population> populations = new ArrayList<>();
            for (String name : new TreeSet<>(edges.getChildren().keySet())) {
                Group population = Hdf5Columns.group(edges, name);
                if (population == null) {
                    continue;
                }
                Dataset sources = required(population, "source_node_id", file);
                Dataset targets = required(population, "target_node_id", file);
                Dataset types = required(population, "edge_type_id", file);
                int[] distinct = Arrays.stream(Hdf5Columns.ints(types, "edge type id")).distinct().sorted().toArray();
                populations.add(new Population(name, Hdf5Columns.stringAttribute(sources, "node_population"),
                        Hdf5Columns.stringAttribute(targets, "node_population"), Hdf5Columns.rows(sources), distinct));
            }
            return populations;
        } catch (IllegalArgumentException e) {
            throw asEdgeFileError(e, file);
        }
    }

    /**
     * Reads one edge population, or one edge type of it.
     *
     * @param file a SONATA edges file
     * @param population the edge population; null when the file holds exactly one
     * @param edgeType keep only the edges of this edge_type_id; null keeps all
     * @return the edges in file order (node ids as the file gives them), weights signed as SONATA has them
     * @throws EdgeFileException when the file, the population, the type or a column is missing or malformed
     */
    public static EdgeFile read(Path file, String population, Integer edgeType) {
        try (HdfFile hdf = open(file)) {
            Group edges = edgesGroup(hdf, file);
            String name = populationName(edges, population, file);
            Group group = Hdf5Columns.group(edges, name);
            String where = "/edges/" + name;
            int[] sources = Hdf5Columns.ints(required(group, "source_node_id", file), "source node id");
            int[] targets = Hdf5Columns.ints(required(group, "target_node_id", file), "target node id");
            if (targets.length != sources.length) {
                throw new EdgeFileException("In '" + file.getFileName() + "', " + where + "/target_node_id has "
                        + targets.length + " rows but source_node_id has " + sources.length + "; they must be as long.",
                        EdgeFileException.NO_ROW);
            }
            int[] kept = null;
            if (edgeType != null) {
                int[] types = Hdf5Columns.ints(required(group, "edge_type_id", file), "edge type id");
                kept = rowsOfType(types, edgeType, file, where);
            }
            float[][] values = groupValues(group, sources.length, file, where);
            String description = "'" + file.getFileName() + "' (" + where
                    + (edgeType == null ? "" : ", edge type " + edgeType) + ")";
            if (kept == null) {
                return new EdgeFile(description, sources, targets, values[0], values[1], null, true);
            }
            return new EdgeFile(description, select(sources, kept), select(targets, kept), select(values[0], kept),
                    select(values[1], kept), kept, true);
        } catch (EdgeFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw asEdgeFileError(e, file);
        }
    }

    private static HdfFile open(Path file) {
        try {
            return Hdf5Columns.open(file);
        } catch (IllegalArgumentException e) {
            throw new EdgeFileException(e.getMessage(), e);
        }
    }

    private static EdgeFileException asEdgeFileError(IllegalArgumentException e, Path file) {
        if (e instanceof EdgeFileException edgeError) {
            return edgeError;
        }
        return new EdgeFileException("The SONATA edge file '" + file.getFileName() + "' cannot be read: " + e.getMessage(), e);
    }

    private static Group edgesGroup(HdfFile hdf, Path file) {
        Group edges = Hdf5Columns.group(hdf, "edges");
        if (edges == null) {
            throw new EdgeFileException("'" + file.getFileName() + "' is not a SONATA edges file: it has no /edges group.",
                    EdgeFileException.NO_ROW);
        }
        return edges;
    }

    private static String populationName(Group edges, String population, Path file) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Node> child : edges.getChildren().entrySet()) {
            if (child.getValue() instanceof Group) {
                names.add(child.getKey());
            }
        }
        names.sort(null);
        if (population != null) {
            if (!names.contains(population)) {
                throw new EdgeFileException("'" + file.getFileName() + "' has no edge population '" + population
                        + "'; it has " + listed(names) + ".", EdgeFileException.NO_ROW);
            }
            return population;
        }
        if (names.size() != 1) {
            throw new EdgeFileException("'" + file.getFileName() + "' holds " + (names.isEmpty() ? "no edge population"
                    : "the edge populations " + listed(names) + "; choose one with population = \"...\"") + ".",
                    EdgeFileException.NO_ROW);
        }
        return names.get(0);
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "none" : "'" + String.join("', '", names) + "'";
    }

    private static Dataset required(Group group, String name, Path file) {
        Dataset dataset = Hdf5Columns.dataset(group, name);
        if (dataset == null) {
            throw new EdgeFileException("'" + file.getFileName() + "' lacks the column " + group.getPath() + "/" + name
                    + ", which every SONATA edge population has.", EdgeFileException.NO_ROW);
        }
        return dataset;
    }

    private static int[] rowsOfType(int[] types, int edgeType, Path file, String where) {
        int count = 0;
        for (int type : types) {
            if (type == edgeType) {
                count++;
            }
        }
        if (count == 0) {
            int[] present = Arrays.stream(types).distinct().sorted().toArray();
            throw new EdgeFileException("'" + file.getFileName() + "' has no edge of type " + edgeType + " in " + where
                    + "; its edge types are " + Arrays.toString(present) + ".", EdgeFileException.NO_ROW);
        }
        int[] rows = new int[count];
        int next = 0;
        for (int r = 0; r < types.length; r++) {
            if (types[r] == edgeType) {
                rows[next++] = r;
            }
        }
        return rows;
    }

    /** Per-edge syn_weight and delay through the edge groups, NaN where an edge's group lacks them; null when no group has them. */
    private static float[][] groupValues(Group population, int edges, Path file, String where) {
        Map<Integer, float[]> weightsOf = new HashMap<>();
        Map<Integer, float[]> delaysOf = new HashMap<>();
        for (Map.Entry<String, Node> child : population.getChildren().entrySet()) {
            if (child.getValue() instanceof Group group && child.getKey().matches("\\d+")) {
                int id = Integer.parseInt(child.getKey());
                Dataset weight = Hdf5Columns.dataset(group, SYN_WEIGHT);
                Dataset delay = Hdf5Columns.dataset(group, DELAY);
                if (weight != null) {
                    weightsOf.put(id, Hdf5Columns.floats(weight));
                }
                if (delay != null) {
                    delaysOf.put(id, Hdf5Columns.floats(delay));
                }
            }
        }
        if (weightsOf.isEmpty() && delaysOf.isEmpty()) {
            return new float[2][];
        }
        Dataset groupIds = Hdf5Columns.dataset(population, "edge_group_id");
        Dataset groupIndices = Hdf5Columns.dataset(population, "edge_group_index");
        int[] ids = groupIds == null ? new int[edges] : Hdf5Columns.ints(groupIds, "edge group id");
        int[] indices = groupIndices == null ? null : Hdf5Columns.ints(groupIndices, "edge group index");
        if (ids.length != edges || (indices != null && indices.length != edges)) {
            throw new EdgeFileException("In '" + file.getFileName() + "', " + where
                    + "/edge_group_id or edge_group_index does not have one row per edge (" + edges + ").",
                    EdgeFileException.NO_ROW);
        }
        float[] weights = weightsOf.isEmpty() ? null : nan(edges);
        float[] delays = delaysOf.isEmpty() ? null : nan(edges);
        Map<Integer, Integer> nextIndex = new HashMap<>();
        for (int r = 0; r < edges; r++) {
            int id = ids[r];
            int index = indices != null ? indices[r] : nextIndex.merge(id, 1, Integer::sum) - 1;
            fill(weights, weightsOf.get(id), r, index, file, where, SYN_WEIGHT, id);
            fill(delays, delaysOf.get(id), r, index, file, where, DELAY, id);
        }
        return new float[][] { weights, delays };
    }

    private static void fill(float[] out, float[] column, int row, int index, Path file, String where, String name,
            int group) {
        if (out == null || column == null) {
            return;
        }
        if (index < 0 || index >= column.length) {
            throw new EdgeFileException("Row " + row + " of '" + file.getFileName() + "' (" + where
                    + ") points at index " + index + " of the edge group " + group + ", whose " + name + " column has "
                    + column.length + " rows.", row);
        }
        out[row] = column[index];
    }

    private static float[] nan(int length) {
        float[] values = new float[length];
        Arrays.fill(values, Float.NaN);
        return values;
    }

    private static int[] select(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static float[] select(float[] values, int[] rows) {
        if (values == null) {
            return null;
        }
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }
}
