package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.plan.OrderItem;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.sql.plan.SelectItem;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * What a fast-path SELECT shows of one table definition: the table's columns as {@code SELECT *}
 * shows them and the output columns (label and source). None of it depends
 * on parameter values, so it is worked out once per plan and table definition and reused by every
 * execution ({@link ProjectionCache}); a changed definition (ALTER TABLE) is a new
 * {@link TableSchema} and gets a new projection. The result columns over a reply's schema are kept too, for as long as
 * the replies bring the same schema.
 */
final class TableProjection {

    /** Where a result column's values come from, besides a column of the reply. */
    static final int FROM_USER_ID = -1;
    static final int NOT_SENT = -2;

    /** One output column: its label and the source column it shows. */
    record Output(String label, String source) {
    }

    /**
     * The result columns over one reply schema: the fields (label, the reply's Arrow type, the
     * declared nullability and metadata) as a list and as the result's schema and, per column, its
     * index in the reply, or {@link #FROM_USER_ID} or {@link #NOT_SENT}.
     */
    record Columns(Schema scanned, List<Field> fields, Schema schema, int[] sources) {
    }

    private final TableSchema table;
    private final List<Field> all;
    private final Set<String> known;
    private final List<Output> outputs;
    private final String qualifiedName;
    private final boolean hasUserId;
    /** The result columns of the last reply schema seen (replies repeat one schema instance). */
    private volatile Columns lastColumns;

    private TableProjection(TableSchema table, List<Field> all, Set<String> known, List<Output> outputs,
                            String qualifiedName, boolean hasUserId) {
        this.table = table;
        this.all = List.copyOf(all);
        this.known = known;
        this.outputs = List.copyOf(outputs);
        this.qualifiedName = qualifiedName;
        this.hasUserId = hasUserId;
    }

    /** The projection of {@code plan} over {@code columns} (a table's or a system table's). */
    static TableProjection of(Select plan, TableSchema table, List<Field> columns, String qualifiedName,
                              boolean hasUserId) throws SQLException {
        Set<String> known = names(columns);
        List<Output> outputs = outputs(plan, columns, known, qualifiedName);
        return new TableProjection(table, columns, known, outputs, qualifiedName, hasUserId);
    }

    /** The projection of {@code plan} over a Kalam table. */
    static TableProjection of(Select plan, TableSchema table) throws SQLException {
        return of(plan, table, tableFields(table), table.qualifiedName(), table.exposesUserId());
    }

    TableSchema table() {
        return table;
    }

    /** Every column of the table, {@code SELECT *} order. */
    List<Field> all() {
        return all;
    }

    List<Output> outputs() {
        return outputs;
    }

    /** The source column of each ORDER BY item of {@code plan} (an output label resolved to its column). */
    List<String> orderColumns(Select plan) throws SQLException {
        return orderColumns(plan, outputs, known, qualifiedName);
    }

    /** 42703 unless the table has {@code column}. */
    void requireKnown(String column) throws SQLException {
        requireKnown(column, known, qualifiedName);
    }

    /** The result columns over a reply with {@code scanned} columns (null: the server sent no schema). */
    Columns columns(Schema scanned) {
        Columns last = lastColumns;
        if (last != null && last.scanned() == scanned && scanned != null) {
            return last;
        }
        List<Field> fields = new ArrayList<>(outputs.size());
        int[] sources = new int[outputs.size()];
        for (int i = 0; i < outputs.size(); i++) {
            Output o = outputs.get(i);
            Field declared = find(all, o.source());
            int index = scanned == null ? -1 : scanned.indexOf(o.source());
            if (SystemColumns.USER_ID.equals(o.source()) && hasUserId) {
                fields.add(relabel(declared, o.label()));
                sources[i] = FROM_USER_ID;
            } else if (index < 0) {
                fields.add(relabel(declared, o.label()));
                sources[i] = NOT_SENT;
            } else {
                Field sent = scanned.fields().get(index);
                fields.add(new Field(o.label(), sent.type(), declared.nullable(),
                        declared.metadata().isEmpty() ? sent.metadata() : declared.metadata(), sent.children()));
                sources[i] = index;
            }
        }
        Columns out = new Columns(scanned, List.copyOf(fields), new Schema(fields), sources);
        lastColumns = out;
        return out;
    }

    /** The result columns without any reply: the declared fields under their labels. */
    List<Field> describe() {
        List<Field> out = new ArrayList<>(outputs.size());
        for (Output o : outputs) {
            out.add(relabel(find(all, o.source()), o.label()));
        }
        return out;
    }

    // ---- built once per projection -----------------------------------------------------------------

    /** The columns of a Kalam table as SELECT * shows them: user columns, _seq, then _userid for user tables. */
    static List<Field> tableFields(TableSchema table) {
        List<Field> out = new ArrayList<>();
        for (ColumnSchema c : table.userColumns()) {
            out.add(c.type().toArrowField(c.name(), c.nullable(), c.primaryKey()));
        }
        out.add(KalamType.BIGINT.toArrowField(SystemColumns.SEQ, false, false));
        if (table.exposesUserId()) {
            out.add(KalamType.TEXT.toArrowField(SystemColumns.USER_ID, false, false));
        }
        return out;
    }

    private static Set<String> names(List<Field> fields) {
        Set<String> out = new LinkedHashSet<>();
        for (Field f : fields) {
            out.add(f.name());
        }
        return out;
    }

    private static List<Output> outputs(Select plan, List<Field> all, Set<String> known, String table)
            throws SQLException {
        List<Output> out = new ArrayList<>();
        for (SelectItem item : plan.projection()) {
            if (item instanceof SelectItem.AllColumns) {
                for (Field f : all) {
                    out.add(new Output(f.name(), f.name()));
                }
            } else if (item instanceof SelectItem.ExprItem e) {
                if (!(e.expr() instanceof Expr.ColumnRef ref)) {
                    throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "Expressions in the select list of a table query are not supported yet (only column names and *)");
                }
                requireKnown(ref.name(), known, table);
                out.add(new Output(e.label(), ref.name()));
            }
        }
        return out;
    }

    private static List<String> orderColumns(Select plan, List<Output> outputs, Set<String> known, String table)
            throws SQLException {
        List<String> out = new ArrayList<>();
        for (OrderItem item : plan.orderBy()) {
            String column = item.column();
            if (!known.contains(column)) {
                // ORDER BY an output label (alias)
                String viaLabel = null;
                for (Output o : outputs) {
                    if (o.label().equals(column)) {
                        viaLabel = o.source();
                        break;
                    }
                }
                if (viaLabel == null) {
                    requireKnown(column, known, table);
                }
                column = viaLabel;
            }
            out.add(column);
        }
        return out;
    }

    private static void requireKnown(String column, Set<String> known, String table) throws SQLException {
        if (!known.contains(column)) {
            throw Errors.create(SqlStates.UNDEFINED_COLUMN, "column \"" + column + "\" does not exist in " + table);
        }
    }

    private static Field find(List<Field> fields, String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return KalamType.TEXT.toArrowField(name, true, false);
    }

    private static Field relabel(Field f, String label) {
        return new Field(label, f.type(), f.nullable(), f.metadata(), f.children());
    }
}
