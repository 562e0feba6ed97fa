package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.KalamResultSet;
import org.kalamdb.jdbc.ResultSets;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.plan.SelectItem;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * Builds the result of a RETURNING list (or of Statement.getGeneratedKeys) over the rows a
 * statement wrote: table columns keep their KalamDB types, {@code _seq} and {@code _userid} are
 * the system columns, other expressions are evaluated per row. pg_kalam returns no rows here
 * (extension.md 9.9); this driver returns the real ones.
 */
final class Returning {

    private Returning() {
    }

    /** True when the list reads {@code _seq} (which must then be read back from the server). */
    static boolean needsSeq(List<SelectItem> items) {
        for (SelectItem item : items) {
            if (item instanceof SelectItem.AllColumns) {
                return true;
            }
            if (item instanceof SelectItem.ExprItem e && e.expr().referencedColumns().contains(SystemColumns.SEQ)) {
                return true;
            }
        }
        return false;
    }

    static KalamResultSet build(List<SelectItem> items, TableSchema table, List<WrittenRow> rows,
                                ExecutionContext context) throws SQLException {
        List<Field> fields = new ArrayList<>();
        List<List<Object>> columns = new ArrayList<>();
        for (SelectItem item : items) {
            if (item instanceof SelectItem.AllColumns) {
                for (ColumnSchema c : table.userColumns()) {
                    addColumn(fields, columns, table, c.name(), c.name(), rows);
                }
                addColumn(fields, columns, table, SystemColumns.SEQ, SystemColumns.SEQ, rows);
                if (table.exposesUserId()) {
                    addColumn(fields, columns, table, SystemColumns.USER_ID, SystemColumns.USER_ID, rows);
                }
            } else if (item instanceof SelectItem.ExprItem e) {
                if (e.expr() instanceof Expr.ColumnRef ref) {
                    addColumn(fields, columns, table, ref.name(), e.label(), rows);
                } else {
                    List<Object> values = new ArrayList<>(rows.size());
                    for (WrittenRow row : rows) {
                        values.add(context.evaluate(e.expr(), row.asRowValues(table)));
                    }
                    ValueColumns.Column c = ValueColumns.of(e.label(), values);
                    fields.add(c.field());
                    columns.add(c.values());
                }
            }
        }
        return toResultSet(fields, columns, rows.size(), context);
    }

    /** Generated keys: the named table columns of every written row. */
    static KalamResultSet keys(List<String> columnNames, TableSchema table, List<WrittenRow> rows,
                               ExecutionContext context) throws SQLException {
        List<Field> fields = new ArrayList<>();
        List<List<Object>> columns = new ArrayList<>();
        for (String name : columnNames) {
            addColumn(fields, columns, table, name, name, rows);
        }
        return toResultSet(fields, columns, rows.size(), context);
    }

    private static void addColumn(List<Field> fields, List<List<Object>> columns, TableSchema table, String column,
                                  String label, List<WrittenRow> rows) throws SQLException {
        List<Object> values = new ArrayList<>(rows.size());
        if (SystemColumns.SEQ.equals(column)) {
            fields.add(KalamType.BIGINT.toArrowField(label, true, false));
            rows.forEach(r -> values.add(r.seq()));
        } else if (SystemColumns.USER_ID.equals(column) && table.exposesUserId()) {
            fields.add(KalamType.TEXT.toArrowField(label, true, false));
            rows.forEach(r -> values.add(r.userId()));
        } else {
            ColumnSchema c = table.column(column).filter(x -> !x.isSystemColumn()).orElseThrow(() -> Errors.create(
                    SqlStates.UNDEFINED_COLUMN, "column \"" + column + "\" of relation \"" + table.qualifiedName()
                            + "\" does not exist"));
            fields.add(c.type().toArrowField(label, c.nullable(), c.primaryKey()));
            rows.forEach(r -> values.add(r.values().get(c.name())));
        }
        columns.add(values);
    }

    private static KalamResultSet toResultSet(List<Field> fields, List<List<Object>> columns, int rowCount,
                                              ExecutionContext context) throws SQLException {
        List<Object[]> out = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            Object[] row = new Object[fields.size()];
            for (int c = 0; c < fields.size(); c++) {
                row[c] = columns.get(c).get(r);
            }
            out.add(row);
        }
        return ResultSets.of(fields, out, context.statement());
    }
}
