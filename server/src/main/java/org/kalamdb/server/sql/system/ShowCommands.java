package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.sql.ResultTable;
import org.kalamdb.server.sql.SqlErrors;
import org.kalamdb.server.sql.StatementResult;
import org.kalamdb.server.sql.ddl.NamespaceIds;
import org.kalamdb.server.sql.ddl.WhitespaceWords;
import org.kalamdb.server.sql.lex.SqlSyntaxException;

/** SHOW NAMESPACES, SHOW TABLES [IN ns] and DESCRIBE/DESC TABLE (server.md 5, "Statements usable by any role"). */
public final class ShowCommands {

    private static final List<ViewColumn> DESCRIBE_COLUMNS = List.of(
            ViewColumn.of("column_name", KalamType.TEXT, false),
            ViewColumn.of("ordinal_position", KalamType.INT, false),
            ViewColumn.of("column_id", KalamType.BIGINT, false),
            ViewColumn.of("data_type", KalamType.TEXT, false),
            ViewColumn.of("is_nullable", KalamType.BOOLEAN, false),
            ViewColumn.of("is_primary_key", KalamType.BOOLEAN, false),
            ViewColumn.of("column_default", KalamType.TEXT, true),
            ViewColumn.of("column_comment", KalamType.TEXT, true),
            ViewColumn.of("schema_version", KalamType.INT, false));

    private final SystemViews views;

    public ShowCommands(SystemViews views) {
        this.views = views;
    }

    public StatementResult showNamespaces(String sql, SystemContext context) {
        if (!normalizeAndUpper(sql).equals("SHOW NAMESPACES")) {
            throw new SqlSyntaxException("Expected SHOW NAMESPACES statement");
        }
        return new StatementResult.Table(views.view("namespaces").table(context, true));
    }

    /**
     * Without IN: the raw system.schemas batch, every version. With IN the real handler builds an
     * 8-column batch against the 14-field schema and fails; that failure is reproduced.
     */
    public StatementResult showTables(String sql, SystemContext context) {
        String trimmed = WhitespaceWords.trimStatement(sql.strip());
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("SHOW TABLES")) {
            throw new SqlSyntaxException("Expected SHOW TABLES statement");
        }
        int in = upper.indexOf(" IN ");
        if (in >= 0) {
            String[] after = trimmed.substring(in + 4).strip().split("\\s+");
            if (after.length == 0 || after[0].isEmpty()) {
                throw new SqlSyntaxException("Namespace name required after IN");
            }
            if (after[0].equalsIgnoreCase("NAMESPACE") && after.length < 2) {
                throw new SqlSyntaxException("Namespace name required after IN NAMESPACE");
            }
            throw SqlErrors.bare("Arrow error: Invalid argument error: number of columns(8) must match number of fields(14) in schema");
        }
        if (upper.endsWith(" IN")) {
            throw new SqlSyntaxException("Namespace name required after IN");
        }
        return new StatementResult.Table(views.view("schemas").table(context, true));
    }

    /** DESCRIBE TABLE / DESC TABLE [ns.]t [HISTORY]: HISTORY is ignored, the default namespace is {@code default}. */
    public StatementResult describe(String sql, String defaultNamespace, SystemContext context) {
        String trimmed = WhitespaceWords.trimStatement(sql.strip());
        String upper = trimmed.toUpperCase(Locale.ROOT);
        int prefix;
        if (upper.startsWith("DESCRIBE TABLE ")) {
            prefix = 15;
        } else if (upper.startsWith("DESC TABLE ")) {
            prefix = 11;
        } else {
            throw new SqlSyntaxException("Expected DESCRIBE TABLE or DESC TABLE");
        }
        String remainder = trimmed.substring(prefix).strip();
        if (remainder.toUpperCase(Locale.ROOT).endsWith(" HISTORY")) {
            remainder = remainder.substring(0, remainder.length() - 8).strip();
        }
        String[] reference = tableReference(remainder);
        String namespace = reference[0] == null ? defaultNamespace : NamespaceIds.normalize(reference[0]);
        String table = reference[1].toLowerCase(Locale.ROOT);
        TableDef def = find(new TableId(namespace, table), context);
        if (def == null) {
            throw SqlErrors.notFound("Table '" + table + "' not found in namespace '" + namespace + "'");
        }
        List<Object[]> rows = new ArrayList<>();
        for (ColumnDef c : def.columns()) {
            rows.add(new Object[] {c.name(), c.ordinal(), (long) c.columnId(), c.type().sqlName(), c.nullable(),
                c.primaryKey(), c.defaultValue() == null ? null : c.defaultValue().sqlForm(), c.comment(), 1});
        }
        List<Field> fields = new ArrayList<>();
        for (ViewColumn c : DESCRIBE_COLUMNS) {
            fields.add(c.field());
        }
        return new StatementResult.Table(new ResultTable(fields, rows, true));
    }

    private static TableDef find(TableId id, SystemContext context) {
        TableDef def = context.catalog().table(id);
        if (def != null) {
            return def;
        }
        for (TableDef t : context.systemTables()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }

    /** parse_table_reference: {namespace or null, table}, with the upstream messages. */
    private static String[] tableReference(String ref) {
        String trimmed = ref.strip();
        if (trimmed.isEmpty()) {
            throw new SqlSyntaxException("Table reference cannot be empty");
        }
        String upperRef = trimmed.toUpperCase(Locale.ROOT);
        for (String keyword : new String[] {"SELECT", "FROM", "WHERE", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER"}) {
            if (upperRef.contains(" " + keyword) || upperRef.startsWith(keyword)) {
                throw new SqlSyntaxException("Invalid table reference '" + ref + "'. Table references should be simple "
                        + "identifiers like 'table' or 'namespace.table', not SQL statements");
            }
        }
        if (trimmed.contains(" ")) {
            throw new SqlSyntaxException("Invalid table reference '" + ref + "'. Table references should not contain spaces");
        }
        String[] parts = trimmed.split("\\.", -1);
        if (parts.length == 1) {
            if (parts[0].isEmpty()) {
                throw new SqlSyntaxException("Table name cannot be empty");
            }
            return new String[] {null, parts[0]};
        }
        if (parts.length == 2) {
            if (parts[0].isEmpty()) {
                throw new SqlSyntaxException("Namespace name cannot be empty");
            }
            if (parts[1].isEmpty()) {
                throw new SqlSyntaxException("Table name cannot be empty");
            }
            return parts;
        }
        throw new SqlSyntaxException("Invalid table reference '" + ref + "'. Expected 'table' or 'namespace.table'");
    }

    /** normalize_and_upper: trimmed, trailing ';' removed, whitespace runs collapsed, upper-cased. */
    private static String normalizeAndUpper(String sql) {
        return String.join(" ", WhitespaceWords.split(sql)).toUpperCase(Locale.ROOT);
    }
}
