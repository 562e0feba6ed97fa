package org.kalamdb.jdbc.sql.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.kalamdb.jdbc.sql.expr.Expr.And;
import org.kalamdb.jdbc.sql.expr.Expr.Arithmetic;
import org.kalamdb.jdbc.sql.expr.Expr.Between;
import org.kalamdb.jdbc.sql.expr.Expr.Call;
import org.kalamdb.jdbc.sql.expr.Expr.Case;
import org.kalamdb.jdbc.sql.expr.Expr.Cast;
import org.kalamdb.jdbc.sql.expr.Expr.Coalesce;
import org.kalamdb.jdbc.sql.expr.Expr.ColumnRef;
import org.kalamdb.jdbc.sql.expr.Expr.Comparison;
import org.kalamdb.jdbc.sql.expr.Expr.Concat;
import org.kalamdb.jdbc.sql.expr.Expr.Default;
import org.kalamdb.jdbc.sql.expr.Expr.In;
import org.kalamdb.jdbc.sql.expr.Expr.IsBoolean;
import org.kalamdb.jdbc.sql.expr.Expr.IsDistinct;
import org.kalamdb.jdbc.sql.expr.Expr.IsNull;
import org.kalamdb.jdbc.sql.expr.Expr.Like;
import org.kalamdb.jdbc.sql.expr.Expr.Literal;
import org.kalamdb.jdbc.sql.expr.Expr.Negate;
import org.kalamdb.jdbc.sql.expr.Expr.Not;
import org.kalamdb.jdbc.sql.expr.Expr.NullIf;
import org.kalamdb.jdbc.sql.expr.Expr.Or;
import org.kalamdb.jdbc.sql.expr.Expr.Parameter;
import org.kalamdb.jdbc.sql.expr.Expr.When;

/** Rebuilds an expression tree with every column reference replaced by {@code f(column)}. */
public final class ExprRewriter implements Expr.Visitor<Expr> {

    private final Function<ColumnRef, Expr> f;

    private ExprRewriter(Function<ColumnRef, Expr> f) {
        this.f = f;
    }

    /** {@code e} with each {@link ColumnRef} replaced by {@code f.apply(ref)}; null stays null. */
    public static Expr mapColumns(Expr e, Function<ColumnRef, Expr> f) {
        return e == null ? null : e.accept(new ExprRewriter(f));
    }

    private Expr r(Expr e) {
        return e == null ? null : e.accept(this);
    }

    private List<Expr> all(List<Expr> list) {
        List<Expr> out = new ArrayList<>(list.size());
        for (Expr e : list) {
            out.add(r(e));
        }
        return out;
    }

    @Override
    public Expr visit(ColumnRef e) {
        return f.apply(e);
    }

    @Override
    public Expr visit(Literal e) {
        return e;
    }

    @Override
    public Expr visit(Parameter e) {
        return e;
    }

    @Override
    public Expr visit(Arithmetic e) {
        return new Arithmetic(e.op(), r(e.left()), r(e.right()));
    }

    @Override
    public Expr visit(Negate e) {
        return new Negate(r(e.operand()));
    }

    @Override
    public Expr visit(Concat e) {
        return new Concat(r(e.left()), r(e.right()));
    }

    @Override
    public Expr visit(Comparison e) {
        return new Comparison(e.op(), r(e.left()), r(e.right()));
    }

    @Override
    public Expr visit(IsDistinct e) {
        return new IsDistinct(r(e.left()), r(e.right()), e.negated());
    }

    @Override
    public Expr visit(And e) {
        return new And(r(e.left()), r(e.right()));
    }

    @Override
    public Expr visit(Or e) {
        return new Or(r(e.left()), r(e.right()));
    }

    @Override
    public Expr visit(Not e) {
        return new Not(r(e.operand()));
    }

    @Override
    public Expr visit(In e) {
        return new In(r(e.operand()), all(e.values()), e.negated());
    }

    @Override
    public Expr visit(Between e) {
        return new Between(r(e.operand()), r(e.low()), r(e.high()), e.negated());
    }

    @Override
    public Expr visit(Like e) {
        return new Like(r(e.operand()), r(e.pattern()), r(e.escape()), e.caseInsensitive(), e.negated());
    }

    @Override
    public Expr visit(IsNull e) {
        return new IsNull(r(e.operand()), e.negated());
    }

    @Override
    public Expr visit(IsBoolean e) {
        return new IsBoolean(r(e.operand()), e.value(), e.negated());
    }

    @Override
    public Expr visit(Case e) {
        List<When> whens = new ArrayList<>();
        for (When w : e.whens()) {
            whens.add(new When(r(w.condition()), r(w.result())));
        }
        return new Case(r(e.operand()), whens, r(e.otherwise()));
    }

    @Override
    public Expr visit(Coalesce e) {
        return new Coalesce(all(e.args()));
    }

    @Override
    public Expr visit(NullIf e) {
        return new NullIf(r(e.left()), r(e.right()));
    }

    @Override
    public Expr visit(Cast e) {
        return new Cast(r(e.operand()), e.type());
    }

    @Override
    public Expr visit(Call e) {
        return new Call(e.name(), all(e.args()));
    }

    @Override
    public Expr visit(Default e) {
        return e;
    }
}
