package nngt.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A family of NEST versions whose model names, parameters, defaults and kernel keys are the same for
 * nearly everything the catalog describes. NEST 2.20 is the last NEST 2; 3.0 to 3.9 share the NEST 3 API;
 * 3.10 removed SLI and changed the verbosity API. Where minor versions inside 3.0-3.9 differ, the catalog follows
 * the latest ones and says so in the entry's description (e.g. {@code stdp_synapse}'s {@code Kplus}, settable
 * since 3.5) or gives a textual default ({@code noise_generator}'s {@code dt}).
 */
public enum NestFamily {
    /** NEST 2.20.x: {@code spike_detector}, {@code syn_spec['model']}, {@code grng_seed}. */
    NEST_2_20("2.20"),
    /** NEST 3.0 to 3.9: {@code spike_recorder}, {@code syn_spec['synapse_model']}, {@code rng_seed}. */
    NEST_3("3.0-3.9"),
    /** NEST 3.10 and later. */
    NEST_3_10("3.10+");

    private final String label;

    NestFamily(String label) {
        this.label = label;
    }

    /**
     * The label used in the catalog's data files and in messages.
     *
     * @return "2.20", "3.0-3.9" or "3.10+"
     */
    public String label() {
        return label;
    }

    /**
     * Finds the family with the given {@linkplain #label() label}.
     *
     * @param label a label such as "3.0-3.9"; may be null
     * @return the family, or empty when no family has this label
     */
    public static Optional<NestFamily> fromLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }

    /**
     * Maps a NEST version such as "2.20.2", "3", "3.4" or "3.10.1" to its family.
     *
     * @param version a dotted NEST version; a bare major "3" means the NEST 3.0-3.9 family
     * @return the family of that version
     * @throws IllegalArgumentException when version is null, not dotted numbers, or older than 2.20
     */
    public static NestFamily ofVersion(String version) {
        if (version == null || !version.trim().matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException("version must be a dotted NEST version such as 2.20, 3 or 3.10,"
                    + " but was '" + version + "'");
        }
        String[] parts = version.trim().split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        if (major == 2 && minor == 20) {
            return NEST_2_20;
        }
        if (major == 3 && minor < 10) {
            return NEST_3;
        }
        if (major >= 3) {
            return NEST_3_10;
        }
        throw new IllegalArgumentException("version must be 2.20 or 3.x or later (the catalog covers "
                + Arrays.stream(values()).map(NestFamily::label).collect(Collectors.joining(", ")) + "), but was '"
                + version + "'");
    }
}
