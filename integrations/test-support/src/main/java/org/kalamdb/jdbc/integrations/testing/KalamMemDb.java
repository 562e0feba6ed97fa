package org.kalamdb.jdbc.integrations.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An in-process KalamDB server of its own ({@code jdbc:kalam:mem:<unique name>}), with the few JDBC look-ups the
 * tests assert on. Plain JDBC through the real driver: what a user of the migrated database would see.
 */
public record KalamMemDb(String url) {

    public static KalamMemDb fresh(String purpose) {
        return new KalamMemDb("jdbc:kalam:mem:" + purpose + "-" + UUID.randomUUID());
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Every row of a query, each as a list of {@link ResultSet#getObject(int)} values. */
    public List<List<Object>> rows(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The tables of a namespace, as DatabaseMetaData reports them (type TABLE). */
    public List<String> tables(String namespace) throws SQLException {
        try (Connection connection = connect();
                ResultSet rs = connection.getMetaData().getTables(null, namespace, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            names.sort(null);
            return names;
        }
    }

    /** The columns of a table, in ordinal order, as DatabaseMetaData reports them. */
    public List<String> columns(String namespace, String table) throws SQLException {
        try (Connection connection = connect();
                ResultSet rs = connection.getMetaData().getColumns(null, namespace, table, "%")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
            return names;
        }
    }

    public boolean namespaceExists(String namespace) throws SQLException {
        try (Connection connection = connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getSchemas(null, namespace)) {
                while (rs.next()) {
                    if (namespace.equals(rs.getString("TABLE_SCHEM"))) {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
