package org.kalamdb.jdbc.base;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;

/**
 * The fetch hints a Statement and its ResultSets share. Results arrive whole (one Scan or query
 * reply), so only the forward direction exists and the fetch size is a hint that is kept, checked
 * and reported back, never acted on.
 */
public final class FetchHints {

    private FetchHints() {
    }

    /** Accepts FETCH_FORWARD only. */
    public static void requireForward(int direction) throws SQLException {
        if (direction != ResultSet.FETCH_FORWARD) {
            throw Errors.notSupported("Fetch directions other than FETCH_FORWARD");
        }
    }

    /** The fetch size to keep; 22023 when negative. */
    public static int checkedSize(int rows) throws SQLException {
        if (rows < 0) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "The fetch size must be >= 0, got " + rows);
        }
        return rows;
    }
}
