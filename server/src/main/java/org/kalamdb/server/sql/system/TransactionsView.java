package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.store.DataAccess.TransactionView;

/** system.transactions (virtual view; protocol.md 4.7): live coordinator transactions, all columns NOT NULL. */
public final class TransactionsView implements SystemView {

    private static final List<ViewColumn> COLUMNS = List.of(
            ViewColumn.of("transaction_id", KalamType.TEXT, false),
            ViewColumn.of("owner_id", KalamType.TEXT, false),
            ViewColumn.of("origin", KalamType.TEXT, false),
            ViewColumn.of("state", KalamType.TEXT, false),
            ViewColumn.of("age_ms", KalamType.BIGINT, false),
            ViewColumn.of("idle_ms", KalamType.BIGINT, false),
            ViewColumn.of("write_count", KalamType.BIGINT, false),
            ViewColumn.of("write_bytes", KalamType.BIGINT, false),
            ViewColumn.of("touched_tables_count", KalamType.BIGINT, false),
            ViewColumn.of("snapshot_commit_seq", KalamType.BIGINT, false));

    @Override
    public String name() {
        return "transactions";
    }

    @Override
    public List<ViewColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(SystemContext context) {
        List<Object[]> rows = new ArrayList<>();
        for (TransactionView t : context.data().transactions()) {
            rows.add(new Object[] {t.transactionId(), t.ownerId(), t.origin(), t.state(), t.ageMs(), t.idleMs(),
                t.writeCount(), t.writeBytes(), t.touchedTablesCount(), t.snapshotCommitSeq()});
        }
        return rows;
    }
}
