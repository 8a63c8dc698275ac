package nngt.sim.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.sim.nest.NestOptions;

/** The runner's simulator options: python, nest_vars.sh, MPI processes and mpirun settings; bad values are named. */
class NestOptionsTest {

    @TempDir
    Path temporary;

    @Test
    void noOptionsMeanDefaultPythonNoScriptNoMpi() {
        NestOptions options = NestOptions.from(Map.of("brian2.python", "/x"));
        assertTrue(options.python().isEmpty());
        assertTrue(options.varsScript().isEmpty());
        assertFalse(options.mpi());
    }

    @Test
    void everyOptionIsRead() throws IOException {
        Path vars = Files.writeString(temporary.resolve("nest_vars.sh"), "export A=1\n");
        NestOptions options = NestOptions.from(Map.of(NestOptions.PYTHON, "/opt/nest/bin/python3",
                NestOptions.VARS, vars.toString(), NestOptions.MPI, "4", NestOptions.MPI_ALLOW_ROOT, "true",
                NestOptions.MPI_ARGS, " --oversubscribe  --bind-to none "));
        assertEquals("/opt/nest/bin/python3", options.python().orElseThrow());
        assertEquals(vars.toAbsolutePath(), options.varsScript().orElseThrow());
        assertEquals(4, options.mpiProcesses());
        assertTrue(options.mpi());
        assertTrue(options.allowRoot());
        assertEquals(java.util.List.of("--oversubscribe", "--bind-to", "none"), options.mpiArguments());
        NestOptions plain = NestOptions.from(Map.of(NestOptions.MPI, "2"));
        assertFalse(plain.allowRoot(), "Open MPI's consent to run as root is the user's to give");
        assertTrue(plain.mpiArguments().isEmpty());
    }

    @Test
    void mpirunSettingsNeedAnMpiRunAndAllowRootIsTrueOrFalse() {
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> NestOptions.from(Map.of(NestOptions.MPI_ALLOW_ROOT, "true")));
        assertEquals("nest.mpi.allow-root is set for a run without MPI; add nest.mpi=N to run under mpirun, or "
                + "leave it out", alone.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NestOptions.from(Map.of(NestOptions.MPI_ARGS, "-x A")));
        IllegalArgumentException yes = assertThrows(IllegalArgumentException.class,
                () -> NestOptions.from(Map.of(NestOptions.MPI, "2", NestOptions.MPI_ALLOW_ROOT, "yes")));
        assertEquals("nest.mpi.allow-root: 'yes'; give true or false", yes.getMessage());
        assertFalse(NestOptions.from(Map.of(NestOptions.MPI, "2", NestOptions.MPI_ALLOW_ROOT, "false")).allowRoot());
    }

    @Test
    void badValuesAreRejectedWithTheKeyAndTheValue() {
        IllegalArgumentException mpi = assertThrows(IllegalArgumentException.class,
                () -> NestOptions.from(Map.of(NestOptions.MPI, "two")));
        assertEquals("nest.mpi: 'two'; give the number of MPI processes, 1 to 65536", mpi.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NestOptions.from(Map.of(NestOptions.MPI, "0")));
        IllegalArgumentException vars = assertThrows(IllegalArgumentException.class,
                () -> NestOptions.from(Map.of(NestOptions.VARS, temporary.resolve("missing.sh").toString())));
        assertTrue(vars.getMessage().startsWith("nest.vars: '"), vars.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> NestOptions.from(Map.of("nest.threads", "2")));
        assertEquals("options: unknown NEST option 'nest.threads'; valid are nest.python, nest.vars, nest.mpi, "
                + "nest.mpi.allow-root, nest.mpi.args, and the project's nest.connections and nest.shards",
                unknown.getMessage());
        // the generator's own keys pass through to the project the run generates
        assertEquals(0, NestOptions.from(Map.of("nest.connections", "sonata", "nest.shards", "2")).mpiProcesses());
    }
}
