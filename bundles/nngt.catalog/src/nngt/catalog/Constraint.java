package nngt.catalog;

import java.util.List;

/**
 * A rule that NEST enforces on a model's parameters (NEST throws {@code BadProperty} when it fails), written in
 * the catalog's small expression language: comparisons between names and numbers, chained comparisons such as
 * {@code 0 <= U <= 1}, arithmetic ({@code + - * /}), the list functions {@code len}, {@code min}, {@code max}
 * and {@code min_step}, and an optional guard after {@code when}. The name {@code resolution} stands for the
 * simulation resolution in ms.
 *
 * @param expression  the rule as written in the data, e.g. {@code "V_reset < V_th"}
 * @param parameters  the names the rule reads, in order of appearance
 * @param explanation why NEST requires it, in NEST's words where it has some
 */
public record Constraint(String expression, List<String> parameters, String explanation) {

    /**
     * Copies the parameter list so that the record stays immutable.
     *
     * @param expression  the rule
     * @param parameters  the names it reads
     * @param explanation why NEST requires it
     */
    public Constraint {
        parameters = List.copyOf(parameters);
    }
}
