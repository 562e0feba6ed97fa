package org.kalamdb.jdbc.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kalamdb.jdbc.transport.TableType;

/**
 * A KalamDB table definition: its identity, type and columns in ordinal order (user columns then
 * {@code _seq}, {@code _deleted}).
 */
public record TableSchema(String namespace, String name, TableType type, List<ColumnSchema> columns) {

    public TableSchema {
        columns = List.copyOf(columns);
    }

    public String qualifiedName() {
        return namespace + "." + name;
    }

    public Optional<ColumnSchema> column(String columnName) {
        for (ColumnSchema c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The declared primary-key column (design.md D5), if the table has one (stream tables may not). */
    public Optional<ColumnSchema> primaryKey() {
        for (ColumnSchema c : columns) {
            if (c.primaryKey()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The columns an application reads and writes: everything but {@code _seq} and {@code _deleted}. */
    public List<ColumnSchema> userColumns() {
        List<ColumnSchema> out = new ArrayList<>();
        for (ColumnSchema c : columns) {
            if (!c.isSystemColumn()) {
                out.add(c);
            }
        }
        return out;
    }

    /** True when the table has a {@code _userid} column on the PostgreSQL surface (user tables). */
    public boolean exposesUserId() {
        return type == TableType.USER;
    }

    public boolean isTenantScoped() {
        return type == TableType.USER || type == TableType.STREAM;
    }
}
