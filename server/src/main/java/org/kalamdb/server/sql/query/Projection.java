package org.kalamdb.server.sql.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import org.kalamdb.server.sql.EngineError;

/** The select list: * and t.* expansion, aliases, DataFusion's unique-name rule, per-row projection. */
final class Projection {

    private Projection() {
    }

    static List<OutputColumn> build(PlainSelect select, InputScope scope,
                                 java.util.function.Function<Expression, Compiled> compiler, boolean aggregate) {
        List<OutputColumn> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SelectItem<?> item : select.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof AllTableColumns tableColumns) {
                requireQualifier(scope, tableColumns.getTable());
                expandAll(scope, compiler, aggregate, out);
            } else if (e instanceof AllColumns) {
                if (scope.relation().fields().isEmpty()) {
                    throw EngineError.planning("SELECT * with no tables specified is not valid");
                }
                expandAll(scope, compiler, aggregate, out);
            } else {
                Compiled c = compiler.apply(e);
                String name = item.getAlias() != null ? Identifiers.normalize(item.getAlias().getName()) : c.outputName();
                out.add(new OutputColumn(name, item.getAlias() != null ? renamed(c, name) : c));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            String key = out.get(i).expr().display();
            if (!names.add(key)) {
                throw EngineError.planning("Projections require unique expression names but the expression \"" + key
                        + "\" at position " + firstIndex(out, key) + " and \"" + key + "\" at position " + i
                        + " have the same name. Consider aliasing (\"AS\") one of them.");
            }
        }
        return out;
    }

    static int firstIndex(List<OutputColumn> outputs, String display) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).expr().display().equals(display)) {
                return i;
            }
        }
        return -1;
    }

    static Compiled renamed(Compiled c, String alias) {
        return new Compiled(c.eval(), c.type(), c.nullable(), alias, alias, c.sourceField());
    }

    static void expandAll(InputScope scope, java.util.function.Function<Expression, Compiled> compiler,
                                  boolean aggregate, List<OutputColumn> out) {
        for (int i = 0; i < scope.relation().fields().size(); i++) {
            Compiled c = aggregate ? compiler.apply(new Column(scope.relation().fields().get(i).name()))
                    : scope.reference(i);
            out.add(new OutputColumn(scope.relation().fields().get(i).name(), c));
        }
    }

    static void requireQualifier(InputScope scope, Table table) {
        String written = Identifiers.normalize(table.getName());
        String own = scope.relation().qualifier();
        if (own == null || !(own.equals(written) || own.endsWith("." + written))) {
            throw EngineError.planning("Invalid qualifier " + written);
        }
    }

    static Object[] project(Object[] row, List<OutputColumn> outputs) {
        Object[] out = new Object[outputs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = outputs.get(i).expr().eval().eval(row);
        }
        return out;
    }
}
