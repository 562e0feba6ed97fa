package org.kalamdb.jdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.kalamdb.jdbc.sql.plan.Plan;

/** Shared helpers for the tests of this module. */
public final class Assertions2 {

    private Assertions2() {
    }

    /** Parses one statement and returns its plan, checked to be of {@code type}. */
    public static <T extends Plan> T plan(String sql, Class<T> type) {
        return assertInstanceOf(type, SqlParser.parse(sql).plan(), sql);
    }

    /** Asserts that {@code action} fails with {@code sqlState}; returns the exception. */
    public static SqlDialectException fails(String sqlState, Executable action) {
        SqlDialectException e = assertThrows(SqlDialectException.class, action);
        assertEquals(sqlState, e.sqlState(), e.getMessage());
        return e;
    }

    /** Asserts that parsing {@code sql} fails with {@code sqlState}. */
    public static SqlDialectException parseFails(String sqlState, String sql) {
        return fails(sqlState, () -> SqlParser.parse(sql));
    }
}
