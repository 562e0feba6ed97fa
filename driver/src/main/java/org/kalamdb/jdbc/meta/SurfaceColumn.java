package org.kalamdb.jdbc.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.schema.ColumnDefaultValue;
import org.kalamdb.jdbc.schema.DefaultValueParser;
import org.kalamdb.jdbc.schema.KalamTypeNames;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.transport.TableType;
import org.kalamdb.jdbc.types.KalamType;

/**
 * A column as an application sees it through this driver — the PostgreSQL surface of pg_kalam
 * (extension.md 1.4): the declared columns in order, then {@code _seq} (every table), then
 * {@code _userid} (user tables only, never stored on the server); {@code _deleted} is hidden. This
 * is the column list of {@code SELECT *}, and the positions are 1-based in that list.
 *
 * @param table        the table's system.tables row
 * @param name         the column name
 * @param type         the KalamDB type, or null when the server names a type this driver does not know
 * @param typeText     the server's type name ({@code DECIMAL(10, 2)})
 * @param defaultValue the parsed DEFAULT, or null
 */
record SurfaceColumn(SystemCatalog.Table table, String name, Role role, KalamType type, String typeText,
                     boolean nullable, boolean primaryKey, ColumnDefaultValue defaultValue, String comment,
                     int position) {

    /** Why the column exists. */
    enum Role {
        /** Declared by CREATE/ALTER TABLE. */
        DECLARED,
        /** {@code _seq}: the row version the server assigns on every write; read-only. */
        SEQ,
        /** {@code _userid}: the row's tenant, filled from {@code kalam.user_id}; an INSERT may set it. */
        USER_ID
    }

    static final String SEQ_REMARKS = "Version ID (MVCC) with embedded timestamp; assigned by KalamDB on every write, "
            + "read-only";
    static final String USER_ID_REMARKS = "The row's tenant: the session's kalam.user_id; an INSERT may name it "
            + "explicitly, UPDATE ignores it";

    TypeFacts facts() {
        return type == null ? TypeFacts.unknown(typeText) : TypeFacts.of(type);
    }

    /** SNOWFLAKE_ID() defaults make a key that grows by itself. */
    boolean autoIncrement() {
        return defaultValue instanceof ColumnDefaultValue.Function f && "SNOWFLAKE_ID".equals(f.name());
    }

    /** The DEFAULT as SQL text: {@code 'text'}, {@code TRUE}, {@code 42}, {@code NULL}, {@code NOW()}. */
    String defaultSql() {
        if (defaultValue instanceof ColumnDefaultValue.Function f) {
            return f.name() + "()";
        }
        if (defaultValue instanceof ColumnDefaultValue.Literal l) {
            return literalSql(l.value());
        }
        return null;
    }

    private static String literalSql(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return value.toString();
    }

    /**
     * The surface columns of the tables in {@code columns} (ordered by table then ordinal, as
     * {@link SystemCatalog#columns} returns them); {@code tables} gives each table's type.
     */
    static List<SurfaceColumn> of(List<SystemCatalog.Table> tables, List<SystemCatalog.Column> columns) {
        Map<String, SystemCatalog.Table> byName = new HashMap<>();
        for (SystemCatalog.Table t : tables) {
            byName.put(key(t.namespace(), t.name()), t);
        }
        List<SurfaceColumn> out = new ArrayList<>();
        SystemCatalog.Table current = null;
        int position = 0;
        for (SystemCatalog.Column c : columns) {
            String key = key(c.namespace(), c.table());
            if (current == null || !key.equals(key(current.namespace(), current.name()))) {
                appendUserId(current, position, out);
                // A table created between the two reads has no system.tables row here: shared, no comment.
                current = byName.getOrDefault(key, new SystemCatalog.Table(c.namespace(), c.table(),
                        TableType.SHARED, null));
                position = 0;
            }
            boolean dataTable = current.type() != TableType.SYSTEM;
            if (dataTable && SystemColumns.DELETED.equals(c.name())) {
                continue;
            }
            boolean seq = dataTable && SystemColumns.SEQ.equals(c.name());
            out.add(new SurfaceColumn(current, c.name(), seq ? Role.SEQ : Role.DECLARED,
                    KalamTypeNames.parse(c.dataType()), c.dataType(), c.nullable(), c.primaryKey(),
                    DefaultValueParser.parse(c.defaultValue()),
                    seq && c.comment() == null ? SEQ_REMARKS : c.comment(), ++position));
        }
        appendUserId(current, position, out);
        return out;
    }

    private static void appendUserId(SystemCatalog.Table table, int lastPosition, List<SurfaceColumn> out) {
        if (table == null || table.type() != TableType.USER) {
            return;
        }
        // NOT NULL as SELECT * reports it: every row read through the driver carries its tenant.
        out.add(new SurfaceColumn(table, SystemColumns.USER_ID, Role.USER_ID, KalamType.TEXT, "TEXT", false, false,
                null, USER_ID_REMARKS, lastPosition + 1));
    }

    private static String key(String namespace, String table) {
        return namespace + "." + table;
    }
}
