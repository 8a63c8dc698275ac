package nngt.cli;

/**
 * A model file has errors; its diagnostics were already printed.
 */
final class InvalidModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the file and the number of errors
     */
    InvalidModelException(String message) {
        super(message);
    }
}
