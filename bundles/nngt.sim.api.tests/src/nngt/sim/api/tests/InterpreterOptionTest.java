package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nngt.sim.api.InterpreterOption;
import nngt.sim.api.script.PythonInstallation;

/**
 * The option through which a run chooses a simulator's Python interpreter: it comes before the system property,
 * the environment variable and the default, and a blank value counts as unset.
 */
class InterpreterOptionTest {

    private static final String PROPERTY = "nngt.test.interpreter.python";

    @Test
    void theRunsOptionComesBeforeThePropertyTheVariableAndTheDefault() {
        System.setProperty(PROPERTY, "/from/property");
        try {
            assertEquals("/from/option", PythonInstallation.configuredPython(Map.of("test.python", "/from/option"),
                    "test.python", PROPERTY, "NNGT_TEST_NO_SUCH_VARIABLE", "/default"));
            assertEquals("/from/property", PythonInstallation.configuredPython(Map.of("test.python", "  "),
                    "test.python", PROPERTY, "NNGT_TEST_NO_SUCH_VARIABLE", "/default"), "a blank option is unset");
            assertEquals("/from/property", PythonInstallation.configuredPython(Map.of("other.python", "/x"),
                    "test.python", PROPERTY, "NNGT_TEST_NO_SUCH_VARIABLE", "/default"), "another simulator's key");
        } finally {
            System.clearProperty(PROPERTY);
        }
        assertEquals("/default", PythonInstallation.configuredPython(Map.of(), "test.python", PROPERTY,
                "NNGT_TEST_NO_SUCH_VARIABLE", "/default"));
    }

    @Test
    void anOptionNeedsAKeyALabelAndWhatIsUsedWhenUnset() {
        InterpreterOption option = new InterpreterOption("nest.python", "NEST", "$NEST_PYTHON, else python3");
        assertEquals("nest.python", option.key());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> new InterpreterOption(" ", "NEST", "python3"));
        assertTrue(blank.getMessage().contains("got key ' '"), blank.getMessage());
    }
}
