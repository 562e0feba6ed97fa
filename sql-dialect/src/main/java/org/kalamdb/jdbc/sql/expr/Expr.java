package org.kalamdb.jdbc.sql.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kalamdb.jdbc.types.KalamType;

/**
 * A scalar SQL expression: the subset of PostgreSQL expressions the driver evaluates itself with
 * {@link ExprEvaluator} (UPDATE assignments, WHERE clauses of UPDATE/DELETE, residual predicates
 * of the fast read path, INSERT values, DEFAULTs). Immutable; identifiers are already folded as
 * PostgreSQL folds them (unquoted to lower case, quoted kept). Parameters are referenced by
 * 1-based index, so one tree serves every execution of a prepared statement.
 *
 * <p>Dispatch with {@link #accept(Visitor)}: the compiler then checks that every kind is handled.
 */
public sealed interface Expr {

    <R> R accept(Visitor<R> visitor);

    /** Direct sub-expressions, in source order. */
    List<Expr> children();

    /** PostgreSQL-style SQL text of this expression (for messages, plans and DEFAULT rendering). */
    default String toSql() {
        return ExprSql.render(this);
    }

    /** Names of the columns this expression reads, in first-use order. */
    default Set<String> referencedColumns() {
        Set<String> out = new LinkedHashSet<>();
        collectColumns(this, out);
        return out;
    }

    /** True when some node of this tree is a {@link Parameter}. */
    default boolean hasParameters() {
        if (this instanceof Parameter) {
            return true;
        }
        for (Expr c : children()) {
            if (c.hasParameters()) {
                return true;
            }
        }
        return false;
    }

    private static void collectColumns(Expr e, Set<String> out) {
        if (e instanceof ColumnRef c) {
            out.add(c.name());
        }
        for (Expr child : e.children()) {
            collectColumns(child, out);
        }
    }

    /** One method per expression kind. */
    interface Visitor<R> {
        R visit(ColumnRef e);

        R visit(Literal e);

        R visit(Parameter e);

        R visit(Arithmetic e);

        R visit(Negate e);

        R visit(Concat e);

        R visit(Comparison e);

        R visit(IsDistinct e);

        R visit(And e);

        R visit(Or e);

        R visit(Not e);

        R visit(In e);

        R visit(Between e);

        R visit(Like e);

        R visit(IsNull e);

        R visit(IsBoolean e);

        R visit(Case e);

        R visit(Coalesce e);

        R visit(NullIf e);

        R visit(Cast e);

        R visit(Call e);

        R visit(Default e);
    }

    /**
     * A column reference.
     *
     * @param qualifier the folded table qualifier as written ({@code t}, {@code app.items}), or null
     * @param name      the folded column name
     */
    record ColumnRef(String qualifier, String name) implements Expr {
        public ColumnRef {
            Objects.requireNonNull(name, "name");
        }

        public static ColumnRef of(String name) {
            return new ColumnRef(null, name);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of();
        }
    }

    /**
     * A constant. The value is null (SQL NULL), {@link Boolean}, {@link Long} (every integer
     * literal that fits in 64 bits), {@link BigDecimal} (other numeric literals, as PostgreSQL
     * types {@code 1.5} and {@code 1e3} as numeric), {@link Double}, {@link String} (a string
     * literal: type still unknown, coerced on use as PostgreSQL coerces {@code unknown}),
     * {@link LocalDate}, {@link LocalTime}, {@link LocalDateTime} or {@link OffsetDateTime}.
     * Integer, Short, Byte, BigInteger and Float are normalised on construction.
     */
    record Literal(Object value) implements Expr {
        public static final Literal NULL = new Literal(null);
        public static final Literal TRUE = new Literal(Boolean.TRUE);
        public static final Literal FALSE = new Literal(Boolean.FALSE);

        public Literal {
            value = normalise(value);
        }

        public static Literal of(Object value) {
            return new Literal(value);
        }

        private static Object normalise(Object v) {
            if (v == null || v instanceof Boolean || v instanceof Long || v instanceof BigDecimal
                    || v instanceof Double || v instanceof String || v instanceof LocalDate
                    || v instanceof LocalTime || v instanceof LocalDateTime || v instanceof OffsetDateTime) {
                return v;
            }
            if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
                return ((Number) v).longValue();
            }
            if (v instanceof Float f) {
                return f.doubleValue();
            }
            if (v instanceof BigInteger b) {
                return b.bitLength() < 64 ? (Object) b.longValue() : new BigDecimal(b);
            }
            throw new IllegalArgumentException("unsupported literal type " + v.getClass().getName());
        }

