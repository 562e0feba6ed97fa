package org.kalamdb.jdbc.transport;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a failure means for the driver: the SQLState of design.md section 4, a category that picks
 * the SQLException subclass, and two flags.
 *
 * @param sqlState five-character SQLState
 * @param category the kind of failure
 * @param connectionLost the session cannot be used any more (pools evict on class 08)
 * @param terminalTransactionError the server has already rolled the transaction back (protocol.md
 *     7.7): refuse further statements until rollback
 */
public record FailureClass(
        String sqlState,
        Category category,
        boolean connectionLost,
        boolean terminalTransactionError) {

    /** Kinds of failure, each with the SQLException subclass the driver is expected to use. */
    public enum Category {
        /** 08001 / 08003 / 08006, 08007 in doubt: SQLNonTransientConnectionException. */
        CONNECTION,
        /** 28000: SQLInvalidAuthorizationSpecException. */
        AUTHENTICATION,
        /** 57014 after a deadline (08007 when a write is in doubt): SQLTimeoutException. */
        TIMEOUT,
        /** 57014 after a cancellation. */
        CANCELLED,
        /** 42601: SQLSyntaxErrorException. */
        SYNTAX,
        /** 42P01 table, 3F000 namespace, 42703 column, 42704 other: SQLSyntaxErrorException. */
        UNDEFINED_OBJECT,
        /** 42P07 / 42701 / 42710. */
        DUPLICATE_OBJECT,
        /** 42501. */
        PERMISSION,
        /** 23505 / 23502: SQLIntegrityConstraintViolationException. */
        INTEGRITY_CONSTRAINT,
        /** 22023 / 22P02: SQLDataException. */
        DATA,
        /** 25000 / 25001. */
        INVALID_TRANSACTION_STATE,
        /** 40001: SQLTransactionRollbackException. */
        TRANSACTION_ROLLBACK,
        /** 0A000: SQLFeatureNotSupportedException. */
        NOT_SUPPORTED,
        /** 54000: a size limit of the server or of this client. */
        LIMIT_EXCEEDED,
        /** 22023: a connection property has an invalid value (never 08: nothing was lost). */
        INVALID_CONFIGURATION,
        /** XX000: anything else, with the server's text kept intact. */
        INTERNAL
    }

    /** SQLState of a request whose outcome is unknown: "transaction resolution unknown". */
    public static final String IN_DOUBT = "08007";

    public FailureClass {
        Objects.requireNonNull(sqlState, "sqlState");
        Objects.requireNonNull(category, "category");
        if (sqlState.length() != 5) {
            throw new IllegalArgumentException("SQLState must have 5 characters: " + sqlState);
        }
    }

    static FailureClass of(String sqlState, Category category) {
        return new FailureClass(sqlState, category, false, false);
    }

    static FailureClass connection(String sqlState) {
        return new FailureClass(sqlState, Category.CONNECTION, true, false);
    }
}
