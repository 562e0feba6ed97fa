package org.kalamdb.server.sql;

import java.util.Locale;

import org.kalamdb.server.KalamError;

/**
 * Every failure of the SQL entry points, built with the real server's KalamDbError Display
 * prefixes (server.md 6, error catalogue). gRPC SQL errors all arrive as INTERNAL.
 */
public final class SqlErrors {

    private SqlErrors() {
    }

    public static KalamError invalidSql(String message) {
        return KalamError.internal("Invalid SQL: " + message);
    }

    public static KalamError invalidOperation(String message) {
        return KalamError.internal("Invalid operation: " + message);
    }

    public static KalamError notFound(String message) {
        return KalamError.internal("Not found: " + message);
    }

    public static KalamError alreadyExists(String message) {
        return KalamError.internal("Already exists: " + message);
    }

    public static KalamError tableNotFound(String message) {
        return KalamError.internal("Table not found: " + message);
    }

    public static KalamError execution(String message) {
        return KalamError.internal("Execution error: " + message);
    }

    public static KalamError unauthorized(String message) {
        return KalamError.internal("Unauthorized: " + message);
    }

    public static KalamError permissionDenied(String message) {
        return KalamError.internal("Permission denied: " + message);
    }

    /** KalamDbError::Other: the text without any prefix (validation messages, Arrow errors). */
    public static KalamError bare(String message) {
        return KalamError.internal(message);
    }

    /**
     * Classifies a query-engine (DataFusion) error text by substring, as
     * {@code classify_datafusion_error} does; the outer prefix therefore depends on the words in
     * the text, e.g. a primary-key message becomes {@code Already exists: ...}.
     */
    public static KalamError classifyEngineError(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if ((lower.contains("table") && lower.contains("not found"))
                || (lower.contains("relation") && lower.contains("does not exist"))
                || lower.contains("unknown table")) {
            return tableNotFound(message);
        }
        if (lower.contains("access denied") || lower.contains("permission denied") || lower.contains("unauthorized")
                || lower.contains("not authorized") || lower.contains("forbidden")
                || lower.contains("insufficient privileges")) {
            return permissionDenied(message);
        }
        if ((lower.contains("column") && lower.contains("not found"))
                || (lower.contains("field") && lower.contains("not found"))
                || lower.contains("no field named")) {
            return invalidOperation(message);
        }
        if (lower.contains("primary key") || lower.contains("constraint violation")
                || lower.contains("already exists") || lower.contains("duplicate")
                || lower.contains("unique constraint") || lower.contains("unique index")) {
            return alreadyExists(message);
        }
        return execution(message);
    }
}
