package org.kalamdb.server.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kalamdb.server.sql.lex.SqlLexer;
import org.kalamdb.server.sql.lex.SqlSyntaxException;
import org.kalamdb.server.sql.lex.Token;
import org.kalamdb.server.sql.lex.TokenKind;

/**
 * Chooses a statement's route from its leading words, in the real classifier's order: the
 * first keyword for SELECT/WITH and DML, then multi-word prefixes. Words are the upper-cased
 * word and number tokens (punctuation is skipped, so {@code (SELECT ...)} is a SELECT).
 */
public final class StatementClassifier {

    /** Statements the real server runs through other handlers (storage, cluster, topics, jobs, views, DataFusion meta). */
    private static final Set<String> KALAMDB_ONLY_PREFIXES = Set.of("CREATE STORAGE", "ALTER STORAGE",
            "DROP STORAGE", "SHOW STORAGES", "SHOW STATS", "STORAGE FLUSH", "STORAGE COMPACT", "STORAGE CHECK",
            "SHOW MANIFEST", "SHOW EXPORT", "KILL JOB", "KILL LIVE", "CLUSTER", "SUBSCRIBE TO", "CREATE TOPIC",
            "DROP TOPIC", "CLEAR TOPIC", "ALTER TOPIC", "CONSUME", "ACK", "BACKUP DATABASE", "RESTORE DATABASE",
            "EXPORT USER", "EXPLAIN", "SET", "SHOW COLUMNS", "SHOW ALL", "DESCRIBE", "DESC");

    private StatementClassifier() {
    }

    public static StatementKind classify(String sql) {
        List<String> w = words(sql);
        if (w.isEmpty()) {
            return StatementKind.UNKNOWN;
        }
        switch (w.get(0)) {
            case "SELECT", "WITH":
                return StatementKind.SELECT;
            case "INSERT":
                return StatementKind.INSERT;
            case "DELETE":
                return StatementKind.DELETE;
            case "UPDATE":
                return StatementKind.UPDATE;
            default:
                break;
        }
        if (starts(w, "CREATE", "NAMESPACE")) {
            return StatementKind.CREATE_NAMESPACE;
        }
        if (starts(w, "ALTER", "NAMESPACE")) {
            return StatementKind.ALTER_NAMESPACE;
        }
        if (starts(w, "DROP", "NAMESPACE")) {
            return StatementKind.DROP_NAMESPACE;
        }
        if (starts(w, "SHOW", "NAMESPACES")) {
            return StatementKind.SHOW_NAMESPACES;
        }
        if (starts(w, "USE") || starts(w, "SET", "NAMESPACE")) {
            return StatementKind.USE_NAMESPACE;
        }
        if (isCreateView(w)) {
            return StatementKind.NOT_SUPPORTED;
        }
        if (typed(w, "CREATE")) {
            return StatementKind.CREATE_TABLE;
        }
        if (typed(w, "ALTER")) {
            return StatementKind.ALTER_TABLE;
        }
        if (typed(w, "DROP")) {
            return StatementKind.DROP_TABLE;
        }
        if (starts(w, "SHOW", "TABLES")) {
            return StatementKind.SHOW_TABLES;
        }
        if (starts(w, "DESCRIBE", "TABLE") || starts(w, "DESC", "TABLE")) {
            return StatementKind.DESCRIBE_TABLE;
        }
        if (starts(w, "BEGIN") || starts(w, "START", "TRANSACTION")) {
            return StatementKind.BEGIN;
        }
        if (starts(w, "COMMIT")) {
            return StatementKind.COMMIT;
        }
        if (starts(w, "ROLLBACK")) {
            return StatementKind.ROLLBACK;
        }
        if (starts(w, "CREATE", "USER")) {
            return StatementKind.CREATE_USER;
        }
        if (starts(w, "ALTER", "USER")) {
            return StatementKind.ALTER_USER;
        }
        if (starts(w, "DROP", "USER")) {
            return StatementKind.DROP_USER;
        }
        String two = w.size() > 1 ? w.get(0) + " " + w.get(1) : w.get(0);
        if (KALAMDB_ONLY_PREFIXES.contains(w.get(0)) || KALAMDB_ONLY_PREFIXES.contains(two)) {
            return StatementKind.NOT_SUPPORTED;
        }
        return StatementKind.UNKNOWN;
    }

    /** {@code <verb> [USER|SHARED|STREAM] TABLE}. */
    private static boolean typed(List<String> w, String verb) {
        return starts(w, verb, "TABLE") || starts(w, verb, "USER", "TABLE") || starts(w, verb, "SHARED", "TABLE")
                || starts(w, verb, "STREAM", "TABLE");
    }

    private static boolean isCreateView(List<String> w) {
        if (!w.get(0).equals("CREATE")) {
            return false;
        }
        int view = w.indexOf("VIEW");
        if (view < 0) {
            return false;
        }
        for (String word : w.subList(1, view)) {
            if (!Set.of("OR", "REPLACE", "TEMP", "TEMPORARY", "MATERIALIZED").contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean starts(List<String> w, String... prefix) {
        if (w.size() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!w.get(i).equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    /** Upper-cased word and number tokens; when the text does not tokenize, its whitespace-separated words. */
    public static List<String> words(String sql) {
        List<String> out = new ArrayList<>();
        try {
            for (Token t : SqlLexer.tokenize(sql)) {
                if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENT || t.kind() == TokenKind.NUMBER) {
                    out.add(t.text().toUpperCase(Locale.ROOT));
                }
            }
        } catch (SqlSyntaxException untokenizable) {
            out.clear();
            for (String s : sql.strip().toUpperCase(Locale.ROOT).split("\\s+")) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
