package nngt.catalog.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats numbers for messages the way people write them: "-50", "0.2", "1e-6", "inf". */
public final class Numbers {

    private static final MathContext SIGNIFICANT = new MathContext(12);

    private Numbers() {
    }

    /**
     * Formats a number without a trailing ".0" and with NEST's words for infinities.
     *
     * @param value any double
     * @return "inf", "-inf", "nan", "DBL_MAX", "-DBL_MAX", or the value rounded to 12 significant digits without
     *         trailing zeros, in plain notation between 1e-4 and 1e15 and as "1e-6" outside
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (Math.abs(value) == Double.MAX_VALUE) {
            return value > 0 ? "DBL_MAX" : "-DBL_MAX";
        }
        // 12 significant digits hide binary rounding such as 50.4 / 0.05 = 1007.9999999999999
        BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e15)) {
            return rounded.signum() == 0 ? "0" : rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace("E", "e");
    }
}
