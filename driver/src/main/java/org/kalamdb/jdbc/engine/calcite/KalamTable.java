package org.kalamdb.jdbc.engine.calcite;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.kalamdb.jdbc.engine.ColumnDefinition;
import org.kalamdb.jdbc.engine.RowCursor;
import org.kalamdb.jdbc.engine.ScanRequest;
import org.kalamdb.jdbc.engine.TableDefinition;
import org.kalamdb.jdbc.engine.TableSource;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.types.KalamType;

/**
 * A KalamDB table inside Calcite. Each execution scans it through the {@link TableSource} with
 * the columns the query reads and the equality conjuncts {@link EqualityPushdown} finds; every
 * other condition is Calcite's to evaluate.
 */
public final class KalamTable extends AbstractTable implements ProjectableFilterableTable {

    private final String namespace;
    private final String name;
    private final TableSource source;
    private volatile TableDefinition definition;

    public KalamTable(TableDefinition definition, TableSource source) {
        this.namespace = definition.namespace();
        this.name = definition.name();
        this.definition = definition;
        this.source = source;
    }

    /**
     * A table known to exist (its namespace listed it) whose definition is read from the source
     * when a query first uses it: Calcite's case-insensitive lookup visits every table of a
     * namespace, and reading each definition then would cost RPCs per table.
     */
    public KalamTable(String namespace, String name, TableSource source) {
        this.namespace = namespace;
        this.name = name;
        this.source = source;
    }

    public TableDefinition definition() {
        TableDefinition d = definition;
        if (d == null) {
            try {
                d = source.table(namespace, name).orElseThrow(() -> Errors.create(SqlStates.UNDEFINED_TABLE,
                        "relation \"" + namespace + "." + name + "\" does not exist"));
            } catch (SQLException e) {
                throw new ScanFailure(e);
            }
            definition = d;
        }
        return d;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory factory) {
        RelDataTypeFactory.Builder b = factory.builder();
        for (ColumnDefinition c : definition().columns()) {
            b.add(c.name(), EngineTypes.toRelType(factory, c.type(), c.nullable() && !c.primaryKey()));
        }
        return b.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
        TableDefinition definition = definition();
        int[] wanted = projects != null ? projects : allColumns();
        // A query that reads no column (count(*)) still needs the rows: read the cheapest one.
        int[] read = wanted.length > 0 ? wanted : new int[] {keyOrFirstColumn()};
        List<String> names = new ArrayList<>(read.length);
        List<KalamType> types = new ArrayList<>(read.length);
        for (int i : read) {
            ColumnDefinition c = definition.columns().get(i);
            names.add(c.name());
            types.add(c.type());
        }
        Map<String, String> eq = EqualityPushdown.find(filters, definition, root);
        // The equalities come from EqualityScanRule, which keeps the whole condition in a filter
        // above this scan: nothing is left for Calcite's interpreter to evaluate here.
        filters.removeIf(f -> EqualityPushdown.isPushable(f, definition));
        ScanRequest request = new ScanRequest(definition, names, eq);
        AtomicBoolean cancelled = DataContext.Variable.CANCEL_FLAG.get(root);
        int width = wanted.length;
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object[]> enumerator() {
                return new ScanEnumerator(request, types, width, cancelled);
            }
        };
    }

    private int[] allColumns() {
        int[] all = new int[definition().columns().size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    private int keyOrFirstColumn() {
        List<ColumnDefinition> columns = definition().columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).primaryKey()) {
                return i;
            }
        }
        return 0;
    }

    /** Pulls rows from the source's cursor, opened on the first move, converting each value. */
    private final class ScanEnumerator implements Enumerator<Object[]> {

        private final ScanRequest request;
        private final List<KalamType> types;
        private final int width;
        private final AtomicBoolean cancelled;
        private RowCursor cursor;
        private Object[] current;

        ScanEnumerator(ScanRequest request, List<KalamType> types, int width, AtomicBoolean cancelled) {
            this.request = request;
            this.types = types;
            this.width = width;
            this.cancelled = cancelled;
        }

        @Override
        public Object[] current() {
            return current;
        }

        @Override
        public boolean moveNext() {
            if (cancelled != null && cancelled.get()) {
                return false;
            }
            try {
                if (cursor == null) {
                    cursor = source.scan(request);
                }
                Object[] row = cursor.next();
                if (row == null) {
                    current = null;
                    return false;
                }
                current = convert(row);
                return true;
            } catch (SQLException e) {
                throw new ScanFailure(e);
            }
        }

        private Object[] convert(Object[] row) {
            Object[] out = new Object[width];
            for (int i = 0; i < width; i++) {
                out[i] = InternalValues.toInternal(types.get(i), row[i]);
            }
            return out;
        }

        @Override
        public void reset() {
            close();
        }

        @Override
        public void close() {
            if (cursor != null) {
                RowCursor c = cursor;
                cursor = null;
                try {
                    c.close();
                } catch (SQLException e) {
                    throw new ScanFailure(e);
                }
            }
        }
    }
}
