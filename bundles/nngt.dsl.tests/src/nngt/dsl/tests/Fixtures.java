package nngt.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Access to the repository's examples and this bundle's fixture files, whose folders the build passes
 * as the system properties {@code nngt.examples} and {@code nngt.fixtures}.
 */
final class Fixtures {

    private Fixtures() {
    }

    static Path examplesFolder() {
        return Path.of(System.getProperty("nngt.examples", "../../examples"));
    }

    static Path fixturesFolder() {
        return Path.of(System.getProperty("nngt.fixtures", "fixtures"));
    }

    static List<String> exampleNames() {
        return namesIn(examplesFolder());
    }

    static String example(String name) {
        return read(examplesFolder().resolve(name));
    }

    static List<String> fixtureNames(String kind) {
        return namesIn(fixturesFolder().resolve(kind));
    }

    static String fixture(String kind, String name) {
        return read(fixturesFolder().resolve(kind).resolve(name));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> namesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".nngt")).sorted()
                    .collect(Collectors.toList());
            if (names.isEmpty()) {
                throw new IllegalStateException("No .nngt files in " + folder.toAbsolutePath());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
