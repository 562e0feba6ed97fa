package org.kalamdb.jdbc.sql.plan;

import java.util.Objects;

import org.kalamdb.jdbc.types.KalamType;

/**
 * One column of a CREATE TABLE / ADD COLUMN, normalised for KalamDB.
 *
 * @param name         lower-case column name, checked to be a valid KalamDB identifier
 * @param type         the KalamDB type the PostgreSQL type maps to
 * @param declaredType the type as written, e.g. {@code VARCHAR(200)}, {@code BIGSERIAL}
 * @param notNull      NOT NULL was declared
 * @param primaryKey   PRIMARY KEY was declared on this column (inline)
 * @param defaultValue the DEFAULT (SERIAL and IDENTITY columns get {@link ColumnDefault#SNOWFLAKE_ID}), or null
 */
public record ColumnDef(String name, KalamType type, String declaredType, boolean notNull, boolean primaryKey,
                        ColumnDefault defaultValue) {

    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(declaredType, "declaredType");
    }

    /** {@code name TYPE [NOT NULL] [DEFAULT expr] [PRIMARY KEY]} as KalamDB reads it. */
    public String render() {
        StringBuilder sb = new StringBuilder(name).append(' ').append(type.sqlName());
        if (notNull) {
            sb.append(" NOT NULL");
        }
        if (defaultValue != null) {
            sb.append(" DEFAULT ").append(defaultValue.sql());
        }
        if (primaryKey) {
            sb.append(" PRIMARY KEY");
        }
        return sb.toString();
    }
}
