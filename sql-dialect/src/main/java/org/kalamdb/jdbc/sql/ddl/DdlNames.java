package org.kalamdb.jdbc.sql.ddl;

import java.util.Set;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;
import org.kalamdb.jdbc.sql.plan.KalamNames;

/**
 * Names of namespaces, tables and columns as written in DDL: PostgreSQL's reserved words are
 * refused unquoted, quoted mixed-case names are refused (KalamDB would store them lower-cased and
 * never find them again), and the rest must follow {@link KalamNames}.
 */
public final class DdlNames {


    /** PostgreSQL's reserved key words: unquoted, they cannot name anything. */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
            "current_catalog", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for",
            "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into", "lateral",
            "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order",
            "placing", "primary", "references", "returning", "select", "session_user", "some", "symmetric",
            "system_user", "table", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
            "when", "where", "window", "with");

    private DdlNames() {
    }

    /**
     * The checked, lower-case name of an identifier token.
     *
     * @param what {@code namespace}, {@code table} or {@code column}, for messages
     * @throws SqlDialectException 42602 (invalid name) or 42622 (too long)
     */
    public static String check(Token token, String what) {
        String name = token.value();
        if (token.kind() == TokenKind.IDENTIFIER && RESERVED.contains(name)) {
            throw SqlDialectException.syntax("syntax error", token.text(), token.start());
        }
        if (token.kind() == TokenKind.QUOTED_IDENTIFIER && !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new SqlDialectException(SqlStates.INVALID_NAME, "invalid " + what + " name \"" + name
                    + "\": KalamDB stores names in lower case, so a quoted mixed-case name could never be found again;"
                    + " write it in lower case", token.start() + 1);
        }
        return KalamNames.check(name, what, token.start() + 1);
    }

    /**
     * A column name: the system columns are refused first with pg_kalam's message (42701),
     * then the rules of {@link #check(Token, String)}.
     */
    public static String checkColumn(Token token) {
        String folded = token.value().toLowerCase(java.util.Locale.ROOT);
        if (Conjuncts.SYSTEM_COLUMNS.contains(folded)) {
            throw new SqlDialectException(SqlStates.DUPLICATE_COLUMN, "system column '" + folded
                    + "' must not be declared explicitly; it is managed by KalamDB", token.start() + 1);
        }
        return check(token, "column");
    }
}
