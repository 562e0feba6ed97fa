package org.kalamdb.jdbc.exec;

import org.kalamdb.jdbc.KalamResultSet;

/** What one SQL statement produced: rows, or an update count (with generated keys when asked for). */
public sealed interface StatementResult {

    /** A result set (SELECT, SHOW, INSERT ... RETURNING, ...). */
    record Rows(KalamResultSet resultSet) implements StatementResult {
    }

    /**
     * An update count: rows written for DML, 0 for DDL and session commands.
     *
     * @param generatedKeys the keys asked for with Statement.RETURN_GENERATED_KEYS, or null
     */
    record Count(long count, KalamResultSet generatedKeys) implements StatementResult {
        public static Count zero() {
            return new Count(0, null);
        }

        public static Count of(long n) {
            return new Count(n, null);
        }
    }
}
