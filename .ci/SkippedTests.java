import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last line of ./run-tests: one sentence that counts the tests this build skipped, grouped by the reason each
 * gave, and says which UI test modules did not run. It reads the JUnit XML reports that surefire and tycho-surefire
 * wrote during the build (those older than its start are stale and left out).
 *
 * <pre>java .ci/SkippedTests.java START_MILLIS UI_REASON</pre>
 *
 * START_MILLIS: when the build started; UI_REASON: why the UI test modules did not run, or empty when they did.
 */
public final class SkippedTests {

    /** The Debian packages that bring in every optional test (NEST itself is not packaged by Debian). */
    private static final String PACKAGES = "python3-brian python3-numpy python3-flake8 xvfb xauth libgtk-3-0";

    /*
     * A skipped test case: surefire writes the reason as the message attribute, tycho-surefire as the first line of
     * the exception's text in a CDATA section.
     */
    private static final Pattern SKIPPED = Pattern.compile(
            "<skipped(?:[^>]*? message=\"([^\"]*)\")?[^>]*?(?:/>|>(?:<!\\[CDATA\\[)?([^\n<]*))");

    private SkippedTests() {
    }

    public static void main(String[] args) throws IOException {
        long start = Long.parseLong(args[0]);
        String uiReason = args.length > 1 ? args[1] : "";
        Map<String, Integer> reasons = new LinkedHashMap<>();
        List<Path> reports = new ArrayList<>();
        for (String root : List.of("bundles", "releng")) {
            if (Files.isDirectory(Path.of(root))) {
                try (Stream<Path> files = Files.walk(Path.of(root), 4)) {
                    files.filter(file -> file.getParent() != null
                            && file.getParent().getFileName().toString().equals("surefire-reports")
                            && file.getFileName().toString().matches("TEST-.*\\.xml")).forEach(reports::add);
                }
            }
        }
        for (Path report : reports) {
            if (Files.getLastModifiedTime(report).toMillis() < start) {
                continue;
            }
            Matcher skipped = SKIPPED.matcher(Files.readString(report));
            while (skipped.find()) {
                reasons.merge(reason(skipped.group(1) != null ? skipped.group(1) : skipped.group(2)), 1,
                        Integer::sum);
            }
        }
        int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder line = new StringBuilder("run-tests: ");
        if (total == 0) {
            line.append("no test was skipped");
        } else {
            line.append("skipped ").append(total).append(total == 1 ? " test (" : " tests (");
            List<String> parts = new ArrayList<>();
            reasons.forEach((reason, count) -> parts.add(count + ": " + reason));
            line.append(String.join("; ", parts)).append(')');
        }
        if (!uiReason.isBlank()) {
            line.append("; the UI test modules (nngt.dsl.ui.tests, nngt.workbench.ui.tests), the product's smoke ")
                    .append("test and the install test (releng/nngt.install-test) did not run: ").append(uiReason);
        }
        if (total > 0 || !uiReason.isBlank()) {
            line.append(". Debian packages for the optional tests: ").append(PACKAGES).append(" (README)");
        }
        System.out.println(line.append('.'));
    }

    /* The first clause of an assumption's message, without the exception's name, JUnit's prefix and XML escapes. */
    private static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String text = message.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#10;", " ").replace("&amp;", "&")
                .replaceFirst("^[\\w.$]+Exception: ", "")
                .replaceFirst("^Assumption failed: (assumption is not true)?", "").strip();
        // up to the first full stop or semicolon: the rest is advice on installing, which the last line names
        int end = text.length();
        for (String separator : List.of(". ", "; ")) {
            int at = text.indexOf(separator);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end).replaceFirst("\\.$", "");
    }
}
