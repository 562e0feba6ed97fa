package org.kalamdb.jdbc.compat.forked;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Runs in a forked JVM on nothing but the shaded driver jar (and this class): creates a table
 * with every KalamDB type, writes one row of values and one of nulls, reads both back and prints
 * {@code row <id> <column>=<value>} lines for the test to compare. It touches only java.sql, so
 * the driver is found through its service file, as an application would.
 *
 * <p>Usage: {@code EveryTypeProgram <namespace> <jdbc url>...}; prints {@code java <version>} first
 * and {@code url <n>} before the rows of each URL. Numbers and text print as plain values; other
 * values print with the simple name of the class {@code getObject} returned.
 */
public final class EveryTypeProgram {

    static final String COLUMNS = "id BIGINT PRIMARY KEY, b BOOLEAN, si SMALLINT, i INT, bi BIGINT, f FLOAT, "
            + "d DOUBLE, dec DECIMAL(18,4), t TEXT, by BYTES, j JSON, ts TIMESTAMP, dt DATE, dtm DATETIME, tm TIME, "
            + "u UUID, e EMBEDDING(3), fi FILE";

    /** UTF-8 whatever the platform's default: the test reads the output as UTF-8. */
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private EveryTypeProgram() {
    }

    public static void main(String[] args) throws SQLException {
        OUT.println("java " + System.getProperty("java.specification.version"));
        String namespace = args[0];
        for (int i = 1; i < args.length; i++) {
            OUT.println("url " + i);
            run(args[i], namespace);
        }
        OUT.println("done");
    }

    private static void run(String url, String namespace) throws SQLException {
        String table = namespace + ".every_type";
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + namespace);
                s.execute("CREATE TABLE " + table + " (" + COLUMNS + ") USING kalamdb WITH (type = 'shared')");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table
                    + " (id, b, si, i, bi, f, d, dec, t, by, j, ts, dt, dtm, tm, u, e, fi)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, 1);
                p.setBoolean(2, true);
                p.setShort(3, (short) -12);
                p.setInt(4, 123456);
                p.setLong(5, 9007199254740993L);
                p.setFloat(6, 1.5f);
                p.setDouble(7, -2.25);
                p.setBigDecimal(8, new BigDecimal("12345.6789"));
                p.setString(9, "héllo, wörld");
                p.setBytes(10, new byte[] {0, 1, (byte) 0xfe, (byte) 0xff});
                p.setString(11, "{\"a\":[1,2]}");
                p.setObject(12, LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123456000));
                p.setObject(13, LocalDate.of(1999, 12, 31));
                p.setObject(14, OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 6000, ZoneOffset.UTC));
                p.setObject(15, LocalTime.of(23, 59, 58, 999999000));
                p.setObject(16, UUID.fromString("0190f3a4-5b6c-7d8e-9fa0-b1c2d3e4f506"));
                p.setObject(17, new float[] {0.5f, -1f, 2.25f});
                p.setString(18, "{\"id\":\"f1\",\"sub\":\"s\",\"name\":\"a.txt\",\"size\":3,\"mime\":\"text/plain\","
                        + "\"sha256\":\"abc\"}");
                p.executeUpdate();
                p.setLong(1, 2);
                for (int i = 2; i <= 18; i++) {
                    p.setNull(i, p.getParameterMetaData().getParameterType(i));
                }
                p.executeUpdate();
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 2; i <= md.getColumnCount(); i++) {
                        String name = md.getColumnName(i);
                        if (!name.equals("_seq")) {
                            OUT.println("row " + rs.getLong(1) + " " + name + "=" + text(rs.getObject(i))
                                    + temporal(rs, i, name));
                        }
                    }
                }
            }
            // The query engine (Calcite, generating and compiling code at run time) from the same jar.
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) AS n, count(t) AS texts, sum(i) AS total,"
                         + " max(dec) AS top FROM " + table)) {
                rs.next();
                OUT.println("engine aggregate n=" + rs.getLong("n") + " texts=" + rs.getLong("texts")
                        + " total=" + rs.getLong("total") + " top=" + rs.getBigDecimal("top"));
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT a.id, b.t FROM " + table + " a JOIN " + table
                         + " b ON a.id = b.id WHERE b.t IS NOT NULL ORDER BY a.id")) {
                while (rs.next()) {
                    OUT.println("engine join " + rs.getLong(1) + " " + rs.getString(2));
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    /** Temporal columns once more as java.time values, which do not depend on the JVM's time zone. */
    private static String temporal(ResultSet rs, int column, String name) throws SQLException {
        Object value = switch (name) {
            case "ts" -> rs.getObject(column, LocalDateTime.class);
            case "dt" -> rs.getObject(column, LocalDate.class);
            case "dtm" -> rs.getObject(column, OffsetDateTime.class);
            case "tm" -> rs.getObject(column, LocalTime.class);
            default -> "";
        };
        return value == null ? " / null" : value.equals("") ? "" : " / " + value;
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] b) {
            return "0x" + HexFormat.of().formatHex(b);
        }
        if (value instanceof float[] f) {
            return Arrays.toString(f);
        }
        if (value instanceof Number || value instanceof String || value instanceof Boolean) {
            return value.toString();
        }
        return value.getClass().getSimpleName() + ":" + value;
    }
}
