package org.kalamdb.jdbc.types.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.TextFormats;

/**
 * The typed JSON of one KalamDB column type (the table in {@link TypedRowEncoder}), with the
 * type's coercion and encoding chosen once, when the writer is made, and every constant part of
 * the output already in UTF-8. Values are coerced first ({@link #coerce}), then written
 * ({@link #write}): a row's caller decides what to do between the two.
 */
final class TypedValueWriter {

    /** Writes a canonical, non-null value of the type. */
    @FunctionalInterface
    private interface Encoding {
        void write(Utf8JsonOutput out, Object canonical);
    }

    private static final byte[] TRUE = utf8("{\"Boolean\":true}");
    private static final byte[] FALSE = utf8("{\"Boolean\":false}");
    private static final byte[] INT16 = utf8("{\"Int16\":");
    private static final byte[] INT32 = utf8("{\"Int32\":");
    private static final byte[] INT64 = utf8("{\"Int64\":\"");
    private static final byte[] INT64_END = utf8("\"}");
    private static final byte[] FLOAT32 = utf8("{\"Float32\":");
    private static final byte[] FLOAT64 = utf8("{\"Float64\":");
    private static final byte[] DECIMAL128 = utf8("{\"Decimal128\":{\"value\":\"");
    private static final byte[] UTF8 = utf8("{\"Utf8\":");
    private static final byte[] BINARY = utf8("{\"Binary\":[");
    private static final byte[] BINARY_END = utf8("]}");
    private static final byte[] DATE32 = utf8("{\"Date32\":");
    private static final byte[] TIME64 = utf8("{\"Time64Microsecond\":");
    private static final byte[] TIMESTAMP = utf8("{\"TimestampMicrosecond\":{\"value\":");
    private static final byte[] NO_ZONE_END = utf8(",\"timezone\":null}}");
    private static final byte[] UTC_END = utf8(",\"timezone\":\"UTC\"}}");

    private final ValueCoercer.Coercion coercion;
    private final Encoding encoding;
    private final byte[] typedNull;

    private TypedValueWriter(KalamType type, Encoding encoding) {
        this.coercion = ValueCoercer.forType(type);
        this.encoding = encoding;
        this.typedNull = utf8(TypedRowEncoder.typedNull(type));
    }

    static TypedValueWriter forType(KalamType type) {
        return new TypedValueWriter(type, encoding(type));
    }

    /** The canonical value ({@link ValueCoercer}'s form) of {@code value}, or null for null. */
    Object coerce(Object value) {
        return value == null ? null : coercion.apply(value);
    }

    /** Writes a value {@link #coerce} returned; null becomes the type's typed NULL. */
    void write(Utf8JsonOutput out, Object canonical) {
        if (canonical == null) {
            out.raw(typedNull);
        } else {
            encoding.write(out, canonical);
        }
    }

    private static Encoding encoding(KalamType type) {
        return switch (type.kind()) {
            case BOOLEAN -> (out, v) -> out.raw((Boolean) v ? TRUE : FALSE);
            case SMALLINT -> (out, v) -> out.raw(INT16).decimal((Short) v).ascii('}');
            case INT -> (out, v) -> out.raw(INT32).decimal((Integer) v).ascii('}');
            case BIGINT -> (out, v) -> out.raw(INT64).decimal((Long) v).raw(INT64_END);
            case FLOAT -> (out, v) -> {
                float f = (Float) v;
                if (Float.isFinite(f)) {
                    out.raw(FLOAT32).ascii(Float.toString(f)).ascii('}');
                } else {
                    utf8(out, Float.toString(f)); // JSON has no NaN or infinity: sent as text
                }
            };
            case DOUBLE -> (out, v) -> {
                double d = (Double) v;
                if (Double.isFinite(d)) {
                    out.raw(FLOAT64).ascii(Double.toString(d)).ascii('}');
                } else {
                    utf8(out, Double.toString(d));
                }
            };
            case DECIMAL -> {
                byte[] end = utf8("\",\"precision\":" + type.precision() + ",\"scale\":" + type.scale() + "}}");
                yield (out, v) -> unscaled(out.raw(DECIMAL128), (BigDecimal) v).raw(end);
            }
            case TEXT, JSON, FILE -> (out, v) -> utf8(out, (String) v);
            case BYTES -> (out, v) -> {
                byte[] bytes = (byte[]) v;
                out.raw(BINARY);
                for (int i = 0; i < bytes.length; i++) {
                    if (i > 0) {
                        out.ascii(',');
                    }
                    out.decimal(bytes[i] & 0xFF);
                }
                out.raw(BINARY_END);
            };
            case UUID -> (out, v) -> utf8(out, ((UUID) v).toString());
            case DATE -> (out, v) -> out.raw(DATE32).decimal((Integer) v).ascii('}');
            case TIME -> (out, v) -> out.raw(TIME64).decimal((Long) v).ascii('}');
            case TIMESTAMP -> (out, v) -> out.raw(TIMESTAMP).decimal((Long) v).raw(NO_ZONE_END);
            case DATETIME -> (out, v) -> out.raw(TIMESTAMP).decimal((Long) v).raw(UTC_END);
            case EMBEDDING -> (out, v) -> utf8(out, TextFormats.floatArray((float[]) v));
        };
    }

    /** The digits of a decimal's unscaled value; most fit a long, which needs no BigInteger text. */
    private static Utf8JsonOutput unscaled(Utf8JsonOutput out, BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        return unscaled.bitLength() < Long.SIZE ? out.decimal(unscaled.longValue()) : out.ascii(unscaled.toString());
    }

    private static void utf8(Utf8JsonOutput out, String text) {
        out.raw(UTF8).string(text).ascii('}');
    }

    private static byte[] utf8(String constant) {
        return constant.getBytes(StandardCharsets.UTF_8);
    }
}
