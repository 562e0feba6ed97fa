package org.kalamdb.jdbc.sql.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/**
 * {@code CREATE TABLE [IF NOT EXISTS] name (...) [USING kalamdb] [WITH (...)]}, normalised as
 * pg_kalam normalises it (extension.md 1.2–1.6): SERIAL and IDENTITY columns are integers with
 * {@code DEFAULT SNOWFLAKE_ID()}, PostgreSQL types are mapped to KalamDB types, reserved system
 * columns and unknown options have already been rejected.
 *
 * @param table              the table; a null schema means the connection's current schema
 * @param ifNotExists        IF NOT EXISTS was written
 * @param usingKalamdb       {@code USING kalamdb} was written (a plain CREATE TABLE takes the
 *                           driver's {@code defaultTableType} when no {@code type} option is given)
 * @param columns            the columns in declared order
 * @param tablePrimaryKey    the column of a table-level {@code PRIMARY KEY (col)} constraint, or null
 * @param options            the WITH options in declared order: lower-case keys, unquoted values
 * @param ignoredConstraints constraints KalamDB does not enforce and that are therefore not sent
 *                           (CHECK, UNIQUE, FOREIGN KEY / REFERENCES, COLLATE), as written, so the
 *                           driver can report them as warnings
 */
public record CreateTable(QualifiedName table, boolean ifNotExists, boolean usingKalamdb, List<ColumnDef> columns,
                          String tablePrimaryKey, Map<String, String> options, List<String> ignoredConstraints)
        implements DdlPlan {

    public CreateTable {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        ignoredConstraints = List.copyOf(ignoredConstraints);
    }

    /** The table type from the {@code type} option, or null when none was given. */
    public TableType tableType() {
        String type = options.get("type");
        return type == null ? null : TableType.parse(type, "type");
    }

    /**
     * The primary-key column for a table of {@code type}: the declared one (inline or table
     * constraint); otherwise, for USER and SHARED tables only, a column named {@code id} (pg_kalam's
     * inference, extension.md 1.4); otherwise null.
     */
    public String primaryKey(TableType type) {
        for (ColumnDef c : columns) {
            if (c.primaryKey()) {
                return c.name();
            }
        }
        if (tablePrimaryKey != null) {
            return tablePrimaryKey;
        }
        if (type != TableType.STREAM) {
            for (ColumnDef c : columns) {
                if (c.name().equals("id")) {
                    return c.name();
                }
            }
        }
        return null;
    }

    /**
     * The KalamDB statements to send, in order: {@code CREATE NAMESPACE IF NOT EXISTS <ns>} and
     * {@code CREATE <TYPE> TABLE [IF NOT EXISTS] <ns>.<table> (...) [WITH (...)]}.
     *
     * @param namespace the resolved namespace ({@code table().namespaceOr(currentSchema)})
     * @param type      the resolved table type ({@link #tableType()}, else the driver's default)
     * @throws SqlDialectException 22023 when an option does not suit the type (TTL_SECONDS on a
     *                             non-stream table, ...); 42P16 when a USER or SHARED table ends
     *                             up without a primary key
     */
    public List<String> render(String namespace, TableType type) {
        return List.of(renderCreateNamespace(namespace), renderCreateTable(namespace, type));
    }

    /** {@code CREATE NAMESPACE IF NOT EXISTS <ns>}. */
    public static String renderCreateNamespace(String namespace) {
        return "CREATE NAMESPACE IF NOT EXISTS " + KalamNames.namespace(namespace);
    }

    /** The CREATE TABLE statement of {@link #render}. */
    public String renderCreateTable(String namespace, TableType type) {
        String ns = KalamNames.namespace(namespace);
        TableOptions.validateFor(options, type);
        String pk = primaryKey(type);
        if (pk == null && type != TableType.STREAM) {
            throw new SqlDialectException(SqlStates.INVALID_TABLE_DEFINITION, type.keyword()
                    + " tables require a PRIMARY KEY column (declare one, or name a column id)");
        }
        boolean inline = columns.stream().anyMatch(ColumnDef::primaryKey);
        List<String> elements = new ArrayList<>();
        for (ColumnDef c : columns) {
            elements.add(c.render());
        }
        if (pk != null && !inline) {
            elements.add("PRIMARY KEY (" + pk + ")");
        }
        StringJoiner body = new StringJoiner(", ", " (", ")");
        elements.forEach(body::add);
        return "CREATE " + type.keyword() + " TABLE " + (ifNotExists ? "IF NOT EXISTS " : "")
                + ns + "." + table.name() + body + TableOptions.renderWith(options);
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
