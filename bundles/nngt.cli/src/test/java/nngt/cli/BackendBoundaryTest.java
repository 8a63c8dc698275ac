package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The architecture's boundary: simulator and generator bundles read the simulation plan, never the model. No
 * backend bundle requires or imports {@code nngt.model}, {@code nngt.dsl} or {@code nngt.graph} (their manifests
 * and their Java sources are read), so that every backend sees the network the plan builder worked out, once.
 */
class BackendBoundaryTest {

    /** Bundles (and packages) that backends must not reach: the model and its interpreters. */
    private static final List<String> FORBIDDEN = List.of("nngt.model", "nngt.dsl", "nngt.graph");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);

    static Path bundles() {
        return Path.of(System.getProperty("nngt.bundles", ".."));
    }

    /** The backend bundles: every simulator and generator bundle, tests excluded, the API excluded. */
    static List<Path> backendBundles() throws IOException {
        try (Stream<Path> all = Files.list(bundles())) {
            return all.filter(b -> {
                String name = b.getFileName().toString();
                return (name.startsWith("nngt.sim.") || name.startsWith("nngt.generator.")) && !name.endsWith(".tests")
                        && !name.equals("nngt.sim.api");
            }).sorted().toList();
        }
    }

    @Test
    void theBackendBundlesAreFound() throws IOException {
        List<String> names = backendBundles().stream().map(b -> b.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("nngt.sim.embedded", "nngt.sim.brian2", "nngt.sim.neuron", "nngt.sim.nest",
                "nngt.generator.nest")), names.toString());
    }

    @Test
    void noBackendManifestRequiresTheModel() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path bundle : backendBundles()) {
            Manifest manifest;
            try (var in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
                manifest = new Manifest(in);
            }
            for (String header : List.of("Require-Bundle", "Import-Package")) {
                String value = manifest.getMainAttributes().getValue(header);
                for (String entry : value == null ? new String[0] : value.split(",")) {
                    String name = entry.split(";")[0].strip();
                    if (forbidden(name)) {
                        violations.add(bundle.getFileName() + " " + header + ": " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "backend bundles must read only the plan (nngt.sim.api)");
    }

    @Test
    void noBackendSourceImportsTheModel() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path bundle : backendBundles()) {
            try (Stream<Path> files = Files.walk(bundle.resolve("src"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = IMPORT.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (forbidden(matcher.group(2))) {
                            violations.add(bundles().relativize(file) + ": import " + matcher.group(2));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations, "backend sources must read only the plan (nngt.sim.api)");
    }

    @Test
    void theCheckRecognisesAViolation() {
        assertTrue(forbidden("nngt.model.Network"));
        assertTrue(forbidden("nngt.dsl"));
        assertTrue(forbidden("nngt.graph.NetworkInstance"));
        assertFalse(forbidden("nngt.sim.api.SimulationPlan"));
        assertFalse(forbidden("nngt.modelling"));
    }

    private static boolean forbidden(String name) {
        return FORBIDDEN.stream().anyMatch(f -> name.equals(f) || name.startsWith(f + "."));
    }
}
