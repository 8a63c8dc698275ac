package nngt.graph.sonata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * {@code syn_weight} and {@code delay} (ms) columns give per-edge values, and whose {@code dynamics_params/<name>}
 * columns give per-edge synapse parameters (NEST names and units). Without
 * {@code edge_group_id} every edge is in group 0; without {@code edge_group_index} a group's edges are
 * its rows in order, as the specification says.
 */
public final class SonataEdges {

    /** SONATA's per-edge weight column. */
    public static final String SYN_WEIGHT = "syn_weight";
    /** SONATA's per-edge delay column, ms. */
    public static final String DELAY = "delay";
    /** The sub-group of an edge (or node) group whose columns are per-edge (per-node) model parameters. */
    public static final String DYNAMICS_PARAMS = "dynamics_params";

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
            Map<String, float[]> columns = groupColumns(group, sources.length, file, where);
            Map<String, float[]> parameters = new TreeMap<>();
            for (Map.Entry<String, float[]> column : columns.entrySet()) {
                float[] values = kept == null ? column.getValue() : select(column.getValue(), kept);
                // a parameter no kept edge has (another edge type's) is no column of these edges
                if (column.getKey().startsWith(DYNAMICS_PARAMS + "/") && !allNaN(values)) {
                    parameters.put(column.getKey().substring(DYNAMICS_PARAMS.length() + 1), values);
                }
            }
            String description = "'" + file.getFileName() + "' (" + where
                    + (edgeType == null ? "" : ", edge type " + edgeType) + ")";
            if (kept == null) {
                return new EdgeFile(description, sources, targets, columns.get(SYN_WEIGHT), columns.get(DELAY),
                        parameters, null, true);
            }
            return new EdgeFile(description, select(sources, kept), select(targets, kept),
                    select(columns.get(SYN_WEIGHT), kept), select(columns.get(DELAY), kept), parameters, kept, true);
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

    /**
     * The per-edge columns of the edge groups ({@code syn_weight}, {@code delay} and every {@code
     * dynamics_params/<name>}), each resolved for every edge through {@code edge_group_id} and {@code
     * edge_group_index}: NaN where an edge's group lacks the column. Only the columns some group has.
     */
    private static Map<String, float[]> groupColumns(Group population, int edges, Path file, String where) {
        Map<String, Map<Integer, float[]>> columnsOfGroup = new TreeMap<>();
        for (Map.Entry<String, Node> child : population.getChildren().entrySet()) {
            if (child.getValue() instanceof Group group && child.getKey().matches("\\d+")) {
                int id = Integer.parseInt(child.getKey());
                for (String name : List.of(SYN_WEIGHT, DELAY)) {
                    Dataset column = Hdf5Columns.dataset(group, name);
                    if (column != null) {
                        columnsOfGroup.computeIfAbsent(name, key -> new HashMap<>()).put(id, Hdf5Columns.floats(column));
                    }
                }
                Group dynamics = Hdf5Columns.group(group, DYNAMICS_PARAMS);
                if (dynamics != null) {
                    for (Map.Entry<String, Node> parameter : dynamics.getChildren().entrySet()) {
                        if (parameter.getValue() instanceof Dataset column) {
                            columnsOfGroup.computeIfAbsent(DYNAMICS_PARAMS + "/" + parameter.getKey(),
                                    key -> new HashMap<>()).put(id, Hdf5Columns.floats(column));
                        }
                    }
                }
            }
        }
        if (columnsOfGroup.isEmpty()) {
            return Map.of();
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
        if (indices == null) {
            // the specification: without edge_group_index a group's edges are its rows in order
            indices = new int[edges];
            Map<Integer, Integer> nextIndex = new HashMap<>();
            for (int r = 0; r < edges; r++) {
                indices[r] = nextIndex.merge(ids[r], 1, Integer::sum) - 1;
            }
        }
        Map<String, float[]> columns = new TreeMap<>();
        for (Map.Entry<String, Map<Integer, float[]>> entry : columnsOfGroup.entrySet()) {
            float[] out = nan(edges);
            for (int r = 0; r < edges; r++) {
                float[] column = entry.getValue().get(ids[r]);
                if (column == null) {
                    continue;
                }
                if (indices[r] < 0 || indices[r] >= column.length) {
                    throw new EdgeFileException("Row " + r + " of '" + file.getFileName() + "' (" + where
                            + ") points at index " + indices[r] + " of the edge group " + ids[r] + ", whose "
                            + entry.getKey() + " column has " + column.length + " rows.", r);
                }
                out[r] = column[indices[r]];
            }
            columns.put(entry.getKey(), out);
        }
        return columns;
    }

    private static boolean allNaN(float[] values) {
        for (float value : values) {
            if (!Float.isNaN(value)) {
                return false;
            }
        }
        return true;
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
