package org.kalamdb.server.sql.dml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.sql.EngineError;
import org.kalamdb.server.sql.StatementResult;
import org.kalamdb.server.sql.query.Compiled;
import org.kalamdb.server.sql.query.EvalContext;
import org.kalamdb.server.sql.query.ExpressionCompiler;
import org.kalamdb.server.sql.query.InputScope;
import org.kalamdb.server.sql.query.Relation;
import org.kalamdb.server.sql.query.RelationResolver;
import org.kalamdb.server.store.DataAccess;

/**
 * UPDATE t SET c = expr, ... WHERE ... (server.md 4 "UPDATE"): WHERE is required, the primary
 * key may not be assigned, each matching row is updated by key; a no-op update counts 0.
 */
public final class UpdateCommand {

    private final RelationResolver resolver;
    private final DataAccess data;

    public UpdateCommand(RelationResolver resolver, DataAccess data) {
        this.resolver = resolver;
        this.data = data;
    }

    /** One SET target: the column and its compiled value expression. */
    private record Assignment(ColumnDef column, Compiled value) {
    }

    public StatementResult execute(Update update, EvalContext context) {
        TableDef table = DmlTarget.resolve(resolver, update.getTable(), "update");
        String qualifier = resolver.target(update.getTable()).qualifier();
        InputScope scope = new InputScope(new Relation(qualifier, table, fields(table), List.of()));
        ExpressionCompiler compiler = new ExpressionCompiler(scope::resolve, null, context);
        if (update.getWhere() == null) {
            throw EngineError.planning("UPDATE requires a WHERE clause");
        }
        List<Assignment> assignments = assignments(update, table, scope, compiler);
        int pk = MatchingRows.primaryKeyIndex(table, "UPDATE");
        long affected = 0;
        for (Object[] row : MatchingRows.find(table, update.getWhere(), compiler, resolver, data)) {
            Map<String, Object> changes = new LinkedHashMap<>();
            for (Assignment a : assignments) {
                Object value = a.value().eval().eval(row);
                changes.put(a.column().name(), ColumnCoercion.coerce(value, a.value().type(), a.column()));
            }
            affected += data.update(table, resolver.userScope(table), row[pk], changes);
        }
        return new StatementResult.Affected(affected);
    }

    private static List<Assignment> assignments(Update update, TableDef table, InputScope scope,
                                                ExpressionCompiler compiler) {
        List<Assignment> out = new ArrayList<>();
        ColumnDef pk = table.primaryKey();
        for (UpdateSet set : update.getUpdateSets()) {
            if (set.getColumns().size() != set.getValues().size()) {
                throw EngineError.planning("UPDATE SET column list and value list differ in length");
            }
            for (int i = 0; i < set.getColumns().size(); i++) {
                Column column = set.getColumns().get(i);
                Compiled target = scope.resolve(column);
                if (pk != null && target.outputName().equalsIgnoreCase(pk.name())) {
                    throw EngineError.planning("UPDATE cannot modify primary key column '" + pk.name() + "'");
                }
                out.add(new Assignment(table.column(target.outputName()), compiler.compile(set.getValues().get(i))));
            }
        }
        if (out.isEmpty()) {
            throw EngineError.planning("UPDATE requires at least one assignment");
        }
        return out;
    }

    static List<Field> fields(TableDef table) {
        return table.arrowSchema().fields();
    }
}
