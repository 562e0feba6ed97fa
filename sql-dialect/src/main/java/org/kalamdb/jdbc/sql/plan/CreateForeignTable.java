package org.kalamdb.jdbc.sql.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code CREATE FOREIGN TABLE [IF NOT EXISTS] name (...) SERVER s [OPTIONS (...)]}: pg_kalam's
 * explicit FDW path, describing a KalamDB table that should already exist. The driver checks that
 * the remote table exists (and may create it with {@link #toCreateTable()}).
 *
 * @param table       the table; a null schema means the current schema
 * @param ifNotExists IF NOT EXISTS was written
 * @param columns     the declared columns, normalised like CREATE TABLE's
 * @param server      the folded server name (any name: there is no PostgreSQL server object)
 * @param options     the OPTIONS in declared order, lower-case keys, unquoted values
 */
public record CreateForeignTable(QualifiedName table, boolean ifNotExists, List<ColumnDef> columns, String server,
                                 Map<String, String> options) implements DdlPlan {

    /** Foreign-table options that are not KalamDB table options. */
    public static final List<String> LOCAL_OPTIONS = List.of("table_type", "namespace", "table");

    public CreateForeignTable {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** The {@code table_type} option, or null when absent (pg_kalam then assumes SHARED). */
    public TableType tableType() {
        String t = options.get("table_type");
        return t == null ? null : TableType.parse(t, "table_type");
    }

    /** The options KalamDB understands: all but {@code table_type}, {@code namespace}, {@code table}. */
    public Map<String, String> tableOptions() {
        Map<String, String> out = new LinkedHashMap<>();
        options.forEach((k, v) -> {
            if (!LOCAL_OPTIONS.contains(k)) {
                out.put(k, v);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * The equivalent {@code CREATE TABLE IF NOT EXISTS ... USING kalamdb WITH (type = ...)}, as
     * pg_kalam mirrors a direct CREATE FOREIGN TABLE (extension.md 1.8).
     */
    public CreateTable toCreateTable() {
        Map<String, String> opts = new LinkedHashMap<>();
        opts.put("type", (tableType() == null ? TableType.SHARED : tableType()).optionValue());
        opts.putAll(tableOptions());
        return new CreateTable(table, true, true, columns, null, opts, List.of());
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
