package nngt.sim.nest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nngt.sim.nest.NestOptions;

/**
 * The real cause of a failed NEST run, read from its error output, for the first line of the runner's message.
 * Under mpirun the output interleaves the ranks' Python errors with Open MPI's banners (text between lines of
 * dashes), and the last line is a banner's closing dashes, which names nothing. In order of preference:
 * <ol>
 * <li>the last error line of any rank: a Python exception (the line that closes a traceback, e.g.
 * {@code nest.lib.hl_api_exceptions.BadProperty: ...}), a reason that run.py gives itself ({@code run.py: ...}) or
 * NEST's own fatal or error message ({@code [FATAL] ...}, without its time stamp);</li>
 * <li>mpirun's own reason: the first paragraph of its first banner that is not the consequence of a failed
 * process, with the fix where one is known (running as root, more processes than slots);</li>
 * <li>which rank exited with which code, from mpirun's banner about a failed process;</li>
 * <li>the last line of the output.</li>
 * </ol>
 */
public final class FailureCause {

    private static final Pattern DASHES = Pattern.compile("-{20,}");
    private static final Pattern FAILED_RANK = Pattern.compile("Process name: \\[\\[\\d+,\\d+\\],(\\d+)\\]");
    private static final Pattern EXIT_CODE = Pattern.compile("Exit code:\\s+(\\d+)");
    /** NEST 3's log line: level, time stamp, message. */
    private static final Pattern NEST_ERROR = Pattern.compile("\\[(FATAL|ERROR)\\] \\[[^\\]]*\\] (.*)");

    private FailureCause() {
    }

    /**
     * @param stderr the end of the run's standard error
     * @param stdout the end of its standard output, read when standard error is empty
     * @return one line naming the cause
     */
    public static String of(String stderr, String stdout) {
        List<String> lines = (stderr.isBlank() ? stdout : stderr).lines().toList();
        String error = lastRankError(lines);
        if (error != null) {
            return error;
        }
        List<List<String>> banners = banners(lines);
        for (List<String> banner : banners) {
            if (!consequence(banner)) {
                return mpirunReason(banner);
            }
        }
        for (List<String> banner : banners) {
            String text = String.join("\n", banner);
            Matcher rank = FAILED_RANK.matcher(text);
            Matcher code = EXIT_CODE.matcher(text);
            if (rank.find() && code.find()) {
                return "mpirun: rank " + rank.group(1) + " exited with code " + code.group(1)
                        + " and printed no Python error";
            }
        }
        return lines.stream().map(String::trim).filter(l -> !l.isEmpty() && !DASHES.matcher(l).matches())
                .reduce((a, b) -> b).orElse("no error output");
    }

    /**
     * The last line that closes a traceback (an unindented line after an indented frame), run.py's reason, or
     * NEST's fatal or error message.
     */
    private static String lastRankError(List<String> lines) {
        String last = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean afterFrame = i > 0 && (lines.get(i - 1).startsWith("    ")
                    || lines.get(i - 1).startsWith("  File \""));
            boolean closesTraceback = afterFrame && !line.isBlank() && !line.startsWith(" ")
                    && !DASHES.matcher(line).matches() && !line.startsWith("Traceback");
            Matcher nest = NEST_ERROR.matcher(line.trim());
            if (nest.matches()) {
                last = "NEST " + nest.group(1) + ": " + nest.group(2);
            } else if (closesTraceback || line.startsWith("run.py: ")) {
                last = line.trim();
            }
        }
        return last;
    }

    /** Open MPI's banners: the lines between a line of dashes that opens one and the next, which closes it. */
    private static List<List<String>> banners(List<String> lines) {
        List<List<String>> banners = new ArrayList<>();
        List<String> open = null;
        for (String line : lines) {
            if (DASHES.matcher(line.trim()).matches()) {
                if (open == null) {
                    open = new ArrayList<>();
                } else {
                    banners.add(open);
                    open = null;
                }
            } else if (open != null) {
                open.add(line);
            }
        }
        return banners;
    }

    /**
     * Whether a banner only reports that a process failed with an exit code (its cause is elsewhere); one about a
     * process killed by a signal (e.g. for memory) is itself the cause.
     */
    private static boolean consequence(List<String> banner) {
        String text = String.join(" ", banner);
        return text.contains("Primary job") && text.contains("terminated normally")
                || text.contains("exited with non-zero status");
    }

    private static String mpirunReason(List<String> banner) {
        List<String> paragraph = new ArrayList<>();
        for (String line : banner) {
            if (line.isBlank() && !paragraph.isEmpty()) {
                break;
            }
            if (!line.isBlank()) {
                paragraph.add(line.trim());
            }
        }
        String first = String.join(" ", paragraph);
        String reason = first.startsWith("mpirun ") ? first : "mpirun: " + first;
        String text = String.join(" ", banner);
        if (text.contains("attempt to run as root")) {
            return reason + " Allow it with --sim-option " + NestOptions.MPI_ALLOW_ROOT + "=true, or set "
                    + "OMPI_ALLOW_RUN_AS_ROOT=1 and OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1.";
        }
        if (text.contains("not enough slots")) {
            return reason + " Run more processes than cores with --sim-option " + NestOptions.MPI_ARGS
                    + "=--oversubscribe.";
        }
        return reason;
    }
}
