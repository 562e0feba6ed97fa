package org.kalamdb.jdbc.session;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kalamdb.jdbc.transport.InsertRequest;
import org.kalamdb.jdbc.transport.TableType;

/**
 * Single-row INSERTs of a transaction, held per (table, tenant) and sent as one Insert (design.md
 * D8). Inside a transaction the server only stages rows (it validates them at COMMIT), so holding
 * them on the client changes no answer; it saves one round trip per row. The session flushes a
 * table's rows before anything else touches that table, everything before COMMIT, and a group when
 * it reaches {@link #MAX_ROWS} rows or {@link #MAX_BYTES}; ROLLBACK discards them.
 */
final class WriteBuffer {

    /** Rows per flushed Insert at most. */
    static final int MAX_ROWS = 1000;
    /** Encoded bytes per flushed Insert at most (well under the server's 4 MiB request limit). */
    static final long MAX_BYTES = 1024 * 1024;

    /** The rows held for one table and tenant, and the statements they came from (for error messages). */
    static final class Group {
        final String namespace;
        final String table;
        final TableType type;
        final String userId;
        final List<byte[]> rows = new ArrayList<>();
        final List<String> statements = new ArrayList<>();
        long bytes;

        Group(String namespace, String table, TableType type, String userId) {
            this.namespace = namespace;
            this.table = table;
            this.type = type;
            this.userId = userId;
        }

        InsertRequest request() {
            return new InsertRequest(namespace, table, type, userId, rows);
        }

        boolean isFor(String ns, String t) {
            return namespace.equals(ns) && table.equals(t);
        }

        /** A short description of the statements whose rows this group holds. */
        String describe() {
            String first = statements.get(0);
            return statements.size() == 1 ? first : first + " (and " + (statements.size() - 1) + " more INSERTs)";
        }
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();

    private static String key(String namespace, String table, String userId) {
        return namespace + "." + table + "|" + Objects.requireNonNullElse(userId, "");
    }

    /** Adds one row; returns the group when it is full and must be flushed now, else null. */
    Group add(InsertRequest one, String statement) {
        Group g = groups.computeIfAbsent(key(one.namespace(), one.table(), one.userId()),
                k -> new Group(one.namespace(), one.table(), one.tableType(), one.userId()));
        for (byte[] row : one.rowsJson()) {
            g.rows.add(row);
            g.bytes += row.length;
        }
        g.statements.add(statement);
        return g.rows.size() >= MAX_ROWS || g.bytes >= MAX_BYTES ? remove(g) : null;
    }

    private Group remove(Group g) {
        groups.values().remove(g);
        return g;
    }

    /** Takes the groups of one table (every tenant). */
    List<Group> take(String namespace, String table) {
        List<Group> out = new ArrayList<>();
        for (Iterator<Group> it = groups.values().iterator(); it.hasNext();) {
            Group g = it.next();
            if (g.isFor(namespace, table)) {
                out.add(g);
                it.remove();
            }
        }
        return out;
    }

    /** Takes every group. */
    List<Group> takeAll() {
        List<Group> out = new ArrayList<>(groups.values());
        groups.clear();
        return out;
    }

    void clear() {
        groups.clear();
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }
}
