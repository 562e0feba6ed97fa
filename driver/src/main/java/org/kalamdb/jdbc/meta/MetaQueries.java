package org.kalamdb.jdbc.meta;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.KalamConnection;
import org.kalamdb.jdbc.ResultSets;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.schema.KalamTypeNames;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.access.ColumnTypeInfo;
import org.kalamdb.jdbc.types.arrow.ArrowIpcReader;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;

/**
 * The catalog queries behind DatabaseMetaData: {@code system.namespaces}, {@code system.tables}
 * and {@code system.columns} read through ExecuteQuery with an explicit ORDER BY and pages of
 * 1000 rows (the server's cap), JDBC name patterns matched on the client. Tables show the
 * PostgreSQL surface of pg_kalam: {@code _seq} on every table, {@code _userid} on user tables,
 * {@code _deleted} hidden.
 */
final class MetaQueries {

    private static final int PAGE = 1000;

    private final KalamConnection connection;

    MetaQueries(KalamConnection connection) {
        this.connection = connection;
    }

    private record Table(String namespace, String name, String type, String comment) {
    }

    ResultSet schemas(String schemaPattern) throws SQLException {
        Pattern p = pattern(schemaPattern);
        List<Object[]> rows = new ArrayList<>();
        for (Map<String, Object> r : query("SELECT namespace_id FROM system.namespaces ORDER BY namespace_id")) {
            String ns = (String) r.get("namespace_id");
            if (ns != null && p.matcher(ns).matches()) {
                rows.add(new Object[] {ns, null});
            }
        }
        if (p.matcher("system").matches() && rows.stream().noneMatch(r -> "system".equals(r[0]))) {
            rows.add(new Object[] {"system", null});
        }
        rows.sort(Comparator.comparing(r -> (String) r[0]));
        return ResultSets.of(MetaColumns.fields(MetaColumns.SCHEMAS), rows);
    }

