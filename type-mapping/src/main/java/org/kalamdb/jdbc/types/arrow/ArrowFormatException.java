package org.kalamdb.jdbc.types.arrow;

/** Bytes that are not a valid (or not a supported) Arrow IPC stream. The message says which. */
public class ArrowFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArrowFormatException(String message) {
        super(message);
    }

    public ArrowFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
