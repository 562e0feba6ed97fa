package org.kalamdb.jdbc.transport;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.transport.FailureClass.Category;

/**
 * Maps a status returned by the server (method, code, message) to a {@link FailureClass}: first by
 * code where the code alone decides, then by the stable substrings of KalamDB's messages (server.md
 * 6 "Error catalogue"; protocol.md 6.1, 7.3, 7.4, 7.7), then by code again as the fallback.
 * Failures that never reached the server (refused connection, TLS, bad configuration) are
 * classified where they are detected.
 */
public final class FailureClassifier {

    private static final Pattern TABLE_NOT_FOUND =
            Pattern.compile("table '[^']*' not found", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN_NOT_FOUND =
            Pattern.compile("column '[^']*' (not found|does not exist)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROVIDER_NOT_LOADED = Pattern.compile("\\w+\\.\\w+");
    private static final Pattern NAMESPACE_MISSING =
            Pattern.compile(
                    "namespace '[^']*' (does not exist|not found)", Pattern.CASE_INSENSITIVE);

    private FailureClassifier() {}

    /**
     * Classifies a status the server returned for {@code method}.
     *
     * @param message the status message exactly as received; null is treated as empty
     */
    public static FailureClass classify(RpcMethod method, RpcCode code, String message) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(code, "code");
        String text = message == null ? "" : message;
        return switch (code) {
            case OK -> throw new IllegalArgumentException("OK is not a failure");
            case CANCELLED ->
                    // tonic answers a client deadline it noticed first with CANCELLED "Timeout
                    // expired".
                    text.contains("Timeout expired")
                            ? FailureClass.of("57014", Category.TIMEOUT)
                            : FailureClass.of("57014", Category.CANCELLED);
            case DEADLINE_EXCEEDED -> FailureClass.of("57014", Category.TIMEOUT);
            case UNAVAILABLE ->
                    // A Scan whose table provider is not loaded answers UNAVAILABLE "<ns>.<table>"
                    // (protocol.md 5.7): the server is fine, the connection stays usable.
                    PROVIDER_NOT_LOADED.matcher(text).matches()
                            ? FailureClass.of("XX000", Category.INTERNAL)
                            : FailureClass.connection(
                                    method == RpcMethod.OPEN_SESSION ? "08001" : "08006");
            case UNAUTHENTICATED ->
                    method.checksSession() && ServerMessages.isSessionLost(code, text)
                            ? FailureClass.connection("08003")
                            : FailureClass.of("28000", Category.AUTHENTICATION);
            case PERMISSION_DENIED ->
                    method.authenticates()
                            ? FailureClass.of("28000", Category.AUTHENTICATION)
                            : FailureClass.of("42501", Category.PERMISSION);
            case UNIMPLEMENTED -> FailureClass.of("0A000", Category.NOT_SUPPORTED);
            case RESOURCE_EXHAUSTED, OUT_OF_RANGE ->
                    FailureClass.of("54000", Category.LIMIT_EXCEEDED);
            case INVALID_ARGUMENT,
                            NOT_FOUND,
                            ALREADY_EXISTS,
                            FAILED_PRECONDITION,
                            ABORTED,
                            INTERNAL,
                            UNKNOWN,
                            DATA_LOSS ->
                    classifyByMessage(method, code, text);
        };
    }

    private static FailureClass classifyByMessage(RpcMethod method, RpcCode code, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean failedCommit = ServerMessages.isFailedCommit(code, text);
        if (failedCommit || ServerMessages.isTerminalTransactionError(code, text)) {
            // The server rolled the transaction back. A constraint that failed at commit keeps its
            // own
            // SQLState (as PostgreSQL reports a deferred constraint), everything else is 40001.
            FailureClass cause = constraintOrData(text);
            return cause != null
                    ? new FailureClass(cause.sqlState(), cause.category(), false, true)
                    : new FailureClass("40001", Category.TRANSACTION_ROLLBACK, false, true);
        }
        FailureClass constraintOrData = constraintOrData(text);
        if (constraintOrData != null) {
            return constraintOrData;
        }
        if (text.contains("stream tables are not supported inside explicit transactions")
                || text.contains("system tables are not supported inside explicit transactions")
                || text.contains("transactional INSERT requires primary key column 'id'")
                || text.contains("is already bound to data raft group")
                || text.contains("requires a request-scoped execution context")) {
            return FailureClass.of("0A000", Category.NOT_SUPPORTED);
        }
        if (text.contains("already has an active transaction")) {
            return FailureClass.of("25001", Category.INVALID_TRANSACTION_STATE);
        }
        if (text.contains("No field named") || COLUMN_NOT_FOUND.matcher(text).find()) {
            return FailureClass.of("42703", Category.UNDEFINED_OBJECT);
        }
        if (text.contains("Table not found")
                || TABLE_NOT_FOUND.matcher(text).find()
                || (code == RpcCode.NOT_FOUND && isDataRpc(method))) {
            // A Scan/DML NOT_FOUND carries only "<ns>.<table>" as its message.
            return FailureClass.of("42P01", Category.UNDEFINED_OBJECT);
        }
        if (NAMESPACE_MISSING.matcher(text).find() || lower.contains("failed to resolve schema")) {
            return FailureClass.of("3F000", Category.UNDEFINED_OBJECT);
        }
        if (lower.contains("already exists") || code == RpcCode.ALREADY_EXISTS) {
            if (text.contains("Column '")) {
                return FailureClass.of("42701", Category.DUPLICATE_OBJECT);
            }
            if (text.contains("User '")) {
                return FailureClass.of("42710", Category.DUPLICATE_OBJECT);
            }
            return FailureClass.of("42P07", Category.DUPLICATE_OBJECT);
        }
        if (text.contains("SQL query too long")) {
            return FailureClass.of("54000", Category.LIMIT_EXCEEDED);
        }
        if (text.contains("Invalid SQL")
                || lower.contains("parsererror")
                || lower.contains("sql parser error")
                || lower.contains("syntax error")) {
            return FailureClass.of("42601", Category.SYNTAX);
        }
        if (lower.contains("permission denied")
                || lower.contains("access denied")
                || lower.contains("unauthorized")
                || lower.contains("insufficient privileges")
                || lower.contains("requires a dba or system account")
                || lower.contains("cannot insert into system tables")
                || lower.contains("cannot update system tables")
                || lower.contains("cannot delete from system tables")) {
            return FailureClass.of("42501", Category.PERMISSION);
        }
        return switch (code) {
            case INVALID_ARGUMENT -> FailureClass.of("22023", Category.DATA);
            case NOT_FOUND -> FailureClass.of("42704", Category.UNDEFINED_OBJECT);
            case FAILED_PRECONDITION ->
                    FailureClass.of("25000", Category.INVALID_TRANSACTION_STATE);
            case ABORTED -> FailureClass.of("40001", Category.TRANSACTION_ROLLBACK);
            default -> FailureClass.of("XX000", Category.INTERNAL);
        };
    }

    // Integrity and data errors, recognised the same way in autocommit and inside a failed commit.
    private static FailureClass constraintOrData(String text) {
        if (text.contains("Primary key violation")) {
            return FailureClass.of("23505", Category.INTEGRITY_CONSTRAINT);
        }
        if (text.contains("NOT NULL constraint violation")) {
            return FailureClass.of("23502", Category.INTEGRITY_CONSTRAINT);
        }
        if (text.contains("Schema coercion failed")
                || text.contains("Unable to cast")
                || text.contains("Failed to parse '")
                || text.contains("Invalid UUID literal")
                || text.contains("UUID binary literal must be")
                || text.contains("Embedding dimension mismatch")
                || text.contains("invalid row JSON")) {
            return FailureClass.of("22P02", Category.DATA);
        }
        return null;
    }

    private static boolean isDataRpc(RpcMethod method) {
        return method == RpcMethod.SCAN
                || method == RpcMethod.INSERT
                || method == RpcMethod.UPDATE
                || method == RpcMethod.DELETE;
    }
}
