package org.kalamdb.jdbc.sql.parse;

import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.types.KalamType;

/** The column name PostgreSQL gives an unaliased select-list expression (its FigureColname rules). */
final class Labels {

    private Labels() {
    }

    static String of(Expr e) {
        if (e instanceof Expr.ColumnRef c) {
            return c.name();
        }
        if (e instanceof Expr.Call c) {
            return c.name();
        }
        if (e instanceof Expr.Coalesce) {
            return "coalesce";
        }
        if (e instanceof Expr.NullIf) {
            return "nullif";
        }
        if (e instanceof Expr.Case) {
            return "case";
        }
        if (e instanceof Expr.Cast c) {
            String inner = of(c.operand());
            return inner.equals("?column?") ? pgTypeName(c.type()) : inner;
        }
        return "?column?";
    }

    /** PostgreSQL's internal name of the type a cast names ({@code int4}, {@code text}, ...). */
    private static String pgTypeName(KalamType t) {
        return switch (t.kind()) {
            case BOOLEAN -> "bool";
            case SMALLINT -> "int2";
            case INT -> "int4";
            case BIGINT -> "int8";
            case FLOAT -> "float4";
            case DOUBLE -> "float8";
            case DECIMAL -> "numeric";
            case TEXT, FILE -> "text";
            case BYTES -> "bytea";
            case JSON -> "json";
            case TIMESTAMP -> "timestamp";
            case DATETIME -> "timestamptz";
            case DATE -> "date";
            case TIME -> "time";
            case UUID -> "uuid";
            case EMBEDDING -> "vector";
        };
    }
}
