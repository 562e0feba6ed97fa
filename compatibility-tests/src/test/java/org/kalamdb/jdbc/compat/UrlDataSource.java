package org.kalamdb.jdbc.compat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The plainest DataSource: every getConnection opens a new connection to one URL through
 * DriverManager, and counts it, so a test can tell how many physical connections a pool made.
 */
final class UrlDataSource implements DataSource {

    private final String url;
    private final AtomicInteger opened = new AtomicInteger();

    UrlDataSource(String url) {
        this.url = url;
    }

    /** Physical connections opened so far. */
    int opened() {
        return opened.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        opened.incrementAndGet();
        return c;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Connection c = DriverManager.getConnection(url, username, password);
        opened.incrementAndGet();
        return c;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