        public boolean isNull() {
            return value == null;
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of();
        }
    }

    /**
     * A bind parameter.
     *
     * @param index 1-based, as in {@code PreparedStatement.setXxx(index, ...)}
     */
    record Parameter(int index) implements Expr {
        public Parameter {
            if (index < 1) {
                throw new IllegalArgumentException("parameter index must be >= 1, got " + index);
            }
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of();
        }
    }

    /** Arithmetic operators. */
    enum ArithmeticOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%");

        private final String symbol;

        ArithmeticOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** {@code left op right} for + - * / %. */
    record Arithmetic(ArithmeticOp op, Expr left, Expr right) implements Expr {
        public Arithmetic {
            Objects.requireNonNull(op);
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    /** Unary minus. */
    record Negate(Expr operand) implements Expr {
        public Negate {
            Objects.requireNonNull(operand);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /** {@code left || right}: string concatenation (NULL if either side is NULL). */
    record Concat(Expr left, Expr right) implements Expr {
        public Concat {
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    /** Comparison operators. */
    enum ComparisonOp {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        ComparisonOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The operator that gives the same result with the operands swapped ({@code a < b} is {@code b > a}). */
        public ComparisonOp flipped() {
            return switch (this) {
                case EQ -> EQ;
                case NE -> NE;
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
            };
        }
    }

    /** {@code left op right}. */
    record Comparison(ComparisonOp op, Expr left, Expr right) implements Expr {
        public Comparison {
            Objects.requireNonNull(op);
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    /** {@code left IS [NOT] DISTINCT FROM right}: null-safe (in)equality, never NULL. */
    record IsDistinct(Expr left, Expr right, boolean negated) implements Expr {
        public IsDistinct {
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    /** {@code left AND right}. */
    record And(Expr left, Expr right) implements Expr {
        public And {
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    /** {@code left OR right}. */
    record Or(Expr left, Expr right) implements Expr {
        public Or {
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    /** {@code NOT operand}. */
    record Not(Expr operand) implements Expr {
        public Not {
            Objects.requireNonNull(operand);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /** {@code operand [NOT] IN (v1, v2, ...)}. */
    record In(Expr operand, List<Expr> values, boolean negated) implements Expr {
        public In {
            Objects.requireNonNull(operand);
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("IN list must not be empty");
            }
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            List<Expr> out = new ArrayList<>(values.size() + 1);
            out.add(operand);
            out.addAll(values);
            return List.copyOf(out);
        }
    }

    /** {@code operand [NOT] BETWEEN low AND high}. */
    record Between(Expr operand, Expr low, Expr high, boolean negated) implements Expr {
        public Between {
            Objects.requireNonNull(operand);
            Objects.requireNonNull(low);
            Objects.requireNonNull(high);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(operand, low, high);
        }
    }

    /**
     * {@code operand [NOT] LIKE|ILIKE pattern [ESCAPE escape]}.
     *
     * @param escape the ESCAPE expression, or null for PostgreSQL's default escape {@code \}
     */
    record Like(Expr operand, Expr pattern, Expr escape, boolean caseInsensitive, boolean negated) implements Expr {
        public Like {
            Objects.requireNonNull(operand);
            Objects.requireNonNull(pattern);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return escape == null ? List.of(operand, pattern) : List.of(operand, pattern, escape);
        }
    }

    /** {@code operand IS [NOT] NULL}. */
    record IsNull(Expr operand, boolean negated) implements Expr {
        public IsNull {
            Objects.requireNonNull(operand);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /** {@code operand IS [NOT] TRUE|FALSE}. */
    record IsBoolean(Expr operand, boolean value, boolean negated) implements Expr {
        public IsBoolean {
            Objects.requireNonNull(operand);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /** One {@code WHEN condition THEN result} arm of a {@link Case}. */
    record When(Expr condition, Expr result) {
        public When {
            Objects.requireNonNull(condition);
            Objects.requireNonNull(result);
        }
    }

    /**
     * {@code CASE [operand] WHEN ... THEN ... [ELSE otherwise] END}.
     *
     * @param operand   the simple-CASE operand compared with each WHEN value, or null for a
     *                  searched CASE whose WHEN arms are conditions
     * @param otherwise the ELSE result, or null (NULL)
     */
    record Case(Expr operand, List<When> whens, Expr otherwise) implements Expr {
        public Case {
            whens = List.copyOf(whens);
            if (whens.isEmpty()) {
                throw new IllegalArgumentException("CASE needs at least one WHEN");
            }
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            List<Expr> out = new ArrayList<>();
            if (operand != null) {
                out.add(operand);
            }
            for (When w : whens) {
                out.add(w.condition());
                out.add(w.result());
            }
            if (otherwise != null) {
                out.add(otherwise);
            }
            return List.copyOf(out);
        }
    }

    /** {@code COALESCE(a, b, ...)}: the first non-NULL argument, evaluated lazily. */
    record Coalesce(List<Expr> args) implements Expr {
        public Coalesce {
            args = List.copyOf(args);
            if (args.isEmpty()) {
                throw new IllegalArgumentException("COALESCE needs at least one argument");
            }
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return args;
        }
    }

    /** {@code NULLIF(left, right)}: NULL when equal, else left. */
    record NullIf(Expr left, Expr right) implements Expr {
        public NullIf {
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    /**
     * {@code CAST(operand AS type)} or {@code operand::type}, the PostgreSQL type already mapped to
     * the KalamDB type it denotes (TIMESTAMPTZ is DATETIME, VARCHAR(n) is TEXT, ...).
     */
    record Cast(Expr operand, KalamType type) implements Expr {
        public Cast {
            Objects.requireNonNull(operand);
            Objects.requireNonNull(type);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /**
     * A function call. {@code name} is folded to lower case with any {@code pg_catalog.} prefix
     * removed; the SQL-standard niladic forms ({@code CURRENT_TIMESTAMP}, {@code CURRENT_USER},
     * {@code LOCALTIMESTAMP}, ...) are calls with no arguments.
     */
    record Call(String name, List<Expr> args) implements Expr {
        public Call {
            Objects.requireNonNull(name);
            args = List.copyOf(args);
        }

        public static Call of(String name, Expr... args) {
            return new Call(name, List.of(args));
        }

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return args;
        }
    }

    /**
     * The {@code DEFAULT} keyword as an INSERT value or UPDATE assignment: "use the column's
     * default". Only meaningful there; evaluating it is an error.
     */
    record Default() implements Expr {
        public static final Default INSTANCE = new Default();

        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public List<Expr> children() {
            return List.of();
        }
    }
}
