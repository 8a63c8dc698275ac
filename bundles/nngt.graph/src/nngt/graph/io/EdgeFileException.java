package nngt.graph.io;

/**
 * An edge file that cannot be used as it is: missing, unreadable, of the wrong format or columns, or
 * holding a row that does not fit the connection. The message names the file and, where one row is
 * at fault, that row with its values; {@link #row()} gives the row for editors that show it apart.
 */
public final class EdgeFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** No particular row. */
    public static final long NO_ROW = -1;

    private final long row;

    /**
     * @param message the full sentence (file, row and values included)
     * @param row the offending row (0-based, in file order), or {@link #NO_ROW}
     */
    public EdgeFileException(String message, long row) {
        super(message);
        this.row = row;
    }

    /**
     * @param message the full sentence, naming the file
     * @param cause what the reader reported
     */
    public EdgeFileException(String message, Throwable cause) {
        super(message, cause);
        this.row = NO_ROW;
    }

    /**
     * @return the offending row (0-based, in file order), or {@link #NO_ROW}
     */
    public long row() {
        return row;
    }
}
