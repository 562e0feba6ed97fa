package org.kalamdb.jdbc.engine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.kalamdb.jdbc.engine.calcite.EngineTypes;
import org.kalamdb.jdbc.engine.rewrite.RewrittenSql;
import org.kalamdb.jdbc.engine.rewrite.SqlTokenizer;
import org.kalamdb.jdbc.engine.rewrite.TokenKind;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.types.KalamType;

/**
 * Turns a DML statement into the query that computes its writes:
 * <ul>
 *   <li>{@code UPDATE t [AS a] SET c = e, ... WHERE w} into
 *       {@code SELECT k, CAST(v AS type(c)), ... FROM (SELECT pk AS k, e AS v, ... FROM t [AS a] WHERE w)};
 *       the cast stands outside so that Calcite types the parameters of {@code e} from its
 *       context first;</li>
 *   <li>{@code DELETE FROM t [AS a] WHERE w} into {@code SELECT pk FROM t [AS a] WHERE w};</li>
 *   <li>{@code INSERT INTO t (c, ...) <query or VALUES>} into
 *       {@code SELECT CAST(c AS type(c)), ... FROM (<query>) AS src(c, ...)}.</li>
 * </ul>
 * Parameters keep their textual order in every form, so the caller's values bind unchanged.
 */
final class MutationPlanner {

    private static final String SOURCE_ALIAS = "\"$source\"";
    private static final String KEY = "\"$key\"";

    private MutationPlanner() {
    }

    static PreparedMutation plan(EngineSession session, RewrittenSql statement) throws SQLException {
        SqlNode node;
        try {
            node = EngineParser.parse(statement.sql());
        } catch (SqlParseException e) {
            throw EngineErrors.translate(e);
        }
        Planned planned;
        if (node instanceof SqlUpdate update) {
            planned = update(session, update);
        } else if (node instanceof SqlDelete delete) {
            planned = delete(session, delete);
        } else if (node instanceof SqlInsert insert) {
            planned = insert(session, insert);
        } else {
            throw EngineErrors.syntax("not an UPDATE, DELETE or INSERT statement");
        }
        RewrittenSql select = new RewrittenSql(planned.sql(), statement.parameterSources(), statement.parameterCount());
        if (countParameters(planned.sql()) != statement.parameterSources().size()) {
            throw Errors.create(SqlStates.INTERNAL_ERROR, "the engine lost track of the statement's parameters");
        }
        PreparedQuery query = new PreparedQuery(session, select, planned.resultTypes());
        query.compileNow();
        return new PreparedMutation(planned.kind(), planned.table(), planned.columns(), query);
    }

    private record Planned(MutationKind kind, TableDefinition table, List<String> columns, String sql,
                           Map<Integer, KalamType> resultTypes) {
    }

    private static Planned update(EngineSession session, SqlUpdate update) throws SQLException {
        TableDefinition table = resolve(session, (SqlIdentifier) update.getTargetTable());
        ColumnDefinition key = keyOf(table, "UPDATE");
        Map<Integer, KalamType> types = new HashMap<>();
        types.put(0, key.type());
        // Inner query: the key and the SET expressions, evaluated against each matching row.
        List<SqlNode> inner = new ArrayList<>();
        inner.add(as(qualified(update.getTargetTable(), update.getAlias(), key.name()), KEY));
        StringBuilder outer = new StringBuilder("SELECT ").append(KEY);
        List<String> columns = new ArrayList<>();
        SqlNodeList targets = update.getTargetColumnList();
        SqlNodeList sources = update.getSourceExpressionList();
        for (int i = 0; i < targets.size(); i++) {
            ColumnDefinition column = column(table, ((SqlIdentifier) targets.get(i)));
            columns.add(column.name());
            types.put(i + 1, column.type());
            String alias = "\"$v" + i + '"';
            inner.add(as(typedParameter(sources.get(i), column.type()), alias));
            // The cast to the column's type happens outside, where the expression's own type is known.
            outer.append(", ").append(castTo(alias, column.type()));
        }
        SqlSelect select = select(inner, from(update.getTargetTable(), update.getAlias()), update.getCondition());
        outer.append(" FROM (").append(EngineParser.unparse(select)).append(") AS \"$rows\"");
        return new Planned(MutationKind.UPDATE, table, columns, outer.toString(), types);
    }

    private static Planned delete(EngineSession session, SqlDelete delete) throws SQLException {
        TableDefinition table = resolve(session, (SqlIdentifier) delete.getTargetTable());
        ColumnDefinition key = keyOf(table, "DELETE");
        SqlSelect select = select(List.of(qualified(delete.getTargetTable(), delete.getAlias(), key.name())),
                from(delete.getTargetTable(), delete.getAlias()), delete.getCondition());
        return new Planned(MutationKind.DELETE, table, List.of(), EngineParser.unparse(select), Map.of(0, key.type()));
    }

