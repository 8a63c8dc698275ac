package nngt.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.KeywordAlternativeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

import nngt.model.NestVersion;

/**
 * Conversions between the text of .nngt files and model values: numbers, seeds, neuron types
 * ({@code excitatory} is +1, {@code inhibitory} is -1) and NEST versions.
 */
public class NngtValueConverters extends DefaultTerminalConverters {

    private static final IValueConverter<Double> NUMBER = new AbstractNullSafeConverter<>() {
        @Override
        protected Double internalToValue(String text, INode node) {
            try {
                return Double.valueOf(text);
            } catch (NumberFormatException e) {
                // no cause: the parser would show the cause's text ("For input string: ...") instead
                throw new ValueConverterException("'" + text + "' is not a number.", node, null);
            }
        }

        @Override
        protected String internalToString(Double value) {
            if (!Double.isFinite(value)) {
                throw new ValueConverterException("The number " + value + " cannot be written; numbers in a model "
                        + "are finite.", null, null);
            }
            // Plain decimal notation, without a trailing ".0": 155 rather than 155.0 or 1.55E2.
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    };

    private static final IValueConverter<Long> SEED = new AbstractNullSafeConverter<>() {
        @Override
        protected Long internalToValue(String text, INode node) {
            try {
                return Long.valueOf(text);
            } catch (NumberFormatException e) {
                throw new ValueConverterException("The number " + text + " is too large; seeds and edge counts are at "
                        + "most " + Long.MAX_VALUE + ".", node, null);
            }
        }

        @Override
        protected String internalToString(Long value) {
            return value.toString();
        }
    };

    private static final IValueConverter<Integer> WHOLE_NUMBER = new AbstractNullSafeConverter<>() {
        @Override
        protected Integer internalToValue(String text, INode node) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                throw new ValueConverterException(text.isEmpty() ? "A whole number is expected here."
                        : "The whole number " + text + " is too large; sizes, ids, degrees and counts written here "
                                + "are at most " + Integer.MAX_VALUE + ".", node, null);
            }
        }

        @Override
        protected String internalToString(Integer value) {
            return value.toString();
        }
    };

    private static final IValueConverter<Integer> NEURON_TYPE = new AbstractNullSafeConverter<>() {
        @Override
        protected Integer internalToValue(String text, INode node) {
            return "inhibitory".equals(text) ? -1 : 1;
        }

        @Override
        protected String internalToString(Integer value) {
            if (value != 1 && value != -1) {
                throw new ValueConverterException("Neuron type " + value
                        + " cannot be written; valid types are 1 (excitatory) and -1 (inhibitory).", null, null);
            }
            return value == 1 ? "excitatory" : "inhibitory";
        }
    };

    private static final IValueConverter<NestVersion> NEST_VERSION = new AbstractNullSafeConverter<>() {
        @Override
        protected NestVersion internalToValue(String text, INode node) {
            switch (text) {
                case "2.20":
                    return NestVersion.NEST2_20;
                case "3":
                case "3.0":
                    return NestVersion.NEST3;
                default:
                    if (text.matches("3\\.[1-9]")) {
                        return NestVersion.NEST3;
                    }
                    if (text.matches("3\\.[1-9][0-9]")) {
                        return NestVersion.NEST3_10;
                    }
                    throw new ValueConverterException("NEST version " + text
                            + " is not supported; valid versions are 2.20, 3 (3.0 to 3.9) and 3.10 or later.", node, null);
            }
        }

        @Override
        protected String internalToString(NestVersion value) {
            return switch (value) {
                case NEST2_20 -> "2.20";
                case NEST3 -> "3";
                case NEST3_10 -> "3.10";
            };
        }
    };

    @Inject
    private KeywordAlternativeConverter validId;

    /**
     * Names: the text of an identifier, or of a keyword that the rule accepts as a name. Writing a name checks
     * that it lexes as one identifier (so no string becomes other statements) and escapes other keywords with
     * {@code ^}.
     *
     * @return the converter of the ValidID rule
     */
    @ValueConverter(rule = "ValidID")
    public IValueConverter<String> validId() {
        return validId;
    }

    /**
     * @return the converter of signed decimal numbers
     */
    @ValueConverter(rule = "Number")
    public IValueConverter<Double> number() {
        return NUMBER;
    }

    /**
     * @return the converter of whole numbers (32-bit): sizes, ids, degrees, thread counts
     */
    @Override
    @ValueConverter(rule = "INT")
    public IValueConverter<Integer> INT() {
        return WHOLE_NUMBER;
    }

    /**
     * @return the converter of seeds and edge counts (64-bit)
     */
    @ValueConverter(rule = "Seed")
    public IValueConverter<Long> seed() {
        return SEED;
    }

    /**
     * @return the converter of {@code excitatory}/{@code inhibitory} to +1/-1
     */
    @ValueConverter(rule = "NeuronType")
    public IValueConverter<Integer> neuronType() {
        return NEURON_TYPE;
    }

    /**
     * @return the converter of NEST versions (2.20, 3, 3.x, 3.10+)
     */
    @ValueConverter(rule = "NestVersionValue")
    public IValueConverter<NestVersion> nestVersion() {
        return NEST_VERSION;
    }
}
