package org.kalamdb.server.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kalamdb.server.sql.ddl.WhitespaceWords;

/**
 * The classifier's fallback for unrecognised statements: sqlparser (PostgreSQL dialect) either
 * parses them, giving {@code Unsupported statement type: <statement>}, or fails with its parser
 * error. Which first keywords sqlparser parses is approximated by a keyword list.
 */
final class UnknownStatements {

    private static final Set<String> SQLPARSER_STATEMENTS = Set.of("CREATE", "DROP", "ALTER", "GRANT", "REVOKE",
            "TRUNCATE", "COPY", "ANALYZE", "CALL", "COMMENT", "DECLARE", "DEALLOCATE", "DISCARD", "EXECUTE", "FETCH",
            "CLOSE", "LISTEN", "NOTIFY", "UNLISTEN", "PREPARE", "RELEASE", "SAVEPOINT", "LOCK", "MERGE", "RESET",
            "VALUES", "TABLE", "SHOW", "END", "ABORT", "VACUUM", "DESCRIBE", "DESC", "EXPLAIN", "SET");

    private UnknownStatements() {
    }

    static RuntimeException reject(String sql, List<String> words) {
        if (words.isEmpty()) {
            return SqlErrors.invalidSql("sql parser error: Expected: an SQL statement, found: EOF");
        }
        String first = words.get(0);
        if (SQLPARSER_STATEMENTS.contains(first)) {
            // END is sqlparser's spelling of COMMIT; it is displayed as such.
            String shown = first.equals("END") ? "COMMIT" : WhitespaceWords.trimStatement(sql.strip());
            return SqlErrors.invalidSql("Unsupported statement type: " + shown);
        }
        String written = sql.strip().split("\\s+")[0];
        return SqlErrors.invalidSql("sql parser error: Expected: an SQL statement, found: " + written
                + " at Line: 1, Column: " + (sql.indexOf(written.charAt(0)) + 1));
    }

    /** A statement the real server executes but this server does not implement (documented gap). */
    static RuntimeException notSupported(List<String> words) {
        String what = String.join(" ", words.subList(0, Math.min(2, words.size()))).toUpperCase(Locale.ROOT);
        return SqlErrors.invalidOperation("'" + what + "' is not supported by this KalamDB-compatible server");
    }
}
