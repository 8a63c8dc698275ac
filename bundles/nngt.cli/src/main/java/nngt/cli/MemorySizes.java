package nngt.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads memory sizes as the launcher and the JVM's {@code -Xmx} read them: a whole number of bytes with
 * an optional unit k, m, g or t (powers of 1024), e.g. {@code 20g}.
 */
final class MemorySizes implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("([0-9]+)([kKmMgGtT]?)");

    @Override
    public Long convert(String text) {
        Matcher matcher = SIZE.matcher(text);
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + text + "' is not a memory size; give a whole number with an optional "
                    + "unit k, m, g or t, e.g. 20g.");
        }
        int shift = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        long value = Long.parseLong(matcher.group(1));
        if (value == 0 || value > Long.MAX_VALUE >> shift) {
            throw new TypeConversionException("'" + text + "' is not a memory size this machine could have.");
        }
        return value << shift;
    }
}
