package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.store.DataAccess.SessionView;

/** system.sessions (virtual view; protocol.md 4.6): PgService sessions, rows as the store orders them. */
public final class SessionsView implements SystemView {

    private static final List<ViewColumn> COLUMNS = List.of(
            ViewColumn.of("session_id", KalamType.TEXT, false),
            ViewColumn.of("backend_pid", KalamType.BIGINT, true),
            ViewColumn.of("current_schema", KalamType.TEXT, true),
            ViewColumn.of("state", KalamType.TEXT, false),
            ViewColumn.of("transaction_id", KalamType.TEXT, true),
            ViewColumn.of("transaction_state", KalamType.TEXT, true),
            ViewColumn.of("transaction_has_writes", KalamType.BOOLEAN, false),
            ViewColumn.of("client_addr", KalamType.TEXT, true),
            ViewColumn.of("transport", KalamType.TEXT, false),
            ViewColumn.of("opened_at", KalamType.TIMESTAMP, false),
            ViewColumn.of("last_seen_at", KalamType.TIMESTAMP, false),
            ViewColumn.of("last_method", KalamType.TEXT, true));

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public List<ViewColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(SystemContext context) {
        List<Object[]> rows = new ArrayList<>();
        for (SessionView s : context.data().sessions()) {
            rows.add(new Object[] {s.sessionId(), s.backendPid(), s.currentSchema(), s.state(), s.transactionId(),
                s.transactionState(), s.transactionHasWrites(), s.clientAddr(), s.transport(), s.openedAtMicros(),
                s.lastSeenAtMicros(), s.lastMethod()});
        }
        return rows;
    }
}
