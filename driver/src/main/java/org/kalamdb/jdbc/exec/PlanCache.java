package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.sql.ParameterizedSql;
import org.kalamdb.jdbc.sql.ParsedScript;
import org.kalamdb.jdbc.sql.ParsedStatement;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlParser;
import org.kalamdb.jdbc.sql.SqlSplitter;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.StatementText;
import org.kalamdb.jdbc.sql.lex.SqlLexer;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;

/**
 * Parsed plans per SQL text, one cache per connection (least recently used, bounded). Plans are
 * immutable and reference parameters by index, so a PreparedStatement executed many times, or the
 * same SQL text sent from several Statements, is parsed once. Parse errors are not cached.
 *
 * <p>An UPDATE, DELETE or INSERT that the dialect refuses with 0A000 because its expressions are
 * beyond the driver's own evaluator (subqueries, unknown functions, ...) becomes an
 * {@link ScriptStatement.EngineWrite} for the query engine instead. In a script of several
 * statements this needs each statement parsed on its own, which is only possible when the script
 * has no {@code ?} markers (they are numbered across the script); such a script keeps the
 * dialect's refusal.
 */
public final class PlanCache {

    private static final int CAPACITY = 256;
    private static final Set<String> WRITES = Set.of("insert", "update", "delete");

    private final Map<String, Script> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Script> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Every statement of {@code sql} with its plan, parsed on first use. */
    Script get(String sql) throws SQLException {
        synchronized (cache) {
            Script hit = cache.get(sql);
            if (hit != null) {
                return hit;
            }
        }
        Script parsed;
        try {
            parsed = parse(sql);
        } catch (SqlDialectException e) {
            throw Errors.fromDialect(e);
        }
        synchronized (cache) {
            cache.put(sql, parsed);
        }
        return parsed;
    }

    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private static Script parse(String sql) {
        try {
            ParsedScript script = SqlParser.parseScript(sql);
            List<ScriptStatement> statements = new ArrayList<>(script.statements().size());
            for (ParsedStatement s : script.statements()) {
                statements.add(new ScriptStatement.Planned(s));
            }
            return new Script(statements, script.parameterCount());
        } catch (SqlDialectException e) {
            if (!SqlStates.FEATURE_NOT_SUPPORTED.equals(e.sqlState())) {
                throw e;
            }
            return withEngineWrites(sql, e);
        }
    }

    /** The script again, statement by statement, the refused writes for the engine. */
    private static Script withEngineWrites(String sql, SqlDialectException refusal) {
        List<StatementText> texts = SqlSplitter.split(sql);
        if (texts.size() > 1 && hasQuestionMarks(sql)) {
            throw refusal;
        }
        List<ScriptStatement> statements = new ArrayList<>(texts.size());
        int parameterCount = 0;
        boolean anyForEngine = false;
        for (StatementText text : texts) {
            ScriptStatement statement;
            try {
                statement = new ScriptStatement.Planned(SqlParser.parse(text.text()));
            } catch (SqlDialectException e) {
                if (!SqlStates.FEATURE_NOT_SUPPORTED.equals(e.sqlState()) || !isWrite(text.text())) {
                    throw refusal;
                }
                statement = new ScriptStatement.EngineWrite(text.text(), ParameterizedSql.of(text.text()),
                        e.getMessage());
                anyForEngine = true;
            }
            statements.add(statement);
            parameterCount = Math.max(parameterCount, statement.parameters().parameterCount());
        }
        if (!anyForEngine) {
            throw refusal;
        }
        return new Script(statements, parameterCount);
    }

    private static boolean hasQuestionMarks(String sql) {
        for (Token t : SqlLexer.tokenize(sql)) {
            if (t.kind() == TokenKind.BIND_MARKER) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWrite(String statement) {
        List<Token> tokens = SqlLexer.tokenize(statement);
        return !tokens.isEmpty() && tokens.get(0).kind() == TokenKind.IDENTIFIER
                && WRITES.contains(tokens.get(0).value());
    }
}
