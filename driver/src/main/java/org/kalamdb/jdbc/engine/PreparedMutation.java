package org.kalamdb.jdbc.engine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An UPDATE, DELETE or INSERT ... SELECT/VALUES whose effect the engine computes as a query: the
 * rows matching the WHERE clause (any expression, subqueries included) with the new values of
 * the SET expressions, evaluated against each row's old values and cast to the target columns'
 * types; or the rows to insert. The driver then sends one write per {@link MutationRow}
 * (design.md D5). Prepared once, executed any number of times.
 */
public final class PreparedMutation {

    private final MutationKind kind;
    private final TableDefinition table;
    private final List<String> columns;
    private final PreparedQuery query;

    PreparedMutation(MutationKind kind, TableDefinition table, List<String> columns, PreparedQuery query) {
        this.kind = kind;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.query = query;
    }

    public MutationKind kind() {
        return kind;
    }

    /** The target table. */
    public TableDefinition table() {
        return table;
    }

    /** The columns {@link MutationRow#values()} hold: SET columns, INSERT columns, none for DELETE. */
    public List<String> columns() {
        return columns;
    }

    /** The primary key column the rows' keys belong to; empty for INSERT. */
    public Optional<String> keyColumn() {
        return kind == MutationKind.INSERT ? Optional.empty() : table.primaryKey().map(ColumnDefinition::name);
    }

    public int parameterCount() {
        return query.parameterCount();
    }

    public List<ParameterType> parameters() throws SQLException {
        return query.parameters();
    }

    /** Computes the writes for these parameter values. */
    public List<MutationRow> execute(List<?> values) throws SQLException {
        QueryResult result = query.execute(values);
        List<MutationRow> rows = new ArrayList<>(result.rows().size());
        boolean keyed = kind != MutationKind.INSERT;
        for (Object[] r : result.rows()) {
            if (keyed) {
                Object[] newValues = new Object[r.length - 1];
                System.arraycopy(r, 1, newValues, 0, newValues.length);
                rows.add(new MutationRow(r[0], newValues));
            } else {
                rows.add(new MutationRow(null, r));
            }
        }
        return rows;
    }

    /** Stops a running {@link #execute} from another thread. */
    public void cancel() throws SQLException {
        query.cancel();
    }
}