    private static Planned insert(EngineSession session, SqlInsert insert) throws SQLException {
        TableDefinition table = resolve(session, (SqlIdentifier) insert.getTargetTable());
        List<ColumnDefinition> targets = new ArrayList<>();
        SqlNodeList list = insert.getTargetColumnList();
        if (list == null || list.isEmpty()) {
            // Like the server: the user columns in order, without the system columns.
            for (ColumnDefinition c : table.columns()) {
                if (!c.name().startsWith("_")) {
                    targets.add(c);
                }
            }
        } else {
            for (SqlNode n : list) {
                targets.add(column(table, (SqlIdentifier) n));
            }
        }
        SqlNode source = insert.getSource();
        if (source.getKind() == SqlKind.VALUES) {
            typeValuesParameters((SqlCall) source, targets);
        }
        StringBuilder select = new StringBuilder("SELECT ");
        StringBuilder aliases = new StringBuilder();
        Map<Integer, KalamType> types = new HashMap<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            ColumnDefinition c = targets.get(i);
            if (i > 0) {
                select.append(", ");
                aliases.append(", ");
            }
            select.append(castTo(SOURCE_ALIAS + "." + quote(c.name()), c.type()));
            aliases.append(quote(c.name()));
            types.put(i, c.type());
            columns.add(c.name());
        }
        select.append(" FROM (").append(EngineParser.unparse(source)).append(") AS ")
                .append(SOURCE_ALIAS).append(" (").append(aliases).append(')');
        return new Planned(MutationKind.INSERT, table, columns, select.toString(), types);
    }

    /** A bare {@code ?} in a VALUES row takes its target column's type, as in PostgreSQL. */
    private static void typeValuesParameters(SqlCall values, List<ColumnDefinition> targets) throws SQLException {
        for (SqlNode row : values.getOperandList()) {
            if (!(row instanceof SqlCall r) || r.getKind() != SqlKind.ROW) {
                continue;
            }
            for (int i = 0; i < r.operandCount() && i < targets.size(); i++) {
                r.setOperand(i, typedParameter(r.operand(i), targets.get(i).type()));
            }
        }
    }

    /** {@code ?} as {@code CAST(? AS type)}; any other expression unchanged. */
    private static SqlNode typedParameter(SqlNode expression, KalamType type) throws SQLException {
        if (!(expression instanceof SqlDynamicParam) || type.kind() == KalamType.Kind.EMBEDDING) {
            return expression;
        }
        String target = EngineTypes.sqlSpelling(type);
        // A DECIMAL parameter is typed wider than its column, so that the cast rounds the value to
        // the column's scale as PostgreSQL's assignment does (a parameter of the column's own
        // type would be taken as already rounded).
        String parameter = type.kind() == KalamType.Kind.DECIMAL
                ? "CAST(? AS DECIMAL(38, " + Math.max(16, type.scale()) + "))" : "?";
        try {
            return SqlParser.create("CAST(" + parameter + " AS " + target + ")").parseExpression();
        } catch (SqlParseException e) {
            throw EngineErrors.translate(e);
        }
    }

    private static SqlSelect select(List<SqlNode> items, SqlNode from, SqlNode where) {
        return new SqlSelect(SqlParserPos.ZERO, null, new SqlNodeList(items, SqlParserPos.ZERO), from, where,
                null, null, null, null, null, null, null, null);
    }

    private static SqlNode as(SqlNode expression, String quotedAlias) {
        String name = quotedAlias.substring(1, quotedAlias.length() - 1);
        return SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, expression,
                new SqlIdentifier(name, SqlParserPos.ZERO));
    }

    /** The key column, qualified by the alias or the table so that no subquery's column hides it. */
    private static SqlIdentifier qualified(SqlNode target, SqlIdentifier alias, String column) {
        List<String> names = new ArrayList<>(alias != null ? alias.names : ((SqlIdentifier) target).names);
        names.add(column);
        return new SqlIdentifier(names, SqlParserPos.ZERO);
    }

    private static SqlNode from(SqlNode target, SqlIdentifier alias) {
        return alias == null ? target : SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, target, alias);
    }

    /** An expression cast to a column's type; embeddings are arrays and are passed as they are. */
    private static String castTo(String expression, KalamType type) {
        if (type.kind() == KalamType.Kind.EMBEDDING) {
            return expression;
        }
        return "CAST(" + expression + " AS " + EngineTypes.sqlSpelling(type) + ")";
    }

    private static TableDefinition resolve(EngineSession session, SqlIdentifier name) throws SQLException {
        List<String> parts = name.names;
        String namespace;
        String table;
        if (parts.size() == 1) {
            namespace = session.defaultNamespace();
            table = parts.get(0);
        } else if (parts.size() == 2 || parts.size() == 3 && parts.get(0).equals(QueryEngine.CATALOG)) {
            namespace = parts.get(parts.size() - 2);
            table = parts.get(parts.size() - 1);
        } else {
            throw Errors.create(SqlStates.SYNTAX_ERROR, "improper qualified name: " + name);
        }
        Optional<TableDefinition> def = session.source().table(namespace, table);
        if (def.isEmpty()) {
            throw Errors.create(SqlStates.UNDEFINED_TABLE,
                    "relation \"" + namespace + "." + table + "\" does not exist");
        }
        return def.get();
    }

    private static ColumnDefinition keyOf(TableDefinition table, String statement) throws SQLException {
        return table.primaryKey().orElseThrow(() -> Errors.create(SqlStates.FEATURE_NOT_SUPPORTED,
                statement + " needs a primary key, and " + table.qualifiedName() + " has none"));
    }

    private static ColumnDefinition column(TableDefinition table, SqlIdentifier id) throws SQLException {
        String name = id.names.get(id.names.size() - 1);
        return table.column(name).orElseThrow(() -> Errors.create(SqlStates.UNDEFINED_COLUMN,
                "column \"" + name + "\" of relation \"" + table.qualifiedName() + "\" does not exist"));
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static int countParameters(String sql) {
        int n = 0;
        for (var t : SqlTokenizer.tokenize(sql)) {
            if (t.kind() == TokenKind.PARAMETER) {
                n++;
            }
        }
        return n;
    }
}
