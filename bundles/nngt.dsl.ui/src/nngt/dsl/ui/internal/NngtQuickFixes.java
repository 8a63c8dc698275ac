package nngt.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nngt.dsl.linking.NngtLinkingDiagnostics;
import nngt.dsl.validation.IssueCodes;

/**
 * The quick fixes of .nngt issues, computed from an issue's code, data and region alone so that
 * the editor's annotations and the builder's markers share them: a misspelt name becomes one of
 * the names the validator suggests; an out-of-range value becomes the nearest valid value; a unit
 * of the wrong dimension becomes the expected one; a missing unit is added.
 */
public final class NngtQuickFixes {

    /* Codes whose data is the unknown name followed by the closest valid names. */
    private static final Set<String> UNKNOWN_NAME_CODES = Set.of(IssueCodes.UNKNOWN_MODEL,
            IssueCodes.UNKNOWN_PARAMETER, IssueCodes.NOT_RECORDABLE, NngtLinkingDiagnostics.UNKNOWN_REFERENCE);

    /* Codes whose data is the unit the quantity must have. */
    private static final Set<String> UNIT_CODES = Set.of(IssueCodes.WRONG_UNIT, IssueCodes.WRONG_WEIGHT_UNIT);

    private NngtQuickFixes() {
    }

    /**
     * @param code an issue code, may be null
     * @param data the issue data, may be null
     * @return true when {@link #fixes} can offer something for such an issue
     */
    public static boolean isFixable(String code, String[] data) {
        if (code == null || data == null) {
            return false;
        }
        if (UNKNOWN_NAME_CODES.contains(code)) {
            return data.length > 1;
        }
        if (UNIT_CODES.contains(code) || IssueCodes.MISSING_UNIT.equals(code)) {
            return data.length == 1 && NngtGrammar.unitSymbols().contains(data[0]);
        }
        return IssueCodes.VALUE_OUT_OF_RANGE.equals(code) && data.length == 1;
    }

    /**
     * Computes the fixes of one issue against the current text. No fix is offered when the text at
     * the region is no longer what the issue was about (the document changed since).
     *
     * @param code the issue code, may be null
     * @param data the issue data, may be null
     * @param offset start of the issue's region
     * @param length length of the issue's region
     * @param text the document's current text
     * @return the fixes, best first; empty when there are none
     */
    public static List<TextFix> fixes(String code, String[] data, int offset, int length, String text) {
        List<TextFix> fixes = new ArrayList<>();
        if (!isFixable(code, data) || offset < 0 || length < 0 || offset + length > text.length()) {
            return fixes;
        }
        String current = text.substring(offset, offset + length);
        if (UNKNOWN_NAME_CODES.contains(code)) {
            if (!current.equals(data[0])) {
                return fixes;
            }
            for (int i = 1; i < data.length; i++) {
                fixes.add(new TextFix("Change '" + data[0] + "' to '" + data[i] + "'", offset, length, data[i]));
            }
        } else if (UNIT_CODES.contains(code)) {
            if (NngtGrammar.unitSymbols().contains(current) && !current.equals(data[0])) {
                fixes.add(new TextFix("Change the unit " + current + " to " + data[0], offset, length, data[0]));
            }
        } else if (IssueCodes.MISSING_UNIT.equals(code)) {
            fixes.add(new TextFix("Add the unit " + data[0] + " after " + current, offset + length, 0, " " + data[0]));
        } else if (!current.equals(data[0])) {
            fixes.add(new TextFix("Change " + current + " to the nearest valid value " + data[0], offset, length,
                    data[0]));
        }
        return fixes;
    }

    /**
     * @param data issue data
     * @return the data as one marker attribute value, one entry per line
     */
    public static String encode(String[] data) {
        return data == null ? "" : String.join("\n", data);
    }

    /**
     * @param attribute a marker attribute written by {@link #encode}, may be null
     * @return the issue data
     */
    public static String[] decode(String attribute) {
        return attribute == null || attribute.isEmpty() ? new String[0] : attribute.split("\n", -1);
    }
}
