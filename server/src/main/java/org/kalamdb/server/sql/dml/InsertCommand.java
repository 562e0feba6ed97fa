package org.kalamdb.server.sql.dml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;

import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.sql.EngineError;
import org.kalamdb.server.sql.SqlErrors;
import org.kalamdb.server.sql.StatementResult;
import org.kalamdb.server.sql.query.Compiled;
import org.kalamdb.server.sql.query.EvalContext;
import org.kalamdb.server.sql.query.ExpressionCompiler;
import org.kalamdb.server.sql.query.InputScope;
import org.kalamdb.server.sql.query.Relation;
import org.kalamdb.server.sql.query.RelationResolver;
import org.kalamdb.server.store.DataAccess;

/**
 * INSERT INTO t [(cols)] VALUES (...), ... as the real server's literal fast path does it
 * (transaction_batch_insert.rs): no column list means every user column not starting with
 * {@code _}; listed names must match the stored names exactly; omitted columns get their
 * DEFAULT; values are coerced to the column types; the row store checks NOT NULL and keys.
 */
public final class InsertCommand {

    private final RelationResolver resolver;
    private final DataAccess data;

    public InsertCommand(RelationResolver resolver, DataAccess data) {
        this.resolver = resolver;
        this.data = data;
    }

    public StatementResult execute(Insert insert, EvalContext context) {
        TableDef table = DmlTarget.resolve(resolver, insert.getTable(), "insert");
        if (!(insert.getSelect() instanceof Values values)) {
            throw EngineError.notImplemented("INSERT ... SELECT in this server's SQL engine");
        }
        if (insert.getConflictAction() != null || insert.getReturningClause() != null
                || insert.getDuplicateUpdateSets() != null) {
            throw EngineError.notImplemented("INSERT ... ON CONFLICT / RETURNING");
        }
        List<ColumnDef> available = new ArrayList<>();
        for (ColumnDef c : table.columns()) {
            if (!c.name().startsWith("_")) {
                available.add(c);
            }
        }
        List<ColumnDef> targets = targetColumns(insert, available);
        List<ColumnDef> defaulted = new ArrayList<>();
        for (ColumnDef c : available) {
            if (!targets.contains(c) && c.defaultValue() != null) {
                defaulted.add(c);
            }
        }
        ExpressionCompiler constants = new ExpressionCompiler(new InputScope(Relation.single())::resolve, null, context);
        DefaultValueGenerator defaults = new DefaultValueGenerator(context.identity(),
                context.statementEpochNanos() / 1_000_000L);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Expression> written : rows(values)) {
            if (written.size() != targets.size()) {
                throw EngineError.planning("Column count doesn't match insert query!");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < written.size(); i++) {
                ColumnDef target = targets.get(i);
                if (isDefaultKeyword(written.get(i))) {
                    // VALUES (DEFAULT, ...): the column's default, or NULL without one
                    row.put(target.name(), target.defaultValue() == null ? null : defaults.value(target));
                    continue;
                }
                Compiled c = constants.compile(written.get(i));
                Object value = c.eval().eval(new Object[0]);
                row.put(target.name(), ColumnCoercion.coerce(value, c.type(), target));
            }
            for (ColumnDef c : defaulted) {
                row.put(c.name(), defaults.value(c));
            }
            rows.add(row);
        }
        return new StatementResult.Affected(data.insert(table, resolver.userScope(table), rows));
    }

    /** The listed columns (exact, case-sensitive match), or every available column in order. */
    private static List<ColumnDef> targetColumns(Insert insert, List<ColumnDef> available) {
        if (insert.getColumns() == null || insert.getColumns().isEmpty()) {
            return available;
        }
        List<ColumnDef> out = new ArrayList<>();
        for (Column written : insert.getColumns()) {
            String name = unquote(written.getColumnName());
            ColumnDef match = null;
            for (ColumnDef c : available) {
                if (c.name().equals(name)) {
                    match = c;
                }
            }
            if (match == null) {
                throw SqlErrors.invalidOperation("Column '" + name + "' does not exist");
            }
            out.add(match);
        }
        return out;
    }

    private static boolean isDefaultKeyword(Expression e) {
        return e instanceof Column c && (c.getTable() == null || c.getTable().getName() == null)
                && c.getColumnName().equalsIgnoreCase("DEFAULT");
    }

    /** sqlparser's Ident.value: quotes removed, case kept. */
    private static String unquote(String written) {
        if (written.length() >= 2 && (written.startsWith("\"") && written.endsWith("\"")
                || written.startsWith("`") && written.endsWith("`"))) {
            return written.substring(1, written.length() - 1);
        }
        return written;
    }

    /** VALUES (a, b) parses as one parenthesised list; VALUES (a, b), (c, d) as a list of them. */
    private static List<List<Expression>> rows(Values values) {
        ExpressionList<?> list = values.getExpressions();
        List<List<Expression>> out = new ArrayList<>();
        if (list instanceof ParenthesedExpressionList<?>) {
            out.add(new ArrayList<>(list));
            return out;
        }
        for (Expression e : list) {
            if (e instanceof ExpressionList<?> row) {
                out.add(new ArrayList<>(row));
            } else {
                out.add(List.of(e));
            }
        }
        return out;
    }
}
