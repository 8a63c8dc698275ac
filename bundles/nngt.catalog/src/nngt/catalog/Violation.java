package nngt.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A constraint that the values of a model's parameters break.
 *
 * @param constraint the broken rule
 * @param values     the values of the terms the rule reads (parameter names, or list function calls such as
 *                   {@code "len(spike_times)"}), after merging the set values over the defaults
 * @param message    a full sentence naming the values, e.g. "V_reset (-50 mV) must be below V_th (-55 mV)."
 */
public record Violation(Constraint constraint, Map<String, Double> values, String message) {

    /**
     * Copies the values so that the record stays immutable.
     *
     * @param constraint the broken rule
     * @param values     the values the rule read, kept in their order
     * @param message    the sentence for the user
     */
    public Violation {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
