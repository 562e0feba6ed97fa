package org.kalamdb.jdbc.sql.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;

import org.kalamdb.jdbc.sql.ParameterizedSql;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;
import org.kalamdb.jdbc.sql.plan.EmptyStatement;
import org.kalamdb.jdbc.sql.plan.Plan;
import org.kalamdb.jdbc.sql.plan.Unsupported;

/**
 * Routes one statement by its first keyword: session, transaction and DDL statements to the
 * hand-written parsers (JSqlParser's PostgreSQL DDL support is partial and pg_kalam's rules are
 * textual anyway), queries and writes to JSqlParser. Internal: use
 * {@link org.kalamdb.jdbc.sql.SqlParser}.
 */
public final class StatementParser {

    /** PostgreSQL commands KalamDB has no counterpart for. */
    private static final Set<String> UNSUPPORTED_COMMANDS = Set.of("copy", "explain", "analyze", "analyse", "vacuum",
            "lock", "listen", "notify", "unlisten", "do", "call", "execute", "deallocate", "declare", "fetch", "move",
            "close", "checkpoint", "reindex", "cluster", "refresh", "security", "merge", "reassign", "load", "comment");

    private StatementParser() {
    }

    /**
     * @param sql         one statement without its terminating {@code ;}
     * @param tokens      its tokens
     * @param firstMarker the index of its first {@code ?} marker (1 unless it is part of a script)
     * @param parameters  its placeholders, numbered from {@code firstMarker}
     */
    public static Plan parse(String sql, List<Token> tokens, int firstMarker, ParameterizedSql parameters) {
        if (tokens.isEmpty()) {
            return new EmptyStatement();
        }
        TokenCursor c = new TokenCursor(sql, tokens);
        Token first = tokens.get(0);
        if (first.isSymbol("(")) {
            return viaJSqlParser(sql, tokens, firstMarker, parameters);
        }
        if (first.kind() != TokenKind.IDENTIFIER) {
            throw c.error("syntax error");
        }
        switch (first.value()) {
            case "select", "with", "values", "table", "insert", "update", "delete" -> {
                return viaJSqlParser(sql, tokens, firstMarker, parameters);
            }
            case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release" -> {
                return TransactionStatements.parse(c);
            }
            case "prepare" -> {
                if (c.peek(1) != null && c.peek(1).isKeyword("transaction")) {
                    return TransactionStatements.parse(c);
                }
                return unsupported(first);
            }
            case "set", "reset", "show", "discard" -> {
                return SessionStatements.parse(c);
            }
            case "create" -> {
                return DdlStatements.create(c);
            }
            case "alter" -> {
                return DdlStatements.alter(c);
            }
            case "drop" -> {
                return DdlStatements.drop(c);
            }
            case "import" -> {
                return DdlStatements.importForeignSchema(c);
            }
            case "grant", "revoke" -> {
                return DdlStatements.grantOrRevoke(c);
            }
            case "truncate" -> {
                return new Unsupported("TRUNCATE", "TRUNCATE is not supported by KalamDB; use DELETE FROM the table");
            }
            default -> {
                if (UNSUPPORTED_COMMANDS.contains(first.value())) {
                    return unsupported(first);
                }
                throw c.error("syntax error");
            }
        }
    }

    private static Plan unsupported(Token first) {
        String command = first.value().toUpperCase(Locale.ROOT);
        return new Unsupported(command, command + " is not supported by KalamDB");
    }

    private static Plan viaJSqlParser(String sql, List<Token> tokens, int firstMarker, ParameterizedSql parameters) {
        NormalizedSql normalized = NormalizedSql.of(tokens, firstMarker);
        Statement statement = JSqlParsing.parse(normalized.text(), normalized);
        if (statement instanceof Select select) {
            return QueryPlanner.planStatement(select, parameters, normalized.text());
        }
        if (statement instanceof Insert insert) {
            return WritePlanner.insert(insert);
        }
        if (statement instanceof Update update) {
            return WritePlanner.update(update);
        }
        if (statement instanceof Delete delete) {
            return WritePlanner.delete(delete);
        }
        throw SqlDialectException.syntax("syntax error", tokens.get(0).text(), tokens.get(0).start());
    }
}
