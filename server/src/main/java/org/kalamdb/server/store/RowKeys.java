package org.kalamdb.server.store;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.UUID;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.ColumnDef;

/**
 * Primary-key handling: map keys for stored values, {@code pk_value} parsing against the PK
 * column's type ({@code parse_string_as_scalar}, protocol.md 6.6) and the key's text form
 * ({@code scalar_string}) used in messages and to match staged transaction writes.
 */
public final class RowKeys {

    private RowKeys() {
    }

    /** A map key with value equality for any canonical value (byte arrays compare by content). */
    static Object of(Object canonical) {
        return canonical instanceof byte[] b ? ByteBuffer.wrap(b) : canonical;
    }

    /**
     * Parses a {@code pk_value}: integers and floats in Rust number syntax, booleans only
     * {@code true}/{@code false}, text verbatim; other key types fall back to the raw text, then
     * to the usual cast. Failures are {@link StoreException}s with the real server's text.
     */
    public static Object parse(String pkValue, ColumnDef pk) {
        KalamType.Kind kind = pk.type().kind();
        String typeName = ValueCoercer.arrowTypeName(pk.type());
        try {
            return switch (kind) {
                case SMALLINT -> Short.parseShort(pkValue);
                case INT -> Integer.parseInt(pkValue);
                case BIGINT -> Long.parseLong(pkValue);
                case FLOAT -> (float) parseRustFloat(pkValue);
                case DOUBLE -> parseRustFloat(pkValue);
                case BOOLEAN -> switch (pkValue) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new StoreException("Failed to parse '" + pkValue + "' as " + typeName
                            + ": provided string was not `true` or `false`");
                };
                case TEXT, JSON, FILE -> pkValue;
                default -> {
                    try {
                        yield ValueCoercer.coerce(new Scalar.Text(false, pkValue), pk);
                    } catch (CoercionException e) {
                        // The raw text never matches a typed key: the row is simply not found.
                        yield pkValue;
                    }
                }
            };
        } catch (NumberFormatException e) {
            throw new StoreException("Failed to parse '" + pkValue + "' as " + typeName + ": " + numberError(pkValue, kind));
        }
    }

    private static double parseRustFloat(String s) {
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan":
                return Double.NaN;
            default:
                if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException(s);
                }
                return Double.parseDouble(s);
        }
    }

    private static String numberError(String s, KalamType.Kind kind) {
        if (kind == KalamType.Kind.FLOAT || kind == KalamType.Kind.DOUBLE) {
            return s.isEmpty() ? "cannot parse float from empty string" : "invalid float literal";
        }
        if (s.isEmpty()) {
            return "cannot parse integer from empty string";
        }
        if (s.matches("[+-]?\\d+")) {
            return s.startsWith("-") ? "number too small to fit in target type" : "number too large to fit in target type";
        }
        return "invalid digit found in string";
    }

    /** The key's text ({@code scalar_string}): integers and text as is, floats in Rust Display form. */
    public static String text(Object canonical) {
        if (canonical == null) {
            return "NULL";
        }
        if (canonical instanceof Double d) {
            return RustText.display(d);
        }
        if (canonical instanceof Float f) {
            return RustText.display(f);
        }
        if (canonical instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (canonical instanceof UUID u) {
            return UuidText.format(u);
        }
        if (canonical instanceof byte[] b) {
            return Arrays.toString(b);
        }
        return canonical.toString();
    }

    /** The text of a client-sent key value (the staged {@code id} of a transactional insert). */
    public static String text(Scalar value) {
        if (value instanceof Scalar.Int i) {
            return i.value() == null ? "NULL" : i.text();
        }
        if (value instanceof Scalar.Text t) {
            return t.value() == null ? "NULL" : t.value();
        }
        if (value instanceof Scalar.Floating f) {
            return f.value() == null ? "NULL" : RustText.display(f.value());
        }
        if (value instanceof Scalar.Bool b) {
            return b.value() == null ? "NULL" : b.value().toString();
        }
        if (value instanceof Scalar.Decimal d) {
            return d.value() == null ? "NULL" : d.value().toPlainString();
        }
        return value.isNull() ? "NULL" : value.toString();
    }

    /** Value equality between canonical values (array contents, BigDecimal by value). */
    static boolean sameValue(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof float[] x && b instanceof float[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }
}
