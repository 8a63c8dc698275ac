package nngt.sim.nest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nngt.catalog.NestFamily;

/**
 * A NEST version as NEST reports it ({@code nest.__version__} such as {@code 3.6.0}, or {@code nest.version()}
 * such as {@code NEST 2.20.2}), reduced to its numbers.
 *
 * @param major the major version (2 or 3)
 * @param minor the minor version, 0 when NEST reported none
 * @param patch the patch level, 0 when NEST reported none
 * @param text  the version text as reported
 */
public record NestRelease(int major, int minor, int patch, String text) {

    /**
     * The first dotted number not glued to a word: "NEST 2.20.2", "3.6", "v3.10.0-rc1", "3.stand-in"; not the
     * digits of a commit hash ("master@1a2b3c").
     */
    private static final Pattern VERSION = Pattern.compile(
            "(?<![\\w.])v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?!\\w)");

    /**
     * Reads a version text.
     *
     * @param text what NEST reported
     * @return the release, empty when the text holds no version number (a development build such as
     *         {@code master@1a2b3c})
     */
    public static Optional<NestRelease> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        int patch = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return Optional.of(new NestRelease(major, minor, patch, text.trim()));
    }

    /**
     * The family of NEST versions this release belongs to; every 2.x counts as the 2.20 family (the oldest API
     * the generator targets).
     *
     * @return {@link NestFamily#NEST_2_20} for 2.x, {@link NestFamily#NEST_3} for 3.0 to 3.9,
     *         {@link NestFamily#NEST_3_10} for 3.10 and later
     */
    public NestFamily family() {
        if (major <= 2) {
            return NestFamily.NEST_2_20;
        }
        return major == 3 && minor < 10 ? NestFamily.NEST_3 : NestFamily.NEST_3_10;
    }

    /** @return the numbers, e.g. {@code 3.6.0} */
    public String numbers() {
        return major + "." + minor + "." + patch;
    }
}
