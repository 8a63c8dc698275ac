package nngt.graph.sonata;

import java.math.BigInteger;
import java.nio.file.Path;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;

/**
 * Reads the one-dimensional datasets of a SONATA file into primitive columns, a slice at a time, so that
 * a column of 10^8 unsigned 64-bit ids never exists as a {@code long[]} or {@code BigInteger[]} whole.
 * Whatever integer or floating type the writer chose (h5py and BMTK write {@code uint64} ids, NEST
 * {@code int64}) is accepted.
 */
public final class Hdf5Columns {

    /** Rows read per slice. */
    private static final int SLICE = 1 << 20;

    private Hdf5Columns() {
    }

    /**
     * @param file an HDF5 file
     * @return the open file
     * @throws IllegalArgumentException when the file is not HDF5 (the message names it)
     */
    public static HdfFile open(Path file) {
        try {
            return new HdfFile(file);
        } catch (HdfException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + file + "' is not a readable HDF5 file: " + e.getMessage(), e);
        }
    }

    /**
     * @param parent a group
     * @param name a child's name
     * @return the child group, or null when there is none of that name
     */
    public static Group group(Group parent, String name) {
        Node child = parent.getChildren().get(name);
        return child instanceof Group group ? group : null;
    }

    /**
     * @param parent a group
     * @param name a child's name
     * @return the child dataset, or null when there is none of that name
     */
    public static Dataset dataset(Group parent, String name) {
        Node child = parent.getChildren().get(name);
        return child instanceof Dataset dataset ? dataset : null;
    }

    /**
     * @param dataset a dataset
     * @return its row count
     * @throws IllegalArgumentException when it is not one-dimensional
     */
    public static long rows(Dataset dataset) {
        long[] dimensions = dataset.getDimensionsAsLong();
        if (dimensions.length != 1) {
            throw new IllegalArgumentException("Dataset " + dataset.getPath() + " has " + dimensions.length
                    + " dimensions; SONATA columns have one.");
        }
        return dimensions[0];
    }

    /**
     * @param dataset a one-dimensional integer dataset
     * @param what what the values are, for the messages ("source node id")
     * @return its values
     * @throws IllegalArgumentException when a value is not an integer of the {@code int} range (the row is named)
     */
    public static int[] ints(Dataset dataset, String what) {
        int[] out = new int[length(dataset)];
        eachRow(dataset, (slice, i, row) -> {
            long value = integer(slice, i, dataset, row);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Row " + row + " of " + dataset.getPath() + " holds the "
                        + what + " " + value + ", beyond the range of ids this workbench holds.");
            }
            out[(int) row] = (int) value;
        });
        return out;
    }

    /**
     * @param dataset a one-dimensional numeric dataset
     * @return its values as doubles (neuron parameters and positions keep their precision)
     */
    public static double[] doubles(Dataset dataset) {
        double[] out = new double[length(dataset)];
        eachRow(dataset, (slice, i, row) -> out[(int) row] = real(slice, i, dataset, row));
        return out;
    }

    /**
     * @param dataset a one-dimensional numeric dataset
     * @return its values as floats (the precision of the network's weight and delay columns)
     */
    public static float[] floats(Dataset dataset) {
        float[] out = new float[length(dataset)];
        eachRow(dataset, (slice, i, row) -> out[(int) row] = (float) real(slice, i, dataset, row));
        return out;
    }

    /** What to do with one row of a slice: its position {@code i} in the slice array and its row in the dataset. */
    @FunctionalInterface
    private interface RowAction {
        void accept(Object slice, int i, long row);
    }

    /** Reads a dataset a slice of {@value #SLICE} rows at a time, handing each row to the action. */
    private static void eachRow(Dataset dataset, RowAction action) {
        long rows = rows(dataset);
        for (long from = 0; from < rows; from += SLICE) {
            int count = (int) Math.min(SLICE, rows - from);
            Object slice = dataset.getData(new long[] { from }, new int[] { count });
            for (int i = 0; i < count; i++) {
                action.accept(slice, i, from + i);
            }
        }
    }

    /** The row count of a dataset read into one Java array. */
    private static int length(Dataset dataset) {
        long rows = rows(dataset);
        if (rows > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Dataset " + dataset.getPath() + " has " + rows + " rows; at most "
                    + (Integer.MAX_VALUE - 8) + " fit in one array.");
        }
        return (int) rows;
    }

    /**
     * @param node a group or dataset
     * @param name an attribute's name
     * @return the attribute's value as text (a scalar string or the first of a string array), or null when absent
     */
    public static String stringAttribute(Node node, String name) {
        Attribute attribute = node.getAttributes().get(name);
        if (attribute == null) {
            return null;
        }
        Object data = attribute.getData();
        if (data instanceof String[] array) {
            return array.length == 0 ? null : array[0];
        }
        return String.valueOf(data);
    }

    private static long integer(Object slice, int i, Dataset dataset, long row) {
        if (slice instanceof long[] a) {
            return a[i];
        } else if (slice instanceof int[] a) {
            return a[i];
        } else if (slice instanceof short[] a) {
            return a[i];
        } else if (slice instanceof byte[] a) {
            return a[i];
        } else if (slice instanceof BigInteger[] a) {
            return a[i].bitLength() < 64 ? a[i].longValue() : Long.MAX_VALUE;
        }
        throw new IllegalArgumentException("Dataset " + dataset.getPath() + " holds " + describe(slice)
                + " (row " + row + "); a number was expected (SONATA ids and indices are integers).");
    }

    /** A value of a numeric slice: floating types as they are, integer types through {@link #integer}. */
    private static double real(Object slice, int i, Dataset dataset, long row) {
        if (slice instanceof double[] a) {
            return a[i];
        } else if (slice instanceof float[] a) {
            return a[i];
        } else if (slice instanceof BigInteger[] a) {
            return a[i].doubleValue(); // unsigned 64-bit values beyond long's range keep their magnitude
        }
        return integer(slice, i, dataset, row);
    }

    private static String describe(Object slice) {
        return slice == null ? "nothing" : slice.getClass().getComponentType() == null ? slice.getClass().getSimpleName()
                : slice.getClass().getComponentType().getSimpleName() + " values";
    }
}
