package nngt.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The repository's {@code ./nngt} script rebuilds the command line when a source it is built from changed; it lists
 * those sources by hand. Every bundle the command line depends on must be in that list, or an edit to it (or a
 * {@code git pull} that changes it) would leave a stale distribution running.
 */
class LauncherSourcesTest {

    private static final Pattern OUR_DEPENDENCY =
            Pattern.compile("<groupId>nngt\\.workbench</groupId><artifactId>([\\w.]+)</artifactId>");
    private static final Pattern SOURCES = Pattern.compile("^SOURCES=\"([^\"]*)\"", Pattern.MULTILINE);

    @Test
    void everyBundleTheCommandLineIsBuiltFromIsWatchedByTheLauncher() throws IOException {
        // normalized: the build gives the folder as bundles/nngt.cli/.., whose sibling is not the repository's
        Path bundles = BackendBoundaryTest.bundles().toAbsolutePath().normalize();
        String script = Files.readString(bundles.resolveSibling("nngt"));
        Matcher listed = SOURCES.matcher(script);
        assertTrue(listed.find(), "./nngt has no SOURCES=\"...\" list");
        List<String> watched = List.of(listed.group(1).trim().split("\\s+"));

        String pom = Files.readString(bundles.resolve("nngt.cli/pom.xml"));
        Matcher dependency = OUR_DEPENDENCY.matcher(pom);
        List<String> unwatched = new ArrayList<>();
        List<String> dependencies = new ArrayList<>();
        while (dependency.find()) {
            dependencies.add(dependency.group(1));
            if (!watched.contains("bundles/" + dependency.group(1))) {
                unwatched.add(dependency.group(1));
            }
        }
        assertFalse(dependencies.isEmpty(), "no nngt.workbench dependency found in bundles/nngt.cli/pom.xml");
        assertTrue(watched.contains("bundles/nngt.cli"), "./nngt does not watch bundles/nngt.cli itself");
        assertTrue(unwatched.isEmpty(), "./nngt's SOURCES misses " + unwatched + ": edits there would not rebuild");
    }
}
