package org.kalamdb.jdbc.bench.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.bench.data.BenchData;
import org.kalamdb.jdbc.bench.data.BenchRow;
import org.kalamdb.jdbc.bench.data.BenchTable;
import org.kalamdb.server.KalamNode;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;

/**
 * Puts a benchmark table on a server node for the server benchmark: the DDL through the wire
 * (ExecuteSql, as any client creates a table), the rows straight into the node's row store through
 * {@link org.kalamdb.server.store.DataAccess} — loading is not what is measured there, and this way
 * a million rows take seconds instead of a minute of JSON.
 */
final class ServerTables {

    private static final int ROWS_PER_WRITE = 50_000;

    private ServerTables() {
    }

    static void createAndFill(WireClient client, KalamNode node, BenchTable table) {
        client.executeSql("CREATE NAMESPACE IF NOT EXISTS " + BenchTable.SCHEMA);
        client.executeSql("CREATE SHARED TABLE " + table.qualifiedName() + " (id BIGINT PRIMARY KEY, name TEXT, "
                + "score DOUBLE, created TIMESTAMP, active BOOLEAN, amount DECIMAL(18, 4))");
        TableDef def = node.catalog().table(new TableId(BenchTable.SCHEMA, table.name()));
        List<Map<String, Object>> chunk = new ArrayList<>(ROWS_PER_WRITE);
        for (long id = table.firstId(); id <= table.lastId(); id++) {
            chunk.add(values(BenchData.row(id)));
            if (chunk.size() == ROWS_PER_WRITE || id == table.lastId()) {
                node.dataAccess().insert(def, null, chunk);
                chunk.clear();
            }
        }
    }

    /** The row as the server's canonical Java values (DataAccess). */
    private static Map<String, Object> values(BenchRow r) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("score", r.score());
        m.put("created", r.created());
        m.put("active", r.active());
        m.put("amount", r.amount());
        return m;
    }
}
