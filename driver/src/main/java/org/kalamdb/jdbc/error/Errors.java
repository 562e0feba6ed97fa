package org.kalamdb.jdbc.error;

import java.sql.BatchUpdateException;
import java.sql.ClientInfoStatus;
import java.sql.SQLClientInfoException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLWarning;
import java.util.Map;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.transport.TransportException;
import org.kalamdb.jdbc.types.ValueConversionException;

/**
 * The one place that builds SQLExceptions (design.md section 4). The JDBC subclass follows the
 * SQLState class, so pools and tools that look at either see the same thing. Every message goes
 * through {@link #redact(String)} so no credential can leak through a server echo.
 */
public final class Errors {

    private static final Pattern BASIC = Pattern.compile("(?i)\\bBasic\\s+[A-Za-z0-9+/=]{4,}");
    private static final Pattern BEARER = Pattern.compile("(?i)\\bBearer\\s+\\S+");

    private Errors() {
    }

    /** An exception for this SQLState with the JDBC subclass that matches it. */
    public static SQLException create(String sqlState, String message) {
        return create(sqlState, message, null);
    }

    public static SQLException create(String sqlState, String message, Throwable cause) {
        String text = redact(message);
        String cls = sqlState == null || sqlState.length() < 2 ? "XX" : sqlState.substring(0, 2);
        SQLException e = switch (cls) {
            case "08" -> new SQLNonTransientConnectionException(text, sqlState);
            case "28" -> new SQLInvalidAuthorizationSpecException(text, sqlState);
            case "42", "3F" -> new SQLSyntaxErrorException(text, sqlState);
            case "23" -> new SQLIntegrityConstraintViolationException(text, sqlState);
            case "22" -> new SQLDataException(text, sqlState);
            case "40" -> new SQLTransactionRollbackException(text, sqlState);
            case "0A" -> new SQLFeatureNotSupportedException(text, sqlState);
            default -> new SQLException(text, sqlState);
        };
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /** A deadline or query timeout: SQLTimeoutException with 57014 (HikariCP evicts on it, as it should). */
    public static SQLTimeoutException timeout(String message, Throwable cause) {
        return timeout(message, SqlStates.QUERY_CANCELED, cause);
    }

    /**
     * A deadline with another SQLState than 57014: a write whose deadline passed after it was sent
     * is in doubt (08007) and still an SQLTimeoutException, so code catching timeouts sees it too.
     */
    public static SQLTimeoutException timeout(String message, String sqlState, Throwable cause) {
        SQLTimeoutException e = new SQLTimeoutException(redact(message), sqlState);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /** A statement cancelled by {@code Statement.cancel()}: 57014, not a timeout. */
    public static SQLException cancelled(String message, Throwable cause) {
        return create(SqlStates.QUERY_CANCELED, message, cause);
    }

    /** The single helper for every unsupported JDBC method or SQL feature (0A000). */
    public static SQLFeatureNotSupportedException notSupported(String what) {
        return new SQLFeatureNotSupportedException(
                what + " is not supported by the KalamDB JDBC driver", SqlStates.FEATURE_NOT_SUPPORTED);
    }

    /**
     * A transport failure: the SQLState and category come from the transport's classifier; the
     * message (the server's text, or a text naming the address for connection problems) is kept.
     * A write or COMMIT whose answer was lost keeps its in-doubt SQLState 08007, also when a
     * deadline cut it off (then as an SQLTimeoutException).
     */
    public static SQLException fromTransport(TransportException e) {
        String message = e.getMessage() == null || e.getMessage().isEmpty() ? e.serverMessage() : e.getMessage();
        return switch (e.classification().category()) {
            case TIMEOUT -> timeout(message, e.sqlState(), e);
            default -> create(e.sqlState(), message, e);
        };
    }

    /** A parse, validation or evaluation failure of the SQL dialect layer, with its SQLState. */
    public static SQLException fromDialect(SqlDialectException e) {
        return create(e.sqlState(), e.getMessage(), e);
    }

    /** A value that cannot be converted as asked (type-mapping's accessors and encoder). */
    public static SQLException fromConversion(ValueConversionException e) {
        return create(e.sqlState(), e.getMessage(), e);
    }

    /** Operation on a closed Connection, Statement or ResultSet. */
    public static SQLException closed(String what) {
        String state = what.equals("Connection") ? SqlStates.CONNECTION_DOES_NOT_EXIST : SqlStates.GENERAL_ERROR;
        return create(state, "This " + what + " is closed; open a new one to continue.");
    }

    public static SQLClientInfoException clientInfo(String message) {
        return new SQLClientInfoException(redact(message), SqlStates.INVALID_PARAMETER_VALUE, null);
    }

    /** setClientInfo(Properties) on a closed connection: every property failed. */
    public static SQLClientInfoException clientInfoClosed(Map<String, ClientInfoStatus> failed) {
        return new SQLClientInfoException("This Connection is closed; open a new one to continue.",
                SqlStates.CONNECTION_DOES_NOT_EXIST, failed);
    }

    /** A batch stopped by {@code cause}; {@code done} holds the counts of the entries that completed. */
    public static BatchUpdateException batchFailure(long[] done, SQLException cause) {
        return new BatchUpdateException(redact(cause.getMessage()), cause.getSQLState(), cause.getErrorCode(), done,
                cause);
    }

    /** A warning attached to a connection (PostgreSQL NOTICE/WARNING equivalents). */
    public static SQLWarning warning(String message, String sqlState) {
        return new SQLWarning(redact(message), sqlState);
    }

    /** Removes Basic credentials and Bearer tokens from a text that may echo request headers. */
    public static String redact(String message) {
        if (message == null) {
            return null;
        }
        String m = BASIC.matcher(message).replaceAll("Basic ***");
        return BEARER.matcher(m).replaceAll("Bearer ***");
    }
}
