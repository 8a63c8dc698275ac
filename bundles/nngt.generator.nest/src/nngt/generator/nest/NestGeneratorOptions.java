package nngt.generator.nest;

import java.nio.file.Path;
import java.util.Map;

/**
 * Every option of the NEST project generator, with its default, in one place.
 *
 * <ul>
 * <li>{@code flavour} (default {@link Flavour#FROM_MODEL}): the NEST API the project targets. {@code FROM_MODEL}
 * takes the plan's {@linkplain nngt.sim.api.SimulationPlan#family() family}, i.e. the model's {@code nest} line
 * (2.20 gives the NEST 2.20 flavour; 3, 3.10 or no line give NEST 3); {@code NEST_3} keeps the 3.10 rules of a
 * model that names 3.10. The generator services choose it: {@code nest} is NEST 3, {@code nest2} NEST 2.20.
 * The NEST 3 flavour runs on NEST 3.0 to 3.10: it avoids the APIs that 3.10 removed or deprecated (SLI,
 * {@code set_verbosity}, {@code GetStatus}) where a replacement exists, choosing at run time.</li>
 * <li>{@code connectionMode} (default {@link ConnectionMode#ARRAYS}; plan option {@value #CONNECTIONS} with
 * {@code arrays}, {@code native} or {@code sonata}): {@code ARRAYS} ships every edge of the
 * instance in {@code network/*.npy}; {@code NATIVE} emits the connections whose rule NEST has (fixed in- and
 * out-degree, all-to-all, and Erdos-Renyi multigraphs as {@code fixed_total_number} with the instance's edge
 * count: NEST's rule cannot exclude repeated pairs) as NEST rules, so that NEST draws those graphs, and ships
 * the others as arrays; {@code SONATA} ships the neurons and every edge as a SONATA circuit in
 * {@code network/sonata/} (written by {@code nngt.generator.sonata}), built by NEST's own loader
 * ({@code nest.SonataNetwork(...).BuildNetwork()}, NEST 3.5 or later with HDF5, plus h5py and pandas), which reads
 * the edge files in C++ on every process; NEST's loader reads only weights and delays per edge, so plans with
 * synapse parameters drawn per edge keep the arrays.</li>
 * <li>{@code shards} (default 0 = the plan's {@linkplain nngt.sim.api.SimulationPlan#shards() grouping}, else its
 * MPI process count; plan option {@value #SHARDS} with a number from 1 to 4096): edge files are ordered by
 * target rank (NEST id modulo shards) so that an MPI rank reads only the edges whose targets it hosts
 * when the process count divides the shard count. A plan of one shard (the edges of one rank) makes a project
 * of that rank's part, to be run by that rank of exactly that many processes.</li>
 * <li>{@code outputFolder} (required): the project folder; written atomically; only files the generator
 * wrote before are replaced.</li>
 * </ul>
 *
 * @param flavour the NEST API flavour
 * @param connectionMode how connections reach NEST
 * @param shards number of target shards of the edge files, or 0 for the plan's grouping or MPI process count
 * @param outputFolder the project folder
 */
public record NestGeneratorOptions(Flavour flavour, ConnectionMode connectionMode, int shards, Path outputFolder) {

    /** The plan option that sets {@code connectionMode}: {@code arrays}, {@code native} or {@code sonata}. */
    public static final String CONNECTIONS = "nest.connections";
    /** The plan option that sets {@code shards}: a number from 1 to {@value #MAX_SHARDS}. */
    public static final String SHARDS = "nest.shards";
    /** The most ranks edge files are grouped for (the files hold one offset per rank and group pair). */
    public static final int MAX_SHARDS = 4096;

    /** The NEST API a project targets. */
    public enum Flavour {
        /** The plan's family (the model's {@code nest} line) decides. */
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
        NATIVE,
        /** The neurons and every edge as a SONATA circuit, built by {@code nest.SonataNetwork}. */
        SONATA
    }

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException when an option is null or shards is negative or above {@value #MAX_SHARDS}
     */
    public NestGeneratorOptions {
        if (flavour == null) {
            throw new IllegalArgumentException("Option 'flavour' is null; use FROM_MODEL, NEST_3 or NEST_2_20.");
        }
        if (connectionMode == null) {
            throw new IllegalArgumentException("Option 'connectionMode' is null; use ARRAYS, NATIVE or SONATA.");
        }
        if (shards < 0 || shards > MAX_SHARDS) {
            throw new IllegalArgumentException("Option 'shards' is " + shards
                    + "; it must be 0 (the plan's grouping or MPI process count) or 1 to " + MAX_SHARDS + ".");
        }
        if (outputFolder == null) {
            throw new IllegalArgumentException("Option 'outputFolder' is null; give the project folder.");
        }
    }

    /**
     * @param outputFolder the project folder
     * @return the defaults: flavour from the plan, arrays, shards from the plan
     */
    public static NestGeneratorOptions defaults(Path outputFolder) {
        return new NestGeneratorOptions(Flavour.FROM_MODEL, ConnectionMode.ARRAYS, 0, outputFolder);
    }

    /**
     * The options a generator service takes from a plan's {@linkplain nngt.sim.api.SimulationPlan#options() options}
     * ({@value #CONNECTIONS}, {@value #SHARDS}; other keys are ignored).
     *
     * @param planOptions the plan's options
     * @param flavour the generator's flavour
     * @param outputFolder the project folder
     * @return the options
     * @throws IllegalArgumentException when an option's value is invalid; the message names the key, the value and
     *         what is valid
     */
    public static NestGeneratorOptions fromPlanOptions(Map<String, String> planOptions, Flavour flavour,
            Path outputFolder) {
        NestGeneratorOptions options = defaults(outputFolder).withFlavour(flavour);
        String connections = planOptions.get(CONNECTIONS);
        if (connections != null) {
            options = options.withConnectionMode(switch (connections) {
                case "arrays" -> ConnectionMode.ARRAYS;
                case "native" -> ConnectionMode.NATIVE;
                case "sonata" -> ConnectionMode.SONATA;
                default -> throw new IllegalArgumentException("Option '" + CONNECTIONS + "' is '" + connections
                        + "'; valid are 'arrays', 'native' and 'sonata'.");
            });
        }
        String shards = planOptions.get(SHARDS);
        if (shards != null) {
            int count;
            try {
                count = Integer.parseInt(shards.trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > MAX_SHARDS) {
                throw new IllegalArgumentException("Option '" + SHARDS + "' is '" + shards
                        + "'; valid are whole numbers from 1 to " + MAX_SHARDS + ".");
            }
            options = options.withShards(count);
        }
        return options;
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
     * @param value the shard count, or 0 for the plan's grouping or MPI process count
     * @return a copy with that shard count
     */
    public NestGeneratorOptions withShards(int value) {
        return new NestGeneratorOptions(flavour, connectionMode, value, outputFolder);
    }
}
