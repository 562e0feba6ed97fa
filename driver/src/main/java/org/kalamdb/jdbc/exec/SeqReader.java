package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.transport.ScanFilter;
import org.kalamdb.jdbc.types.arrow.RecordBatch;

/**
 * Reads the {@code _seq} of rows just written (RETURNING _seq, generated key _seq): the server
 * assigns it, so it is read back by primary key — one filtered Scan per row when the key can be
 * pushed down, otherwise one Scan of (key, _seq) matched locally. Inside a transaction the
 * staged rows are visible to the session's own scans.
 */
final class SeqReader {

    private static final int PER_ROW_LIMIT = 32;

    private SeqReader() {
    }

    static List<WrittenRow> readBack(TableSchema table, List<WrittenRow> rows, ExecutionContext context)
            throws SQLException {
        ColumnSchema pk = table.primaryKey().orElse(null);
        if (pk == null || rows.isEmpty()) {
            return rows;
        }
        List<String> columns = List.of(pk.name(), SystemColumns.SEQ);
        List<WrittenRow> out = new ArrayList<>(rows.size());
        boolean pushable = rows.size() <= PER_ROW_LIMIT && rows.stream().allMatch(r ->
                TableScanner.pushableText(pk.type(), CanonicalValues.toRuntime(r.values().get(pk.name()), pk.type()))
                        != null);
        if (pushable) {
            for (WrittenRow r : rows) {
                Object key = CanonicalValues.toRuntime(r.values().get(pk.name()), pk.type());
                String text = TableScanner.pushableText(pk.type(), key);
                RecordBatch b = TableScanner.scan(context, table, r.userId(), columns,
                        List.of(ScanFilter.eq(pk.name(), text)), null).batch();
                Long seq = b == null || b.rowCount() == 0 || b.column(1).isNull(0) ? null : b.column(1).getLong(0);
                out.add(r.withSeq(seq));
            }
            return out;
        }
        Map<String, Map<Object, Long>> byUser = new HashMap<>();
        for (WrittenRow r : rows) {
            String user = r.userId() == null ? "" : r.userId();
            if (!byUser.containsKey(user)) {
                Map<Object, Long> seqs = new HashMap<>();
                RecordBatch b = TableScanner.scan(context, table, r.userId(), columns, List.of(), null).batch();
                for (int i = 0; b != null && i < b.rowCount(); i++) {
                    Object key = SqlValueReader.read(b.column(0), i);
                    seqs.put(keyOf(key), b.column(1).isNull(i) ? null : b.column(1).getLong(i));
                }
                byUser.put(user, seqs);
            }
            Object key = CanonicalValues.toRuntime(r.values().get(pk.name()), pk.type());
            out.add(r.withSeq(byUser.get(user).get(keyOf(key))));
        }
        return out;
    }

    private static Object keyOf(Object v) {
        return v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v;
    }
}
