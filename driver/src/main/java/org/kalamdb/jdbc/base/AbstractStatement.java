package org.kalamdb.jdbc.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;

/**
 * The {@link Statement} settings that hold no behaviour in this driver: cursor names, fetch
 * direction, escape processing, field-size limits and pooling hints. Kept here so the concrete
 * statement only carries execution.
 */
public abstract class AbstractStatement extends AbstractWrapper implements Statement {

    private int maxFieldSize;
    private boolean poolable;

    /** Checks that the statement is open; every method here does that first. */
    protected abstract void checkOpen() throws SQLException;

    @Override
    public void setCursorName(String name) throws SQLException {
        checkOpen();
        throw Errors.notSupported("Named cursors (setCursorName)");
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        checkOpen();
        return maxFieldSize;
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "maxFieldSize must be >= 0, got " + max);
        }
        // Accepted and reported back; values are never truncated (KalamDB TEXT has no length).
        maxFieldSize = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
        // JDBC escape syntax ({fn ...}, {d ...}) is not translated; the text goes as written.
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        FetchHints.requireForward(direction);
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
        this.poolable = poolable;
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return poolable;
    }
}
