package org.kalamdb.server.sql.dml;

import java.util.List;

import net.sf.jsqlparser.statement.delete.Delete;

import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.sql.EngineError;
import org.kalamdb.server.sql.StatementResult;
import org.kalamdb.server.sql.query.EvalContext;
import org.kalamdb.server.sql.query.ExpressionCompiler;
import org.kalamdb.server.sql.query.InputScope;
import org.kalamdb.server.sql.query.Relation;
import org.kalamdb.server.sql.query.RelationResolver;
import org.kalamdb.server.store.DataAccess;

/** DELETE FROM t WHERE ... (server.md 4 "_deleted"): WHERE is required; each matching live row gets a tombstone. */
public final class DeleteCommand {

    private final RelationResolver resolver;
    private final DataAccess data;

    public DeleteCommand(RelationResolver resolver, DataAccess data) {
        this.resolver = resolver;
        this.data = data;
    }

    public StatementResult execute(Delete delete, EvalContext context) {
        TableDef table = DmlTarget.resolve(resolver, delete.getTable(), "delete");
        String qualifier = resolver.target(delete.getTable()).qualifier();
        InputScope scope = new InputScope(new Relation(qualifier, table, UpdateCommand.fields(table), List.of()));
        ExpressionCompiler compiler = new ExpressionCompiler(scope::resolve, null, context);
        if (delete.getWhere() == null) {
            throw EngineError.planning("DELETE requires a WHERE clause");
        }
        int pk = MatchingRows.primaryKeyIndex(table, "DELETE");
        long affected = 0;
        for (Object[] row : MatchingRows.find(table, delete.getWhere(), compiler, resolver, data)) {
            affected += data.delete(table, resolver.userScope(table), row[pk]);
        }
        return new StatementResult.Affected(affected);
    }
}
