package org.kalamdb.server.sql.query;

import java.util.Locale;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.server.sql.EngineError;
import org.kalamdb.server.sql.ddl.SqlTypeParser;
import org.kalamdb.server.sql.ddl.TypeMapping;
import org.kalamdb.server.sql.lex.SqlSyntaxException;
import org.kalamdb.server.sql.lex.TokenCursor;

/**
 * Type coercion between operands, as DataFusion's type coercion does for the cases KalamDB SQL
 * uses: a string literal next to a typed column is cast to that column's type, timestamps of
 * different units meet in microseconds, and CAST / :: convert with arrow's cast rules.
 */
final class Coercions {

    private Coercions() {
    }

    /**
     * Brings two operands to a common type: a number next to a string compares as text
     * (DataFusion's string_numeric_coercion); a string next to a temporal, boolean, UUID or
     * binary value is cast to that type (a literal compared with a TIMESTAMP column, ...).
     */
    static Compiled[] coercePair(Compiled l, Compiled r) {
        if (ArrowTypes.isString(l.type()) && ArrowTypes.isNumeric(r.type())) {
            r = castTo(r, KalamType.TEXT, r.display());
        } else if (ArrowTypes.isString(r.type()) && ArrowTypes.isNumeric(l.type())) {
            l = castTo(l, KalamType.TEXT, l.display());
        } else if (ArrowTypes.isString(l.type()) && !ArrowTypes.isString(r.type()) && !(r.type() instanceof ArrowType.Null)) {
            KalamType target = kalamTypeOf(r.type());
            if (target != null) {
                l = castTo(l, target, l.display());
            }
        } else if (ArrowTypes.isString(r.type()) && !ArrowTypes.isString(l.type()) && !(l.type() instanceof ArrowType.Null)) {
            KalamType target = kalamTypeOf(l.type());
            if (target != null) {
                r = castTo(r, target, r.display());
            }
        }
        if (l.type() instanceof ArrowType.Timestamp lt && r.type() instanceof ArrowType.Timestamp rt
                && lt.unit() != rt.unit()) {
            l = toMicros(l, lt.unit());
            r = toMicros(r, rt.unit());
        }
        return new Compiled[] {l, r};
    }

    static Compiled toMicros(Compiled c, ArrowType.TimeUnit unit) {
        long divisor = switch (unit) {
            case NANOSECOND -> 1000;
            default -> 1;
        };
        long multiplier = switch (unit) {
            case SECOND -> 1_000_000;
            case MILLISECOND -> 1000;
            default -> 1;
        };
        return new Compiled(row -> {
            Object v = c.eval().eval(row);
            return v == null ? null : ((Number) v).longValue() / divisor * multiplier;
        }, ArrowType.TIMESTAMP_MICROS, c.nullable(), c.display(), c.outputName(), null);
    }

    /** The KalamDB type whose canonical values an Arrow type carries (for coercing literals). */
    static KalamType kalamTypeOf(ArrowType t) {
        if (t instanceof ArrowType.Bool) {
            return KalamType.BOOLEAN;
        }
        if (t instanceof ArrowType.Int i) {
            return i.bitWidth() <= 16 ? KalamType.SMALLINT : i.bitWidth() == 32 ? KalamType.INT : KalamType.BIGINT;
        }
        if (t instanceof ArrowType.FloatingPoint f) {
            return f.precision() == ArrowType.Precision.DOUBLE ? KalamType.DOUBLE : KalamType.FLOAT;
        }
        if (t instanceof ArrowType.Decimal d) {
            return KalamType.decimal(d.precision(), d.scale());
        }
        if (t instanceof ArrowType.Timestamp ts) {
            return ts.timezone() == null ? KalamType.TIMESTAMP : KalamType.DATETIME;
        }
        if (t instanceof ArrowType.Date) {
            return KalamType.DATE;
        }
        if (t instanceof ArrowType.Time) {
            return KalamType.TIME;
        }
        if (t instanceof ArrowType.FixedSizeBinary b && b.byteWidth() == 16) {
            return KalamType.UUID;
        }
        if (t instanceof ArrowType.Binary) {
            return KalamType.BYTES;
        }
        return null;
    }

    /** CAST(x AS type) and x::type, with the KalamDB spelling of the type. */
    static Compiled cast(Compiled inner, String typeText) {
        KalamType target;
        try {
            target = TypeMapping.map(SqlTypeParser.parse(TokenCursor.of(typeText))).type();
        } catch (SqlSyntaxException e) {
            throw EngineError.notImplemented("Unsupported SQL type " + typeText.toUpperCase(Locale.ROOT));
        }
        return castTo(inner, target, "CAST(" + inner.display() + " AS " + ArrowTypes.display(target.arrowType()) + ")");
    }

    static Compiled castTo(Compiled inner, KalamType target, String display) {
        return new Compiled(row -> {
            Object v = inner.eval().eval(row);
            try {
                return ValueCasts.cast(v, target);
            } catch (CastFailure e) {
                throw new EngineError("Arrow error: " + e.getMessage());
            } catch (ValueCasts.EmbeddingDimensionMismatch e) {
                throw new EngineError("Arrow error: Cast error: " + e.getMessage());
            }
        }, target.arrowType(), inner.nullable(), display, display, null);
    }
}
