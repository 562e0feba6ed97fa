package org.kalamdb.jdbc.sql.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kalamdb.jdbc.sql.expr.Expr.And;
import org.kalamdb.jdbc.sql.expr.Expr.ColumnRef;
import org.kalamdb.jdbc.sql.expr.Expr.Comparison;
import org.kalamdb.jdbc.sql.expr.Expr.ComparisonOp;
import org.kalamdb.jdbc.sql.expr.Expr.Literal;
import org.kalamdb.jdbc.sql.expr.Expr.Parameter;

/**
 * Splits a WHERE clause into the {@code column = constant} conjuncts KalamDB's Scan can apply as
 * {@code eq} filters and the residual the driver evaluates itself.
 *
 * <p>Pushable: a top-level AND-conjunct {@code column = literal}, {@code literal = column},
 * {@code column = ?} or {@code ? = column}, where the literal is not NULL. System columns
 * ({@code _seq}, {@code _userid}, {@code _deleted}) are never pushed, as pg_kalam never pushes
 * them: {@code _userid} is synthesised from the session and a filter mentioning {@code _deleted}
 * makes the server return tombstones. A parameter bound to NULL makes the conjunct unknown for
 * every row: the caller must then return no rows rather than push it.
 */
public final class Conjuncts {

    /** The system columns pg_kalam manages (extension.md 1.4); never pushed down, never declared in DDL. */
    public static final Set<String> SYSTEM_COLUMNS = Set.of("_seq", "_userid", "_deleted");

    private Conjuncts() {
    }

    /**
     * A pushable equality.
     *
     * @param column folded column name
     * @param value  a non-NULL {@link Literal} or a {@link Parameter}
     */
    public record ColumnEquality(String column, Expr value) {
    }

    /**
     * The result of {@link #split}.
     *
     * @param equalities the pushable conjuncts, in source order
     * @param residual   the AND of every other conjunct, or null when nothing is left
     */
    public record Split(List<ColumnEquality> equalities, Expr residual) {
        public Split {
            equalities = List.copyOf(equalities);
        }

        /** True when the whole WHERE clause is pushable. */
        public boolean fullyPushed() {
            return residual == null;
        }
    }

    /** Splits {@code where} (null means no WHERE clause). */
    public static Split split(Expr where) {
        List<ColumnEquality> pushed = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        if (where != null) {
            for (Expr conjunct : flatten(where)) {
                ColumnEquality eq = asEquality(conjunct);
                if (eq != null) {
                    pushed.add(eq);
                } else {
                    rest.add(conjunct);
                }
            }
        }
        return new Split(pushed, and(rest));
    }

    /** The top-level AND-conjuncts of {@code e}, left to right. */
    public static List<Expr> flatten(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof And a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else {
            out.add(e);
        }
    }

    /** Left-deep AND of {@code conjuncts}; null for an empty list. */
    public static Expr and(List<Expr> conjuncts) {
        Expr result = null;
        for (Expr c : conjuncts) {
            result = result == null ? c : new And(result, c);
        }
        return result;
    }

    private static ColumnEquality asEquality(Expr e) {
        if (!(e instanceof Comparison c) || c.op() != ComparisonOp.EQ) {
            return null;
        }
        ColumnEquality direct = equality(c.left(), c.right());
        return direct != null ? direct : equality(c.right(), c.left());
    }

    private static ColumnEquality equality(Expr column, Expr value) {
        if (!(column instanceof ColumnRef ref) || SYSTEM_COLUMNS.contains(ref.name())) {
            return null;
        }
        boolean constant = value instanceof Parameter || (value instanceof Literal l && !l.isNull());
        return constant ? new ColumnEquality(ref.name(), value) : null;
    }
}
