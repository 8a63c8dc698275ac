package nngt.generator.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NEST generator and the NEST runner read only the simulation plan: their manifests require neither the model,
 * the language nor the graph bundle, and no source file imports {@code nngt.model}, {@code nngt.dsl} or
 * {@code nngt.graph}.
 */
class PlanOnlyDependenciesTest {

    private static final List<String> FORBIDDEN = List.of("nngt.model", "nngt.dsl", "nngt.graph");

    private static Path bundles() {
        return Path.of(System.getProperty("nngt.bundles", ".."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nngt.generator.nest", "nngt.sim.nest"})
    void bundleDependsOnThePlanNotOnTheModel(String bundle) throws IOException {
        Manifest manifest;
        try (var in = Files.newInputStream(bundles().resolve(bundle).resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        List<String> offending = new ArrayList<>();
        String required = manifest.getMainAttributes().getValue("Require-Bundle");
        for (String entry : required == null ? new String[0] : required.split(",")) {
            String name = entry.split(";")[0].trim();
            if (FORBIDDEN.contains(name)) {
                offending.add("Require-Bundle " + name);
            }
        }
        try (Stream<Path> sources = Files.walk(bundles().resolve(bundle).resolve("src"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(source)) {
                    if (line.startsWith("import ") && FORBIDDEN.stream().anyMatch(
                            name -> Arrays.asList(line.substring(7).split("[ ;]")).stream()
                                    .anyMatch(imported -> imported.startsWith(name + ".")))) {
                        offending.add(bundles().resolve(bundle).relativize(source) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offending, bundle + " must read only the simulation plan");
    }
}
