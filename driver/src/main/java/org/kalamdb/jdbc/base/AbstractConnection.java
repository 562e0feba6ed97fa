package org.kalamdb.jdbc.base;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.NClob;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Struct;
import java.util.Map;

import org.kalamdb.jdbc.error.Errors;

/**
 * The {@link Connection} methods KalamDB has nothing behind: stored procedures, LOB factories,
 * user-defined types and savepoints (D6: savepoints are 0A000). Catalogs do not exist, so
 * {@code setCatalog} is silently ignored as the JDBC spec asks.
 */
public abstract class AbstractConnection extends AbstractWrapper implements Connection {

    /** Checks that the connection is open; every method here does that first. */
    protected abstract void checkOpen() throws SQLException;

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        checkOpen();
        throw Errors.notSupported("Stored procedures (prepareCall)");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        checkOpen();
        throw Errors.notSupported("Stored procedures (prepareCall)");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
                                         int resultSetHoldability) throws SQLException {
        checkOpen();
        throw Errors.notSupported("Stored procedures (prepareCall)");
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        // No JDBC escape processing: the text is sent as written.
        return sql;
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
        // KalamDB has no catalogs; the JDBC spec asks drivers without them to ignore this call.
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return new java.util.HashMap<>();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw Errors.notSupported("Custom type maps (KalamDB has no user-defined types)");
        }
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        checkOpen();
        throw Errors.notSupported("Savepoints");
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        checkOpen();
        throw Errors.notSupported("Savepoints");
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        checkOpen();
        throw Errors.notSupported("Savepoints");
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        checkOpen();
        throw Errors.notSupported("Savepoints");
    }

    @Override
    public Clob createClob() throws SQLException {
        checkOpen();
        throw Errors.notSupported("Connection.createClob (bind a String instead)");
    }

    @Override
    public Blob createBlob() throws SQLException {
        checkOpen();
        throw Errors.notSupported("Connection.createBlob (bind a byte[] instead)");
    }

    @Override
    public NClob createNClob() throws SQLException {
        checkOpen();
        throw Errors.notSupported("Connection.createNClob (bind a String instead)");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        checkOpen();
        throw Errors.notSupported("SQLXML");
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        checkOpen();
        throw Errors.notSupported("SQL arrays (createArrayOf)");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        checkOpen();
        throw Errors.notSupported("Structured types (createStruct)");
    }
}
