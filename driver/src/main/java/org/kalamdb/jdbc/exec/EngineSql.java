package org.kalamdb.jdbc.exec;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.sql.ParameterizedSql;

/**
 * What the driver hands the query engine: the statement as the user wrote it with each
 * placeholder spelled {@code $n} by its parameter index (so the engine binds the caller's values
 * unchanged, also for the later statements of a script), and the bound values in forms the engine
 * binds without a time-zone shift.
 */
final class EngineSql {

    private EngineSql() {
    }

    /**
     * The statement with placeholders as {@code $n}. Everything else is kept byte for byte: the
     * JSON {@code ?} operator and the {@code ??} escape are the engine's to read.
     */
    static String text(ParameterizedSql sql) {
        StringBuilder sb = new StringBuilder(sql.sql().length() + 8);
        int copied = 0;
        for (ParameterizedSql.Placeholder p : sql.placeholders()) {
            sb.append(sql.sql(), copied, p.start()).append('$').append(p.index());
            copied = p.end();
        }
        return sb.append(sql.sql(), copied, sql.sql().length()).toString();
    }

    /**
     * The bound values for the engine: java.sql date and time classes become their java.time wall
     * clock (as JDBC defines them, and as the fast path reads them), a Character its text; the
     * rest as bound.
     */
    static List<Object> parameters(List<Object> bound) {
        List<Object> out = new ArrayList<>(bound.size());
        for (Object v : bound) {
            out.add(ParameterValues.fromLegacyJdbcTypes(v));
        }
        return out;
    }
}
