package nngt.generator.nest;

import nngt.generator.nest.NestGeneratorOptions.Flavour;

/**
 * The {@code nest2} generator service: a PyNEST project for NEST 2.20 ({@code spike_detector},
 * {@code syn_spec['model']}, {@code grng_seed}), otherwise the same as {@link NestGenerator}. Registered by
 * Declarative Services ({@code OSGI-INF/nngt.generator.nest2.xml}) and in {@code META-INF/services}.
 */
public final class Nest2Generator extends NestGenerator {

    /** The id users select this generator with. */
    public static final String ID = "nest2";

    /** Creates the NEST 2.20 generator. */
    public Nest2Generator() {
        super(ID, Flavour.NEST_2_20, "PyNEST project for NEST 2.20 (MPI-ready)");
    }
}
