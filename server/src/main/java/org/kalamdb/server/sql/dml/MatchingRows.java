package org.kalamdb.server.sql.dml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.jsqlparser.expression.Expression;

import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.sql.EngineError;
import org.kalamdb.server.sql.query.Compiled;
import org.kalamdb.server.sql.query.ExpressionCompiler;
import org.kalamdb.server.sql.query.RelationResolver;
import org.kalamdb.server.store.DataAccess;

/** The live rows of a table an UPDATE or DELETE ... WHERE selects (tombstones too when the WHERE mentions _deleted). */
final class MatchingRows {

    private MatchingRows() {
    }

    static List<Object[]> find(TableDef table, Expression where, ExpressionCompiler compiler, RelationResolver resolver,
                               DataAccess data) {
        Compiled predicate = compiler.compile(where);
        boolean includeDeleted = where.toString().toLowerCase(Locale.ROOT).matches("(?s).*\\b_deleted\\b.*");
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : data.scan(table, resolver.userScope(table), includeDeleted)) {
            if (Boolean.TRUE.equals(predicate.eval().eval(row))) {
                out.add(row);
            }
        }
        return out;
    }

    /** The primary-key column; stream tables without one have no by-key write path. */
    static int primaryKeyIndex(TableDef table, String operation) {
        ColumnDef pk = table.primaryKey();
        if (pk == null) {
            throw EngineError.notImplemented(operation + " on a table without a PRIMARY KEY");
        }
        return table.columnIndex(pk.name());
    }
}
