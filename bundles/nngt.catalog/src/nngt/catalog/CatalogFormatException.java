package nngt.catalog;

/**
 * Thrown when catalog data is malformed. The message starts with the source name and line number
 * ({@code "neurons.nestcat:12: ..."}), says what is wrong and what would be valid.
 */
public final class CatalogFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param source  the name of the data file or in-memory source
     * @param line    the 1-based line number; 0 when the problem concerns the whole source
     * @param problem what is wrong and what would be valid
     */
    public CatalogFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /**
     * The name of the source that holds the error.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * The line of the error.
     *
     * @return the 1-based line number, 0 when the problem concerns the whole source
     */
    public int line() {
        return line;
    }
}
