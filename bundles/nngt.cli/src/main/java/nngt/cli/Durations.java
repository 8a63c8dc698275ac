package nngt.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import nngt.catalog.SimulatorLimits;

/**
 * Reads durations such as {@code 500ms}, {@code 1.5 s} or {@code 200} (milliseconds) into milliseconds.
 */
final class Durations implements ITypeConverter<Double> {

    private static final Pattern DURATION = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(ms|s)?\\s*");

    @Override
    public Double convert(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + text + "' is not a duration; write for example 500ms or 1.5s.");
        }
        double value = Double.parseDouble(matcher.group(1));
        double millis = "s".equals(matcher.group(2)) ? value * 1000 : value;
        if (!(millis > 0) || Double.isInfinite(millis)) {
            throw new TypeConversionException("'" + text + "' is not a finite positive duration; write for example "
                    + "500ms or 1.5s.");
        }
        if (millis > SimulatorLimits.MAX_MAGNITUDE) {
            throw new TypeConversionException("'" + text + "' is beyond the longest duration nngt takes, "
                    + SimulatorLimits.MAX_MAGNITUDE + " ms.");
        }
        return millis;
    }
}
