package nngt.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as the command line prints them for people.
 */
final class Numbers {

    private Numbers() {
    }

    /**
     * @param value a number
     * @return it rounded to four significant digits, without exponent or trailing zeros
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