    ResultSet tables(String schemaPattern, String tablePattern, String[] types) throws SQLException {
        Pattern sp = pattern(schemaPattern);
        Pattern tp = pattern(tablePattern);
        List<String> wanted = types == null ? null : List.of(types);
        List<Object[]> rows = new ArrayList<>();
        for (Table t : tables()) {
            String jdbcType = jdbcTableType(t);
            if (!sp.matcher(t.namespace()).matches() || !tp.matcher(t.name()).matches()
                    || (wanted != null && !wanted.contains(jdbcType))) {
                continue;
            }
            rows.add(new Object[] {null, t.namespace(), t.name(), jdbcType, t.comment(), null, null, null, null, null});
        }
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[3]).thenComparing(r -> (String) r[1])
                .thenComparing(r -> (String) r[2]));
        return ResultSets.of(MetaColumns.fields(MetaColumns.TABLES), rows);
    }

    ResultSet columns(String schemaPattern, String tablePattern, String columnPattern) throws SQLException {
        Pattern sp = pattern(schemaPattern);
        Pattern tp = pattern(tablePattern);
        Pattern cp = pattern(columnPattern);
        Map<String, Table> tables = new HashMap<>();
        for (Table t : tables()) {
            tables.put(t.namespace() + "." + t.name(), t);
        }
        List<Object[]> rows = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        String lastTable = null;
        for (Map<String, Object> r : query("SELECT namespace_id, table_name, column_name, data_type, nullable, "
                + "default_value, comment, ordinal FROM system.columns ORDER BY namespace_id, table_name, ordinal")) {
            String ns = (String) r.get("namespace_id");
            String table = (String) r.get("table_name");
            String column = (String) r.get("column_name");
            if (ns == null || table == null || column == null || "_deleted".equals(column)
                    || !sp.matcher(ns).matches() || !tp.matcher(table).matches()) {
                continue;
            }
            String key = ns + "." + table;
            if (lastTable != null && !lastTable.equals(key)) {
                addUserId(tables.get(lastTable), positions, cp, rows);
            }
            lastTable = key;
            int position = positions.merge(key, 1, Integer::sum);
            if (!cp.matcher(column).matches()) {
                continue;
            }
            KalamType type = KalamTypeNames.parse((String) r.get("data_type"));
            boolean nullable = !Boolean.FALSE.equals(r.get("nullable"));
            rows.add(columnRow(ns, table, column, type, (String) r.get("data_type"), nullable,
                    (String) r.get("default_value"), (String) r.get("comment"), position));
        }
        if (lastTable != null) {
            addUserId(tables.get(lastTable), positions, cp, rows);
        }
        return ResultSets.of(MetaColumns.fields(MetaColumns.COLUMNS), rows);
    }

    private static void addUserId(Table table, Map<String, Integer> positions, Pattern cp, List<Object[]> rows) {
        if (table == null || !"user".equals(table.type()) || !cp.matcher("_userid").matches()) {
            return;
        }
        int position = positions.merge(table.namespace() + "." + table.name(), 1, Integer::sum);
        rows.add(columnRow(table.namespace(), table.name(), "_userid", KalamType.TEXT, "TEXT", false, null,
                "the tenant (kalam.user_id) owning the row", position));
    }

    private static Object[] columnRow(String ns, String table, String column, KalamType type, String typeName,
                                      boolean nullable, String defaultValue, String comment, int position) {
        int sqlType = java.sql.Types.OTHER;
        Integer size = null;
        Integer digits = null;
        if (type != null) {
            ColumnTypeInfo info = ColumnTypeInfo.of(type.toArrowField(column, nullable, false));
            sqlType = info.sqlType();
            size = info.precision();
            digits = type.kind() == KalamType.Kind.DECIMAL ? type.scale() : null;
        }
        boolean autoIncrement = defaultValue != null && defaultValue.toUpperCase(Locale.ROOT).contains("SNOWFLAKE_ID");
        return new Object[] {null, ns, table, column, sqlType, typeName, size, null, digits, 10,
            nullable ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls, comment, defaultValue,
            null, null, null, position, nullable ? "YES" : "NO", null, null, null, null,
            autoIncrement ? "YES" : "NO", "NO"};
    }

    ResultSet primaryKeys(String schema, String table) throws SQLException {
        Pattern sp = pattern(schema);
        Pattern tp = pattern(table);
        List<Object[]> rows = new ArrayList<>();
        for (Map<String, Object> r : query("SELECT namespace_id, table_name, column_name, primary_key "
                + "FROM system.columns ORDER BY namespace_id, table_name, ordinal")) {
            String ns = (String) r.get("namespace_id");
            String t = (String) r.get("table_name");
            if (Boolean.TRUE.equals(r.get("primary_key")) && ns != null && t != null && sp.matcher(ns).matches()
                    && tp.matcher(t).matches()) {
                rows.add(new Object[] {null, ns, t, r.get("column_name"), (short) 1, t + "_pkey"});
            }
        }
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[3]));
        return ResultSets.of(MetaColumns.fields(MetaColumns.PRIMARY_KEYS), rows);
    }

    private List<Table> tables() throws SQLException {
        List<Table> out = new ArrayList<>();
        for (Map<String, Object> r : query("SELECT namespace_id, table_name, table_type, comment FROM system.tables "
                + "ORDER BY namespace_id, table_name")) {
            String ns = (String) r.get("namespace_id");
            String name = (String) r.get("table_name");
            if (ns != null && name != null) {
                Object type = r.get("table_type");
                out.add(new Table(ns, name, type == null ? "shared" : type.toString().toLowerCase(Locale.ROOT),
                        (String) r.get("comment")));
            }
        }
        return out;
    }

    private static String jdbcTableType(Table t) {
        return "system".equals(t.type()) || "system".equals(t.namespace()) ? "SYSTEM TABLE" : "TABLE";
    }

    /** Every row of {@code sql} (which must have an ORDER BY and no LIMIT), paging by 1000. */
    private List<Map<String, Object>> query(String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (long offset = 0; ; offset += PAGE) {
            QueryResult result = connection.metadataQuery(sql + " LIMIT " + PAGE + " OFFSET " + offset);
            IpcStream stream;
            try {
                stream = ArrowIpcReader.readAll(result.ipcBatches());
            } catch (RuntimeException e) {
                throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "Could not decode a metadata reply: "
                        + e.getMessage(), e);
            }
            int n = 0;
            for (RecordBatch b : stream.batches()) {
                for (int r = 0; r < b.rowCount(); r++) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 0; c < b.columns().size(); c++) {
                        ColumnVector v = b.column(c);
                        row.put(v.field().name(), plain(v, r));
                    }
                    out.add(row);
                    n++;
                }
            }
            if (n < PAGE) {
                return out;
            }
        }
    }

    private static Object plain(ColumnVector v, int row) {
        if (v.isNull(row)) {
            return null;
        }
        var t = v.field().type();
        if (t instanceof org.kalamdb.jdbc.types.arrow.ArrowType.Bool) {
            return v.getBoolean(row);
        }
        if (t instanceof org.kalamdb.jdbc.types.arrow.ArrowType.Int) {
            return v.getLong(row);
        }
        if (t instanceof org.kalamdb.jdbc.types.arrow.ArrowType.Utf8
                || t instanceof org.kalamdb.jdbc.types.arrow.ArrowType.LargeUtf8
                || t instanceof org.kalamdb.jdbc.types.arrow.ArrowType.Utf8View) {
            return v.getString(row);
        }
        return null;
    }

    /** A JDBC LIKE pattern ({@code %}, {@code _}, escape {@code \}) as a regex; null matches everything. */
    static Pattern pattern(String jdbcPattern) {
        if (jdbcPattern == null) {
            return Pattern.compile(".*", Pattern.DOTALL);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < jdbcPattern.length(); i++) {
            char c = jdbcPattern.charAt(i);
            if (c == '\\' && i + 1 < jdbcPattern.length()) {
                sb.append(Pattern.quote(String.valueOf(jdbcPattern.charAt(++i))));
            } else if (c == '%') {
                sb.append(".*");
            } else if (c == '_') {
                sb.append('.');
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(sb.toString(), Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    }
}
