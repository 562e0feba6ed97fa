package org.kalamdb.server.sql.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;

import org.kalamdb.server.sql.EngineError;

/**
 * Compiles the output side of an aggregate query: expressions over group rows laid out as
 * [GROUP BY key values..., aggregate results...]. A sub-expression equal to a GROUP BY key reads
 * that key; an aggregate call registers a {@link Aggregates.Spec}; any other column is an error.
 */
final class AggregateCompiler implements ExpressionCompiler.Interceptor {

    private final ExpressionCompiler input;
    private final List<Compiled> keys;
    private final List<Aggregates.Spec> aggregates = new ArrayList<>();
    private final ExpressionCompiler output;

    AggregateCompiler(ExpressionCompiler input, List<Compiled> keys, EvalContext context) {
        this.input = input;
        this.keys = List.copyOf(keys);
        this.output = new ExpressionCompiler(this::notGrouped, this, context);
    }

    Compiled compile(Expression e) {
        return output.compile(e);
    }

    List<Aggregates.Spec> aggregates() {
        return aggregates;
    }

    @Override
    public Compiled intercept(Expression e) {
        if (e instanceof Function f && Aggregates.isAggregate(f.getName().toLowerCase(Locale.ROOT))) {
            Aggregates.Spec spec = Aggregates.spec(f, input);
            int slot = keys.size() + indexOf(spec);
            return Compiled.computed(row -> row[slot], spec.type(), spec.nullable(), spec.display());
        }
        Compiled plain;
        try {
            plain = input.compile(e);
        } catch (AggregateInScalarContext containsAggregate) {
            return null;
        }
        for (int i = 0; i < keys.size(); i++) {
            Compiled key = keys.get(i);
            if (key.display().equals(plain.display())) {
                int slot = i;
                return new Compiled(row -> row[slot], key.type(), key.nullable(), key.display(), key.outputName(),
                        key.sourceField());
            }
        }
        return null;
    }

    private int indexOf(Aggregates.Spec spec) {
        for (int i = 0; i < aggregates.size(); i++) {
            if (aggregates.get(i).display().equals(spec.display())) {
                return i;
            }
        }
        aggregates.add(spec);
        return aggregates.size() - 1;
    }

    private Compiled notGrouped(Column column) {
        Compiled resolved = input.compile(column);
        throw new EngineError("Error during planning: Column in SELECT must be in GROUP BY or an aggregate function: "
                + "column \"" + resolved.display() + "\" must appear in the GROUP BY clause or must be part of an "
                + "aggregate function");
    }
}
