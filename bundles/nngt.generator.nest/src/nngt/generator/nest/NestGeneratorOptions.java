package nngt.generator.nest;

import java.nio.file.Path;

/**
 * Every option of the NEST project generator, with its default, in one place.
 *
 * <ul>
 * <li>{@code flavour} (default {@link Flavour#FROM_MODEL}): the NEST API the project targets. {@code FROM_MODEL}
 * takes the model's {@code nest} line (2.20 gives the NEST 2.20 flavour; 3, 3.10 or no line give NEST 3).
 * The NEST 3 flavour runs on NEST 3.0 to 3.10: it avoids the APIs that 3.10 removed or deprecated (SLI,
 * {@code set_verbosity}, {@code GetStatus}) where a replacement exists, choosing at run time.</li>
 * <li>{@code connectionMode} (default {@link ConnectionMode#ARRAYS}): {@code ARRAYS} ships every edge of the
 * instance in {@code network/*.npy}; {@code NATIVE} emits the connections whose rule NEST has (fixed in- and
 * out-degree, all-to-all, and Erdos-Renyi multigraphs as {@code fixed_total_number} with the instance's edge
 * count: NEST's rule cannot exclude repeated pairs) as NEST rules, so that NEST draws those graphs, and ships
 * the others as arrays.</li>
 * <li>{@code shards} (default 0 = the model's MPI process count, at least 1): edge files are ordered by
 * target shard (NEST id modulo shards) so that an MPI rank reads only the edges whose targets it hosts
 * when the process count divides the shard count.</li>
 * <li>{@code outputFolder} (required): the project folder; written atomically; only files the generator
 * wrote before are replaced.</li>
 * </ul>
 *
 * @param flavour the NEST API flavour
 * @param connectionMode how connections reach NEST
 * @param shards number of target shards of the edge files, or 0 for the model's MPI process count
 * @param outputFolder the project folder
 */
public record NestGeneratorOptions(Flavour flavour, ConnectionMode connectionMode, int shards, Path outputFolder) {

    /** The NEST API a project targets. */
    public enum Flavour {
        /** The model's {@code nest} line decides; NEST 3 when it has none. */
        FROM_MODEL,
        /** NEST 3.0 to 3.10. */
        NEST_3,
        /** NEST 2.20. */
        NEST_2_20
    }

    /** How the connections reach NEST. */
    public enum ConnectionMode {
        /** Every edge of the instance as arrays, one {@code one_to_one} Connect per group pair. */
        ARRAYS,
        /** NEST's own rules where the model's rule has one; arrays otherwise. */
        NATIVE
    }

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException when an option is null or shards is negative or above 4096
     */
    public NestGeneratorOptions {
        if (flavour == null) {
            throw new IllegalArgumentException("Option 'flavour' is null; use FROM_MODEL, NEST_3 or NEST_2_20.");
        }
        if (connectionMode == null) {
            throw new IllegalArgumentException("Option 'connectionMode' is null; use ARRAYS or NATIVE.");
        }
        if (shards < 0 || shards > 4096) {
            throw new IllegalArgumentException("Option 'shards' is " + shards
                    + "; it must be 0 (the model's MPI process count) or 1 to 4096.");
        }
        if (outputFolder == null) {
            throw new IllegalArgumentException("Option 'outputFolder' is null; give the project folder.");
        }
    }

    /**
     * @param outputFolder the project folder
     * @return the defaults: flavour from the model, arrays, shards from the model
     */
    public static NestGeneratorOptions defaults(Path outputFolder) {
        return new NestGeneratorOptions(Flavour.FROM_MODEL, ConnectionMode.ARRAYS, 0, outputFolder);
    }

    /**
     * @param value the flavour
     * @return a copy with that flavour
     */
    public NestGeneratorOptions withFlavour(Flavour value) {
        return new NestGeneratorOptions(value, connectionMode, shards, outputFolder);
    }

    /**
     * @param value the connection mode
     * @return a copy with that mode
     */
    public NestGeneratorOptions withConnectionMode(ConnectionMode value) {
        return new NestGeneratorOptions(flavour, value, shards, outputFolder);
    }

    /**
     * @param value the shard count, or 0 for the model's MPI process count
     * @return a copy with that shard count
     */
    public NestGeneratorOptions withShards(int value) {
        return new NestGeneratorOptions(flavour, connectionMode, value, outputFolder);
    }
}
