package nngt.dsl;

/**
 * One problem found in a model file, with its position.
 *
 * @param file the file as the user named it
 * @param line 1-based line
 * @param column 1-based column
 * @param severity error, warning or info
 * @param message a full sentence
 * @param code the issue code (see {@link nngt.dsl.validation.IssueCodes}), or null for syntax errors
 */
public record NngtDiagnostic(String file, int line, int column, Severity severity, String message, String code) {

    /** How serious a diagnostic is. */
    public enum Severity {
        /** The model cannot be used. */
        ERROR,
        /** The model can be used but probably not as intended. */
        WARNING,
        /** A remark. */
        INFO;

        /**
         * @return the lower-case name used on the command line
         */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @return {@code file:line:column: severity: message}, the form compilers use
     */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
