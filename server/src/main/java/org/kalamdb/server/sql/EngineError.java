package org.kalamdb.server.sql;

/**
 * A failure inside SELECT/DML planning or execution, carrying the query engine's (DataFusion's)
 * own text, e.g. {@code Error during planning: table 'kalam.app.t' not found}. The executor
 * classifies it into a KalamError with {@link SqlErrors#classifyEngineError(String)}.
 */
public final class EngineError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineError(String message) {
        super(message);
    }

    public static EngineError planning(String message) {
        return new EngineError("Error during planning: " + message);
    }

    public static EngineError notImplemented(String feature) {
        return new EngineError("This feature is not implemented: " + feature);
    }
}
