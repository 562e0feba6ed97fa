package org.kalamdb.jdbc.engine;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL result read into the same canonical values the engine returns (timestamps as
 * microseconds since the epoch in UTC, dates as days, times as microseconds of the day), with
 * each column's value class.
 */
record PgResult(List<String> labels, List<ValueClass> classes, List<Object[]> rows) {

    static PgResult read(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> labels = new ArrayList<>();
        List<ValueClass> classes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            labels.add(md.getColumnLabel(i));
            classes.add(ValueClass.ofPostgres(md.getColumnType(i), md.getColumnTypeName(i)));
        }
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] row = new Object[n];
            for (int i = 1; i <= n; i++) {
                row[i - 1] = value(rs, i, md.getColumnType(i), classes.get(i - 1));
            }
            rows.add(row);
        }
        return new PgResult(labels, classes, rows);
    }

    private static Object value(ResultSet rs, int i, int jdbcType, ValueClass cls) throws SQLException {
        Object o = rs.getObject(i);
        if (o == null) {
            return null;
        }
        return switch (cls) {
            case TIMESTAMP -> {
                if (jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || rs.getMetaData().getColumnTypeName(i).equals("timestamptz")) {
                    OffsetDateTime odt = rs.getObject(i, OffsetDateTime.class);
                    yield odt.toEpochSecond() * 1_000_000L + odt.getNano() / 1000;
                }
                LocalDateTime ldt = rs.getObject(i, LocalDateTime.class);
                yield ldt.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + ldt.getNano() / 1000;
            }
            case DATE -> (int) rs.getObject(i, LocalDate.class).toEpochDay();
            case TIME -> rs.getObject(i, LocalTime.class).toNanoOfDay() / 1000L;
            case JSON, UUID -> rs.getString(i);
            case TEXT -> rs.getString(i);
            default -> o;
        };
    }
}
