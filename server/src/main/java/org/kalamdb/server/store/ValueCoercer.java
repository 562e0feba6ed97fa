package org.kalamdb.server.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.ColumnDef;

/**
 * Coerces a client value to its column's type (protocol.md 6.3, server.md 3): untyped NULL becomes
 * the typed NULL, the same type is kept, UUID and EMBEDDING columns have their special rules, and
 * everything else follows Arrow's cast kernels (strings are parsed, floats truncate into integers,
 * integers into TIMESTAMP are microseconds, text into BYTES stores the UTF-8 bytes).
 *
 * <p>Results are the server's canonical Java values (see {@link org.kalamdb.server.store.DataAccess}).
 */
public final class ValueCoercer {

    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?\\d+");
    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?(?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|inf|infinity|nan|NaN)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ValueCoercer() {
    }

    /** The Arrow DataType Debug text of a column type, as cast errors print it. */
    public static String arrowTypeName(KalamType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "Boolean";
            case SMALLINT -> "Int16";
            case INT -> "Int32";
            case BIGINT -> "Int64";
            case FLOAT -> "Float32";
            case DOUBLE -> "Float64";
            case DECIMAL -> "Decimal128(" + type.precision() + ", " + type.scale() + ")";
            case TEXT, JSON, FILE -> "Utf8";
            case BYTES -> "Binary";
            case TIMESTAMP -> "Timestamp(Microsecond, None)";
            case DATETIME -> "Timestamp(Microsecond, Some(\"UTC\"))";
            case DATE -> "Date32";
            case TIME -> "Time64(Microsecond)";
            case UUID -> "FixedSizeBinary(16)";
            case EMBEDDING -> "FixedSizeList(" + type.dimension() + " x Float32)";
        };
    }

    /**
     * The value a missing NOT NULL column receives on the typed Insert path ({@code get_column_defaults}):
     * false, 0, 0.0, "", epoch 0 for Boolean/Int/Float/Utf8/Timestamp/Date columns; null (and so a
     * NOT NULL violation) for the other types.
     */
    public static Object zeroValue(KalamType type) {
        return switch (type.kind()) {
            case BOOLEAN -> Boolean.FALSE;
            case SMALLINT -> (short) 0;
            case INT, DATE -> 0;
            case BIGINT, TIMESTAMP, DATETIME -> 0L;
            case FLOAT -> 0f;
            case DOUBLE -> 0d;
            case TEXT, JSON, FILE -> "";
            case DECIMAL, BYTES, TIME, UUID, EMBEDDING -> null;
        };
    }

    /** Coerces one value; null stands for SQL NULL. */
    public static Object coerce(Scalar value, ColumnDef column) {
        if (value.isNull()) {
            return null;
        }
        KalamType type = column.type();
        return switch (type.kind()) {
            case BOOLEAN -> toBoolean(value, column);
            case SMALLINT -> (short) toIntegral(value, column, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> (int) toIntegral(value, column, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> toIntegral(value, column, Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT -> (float) toDouble(value, column);
            case DOUBLE -> toDouble(value, column);
            case DECIMAL -> toDecimal(value, column);
            case TEXT, JSON, FILE -> toText(value, column);
            case BYTES -> toBytes(value, column);
            case TIMESTAMP, DATETIME -> toTimestamp(value, column);
            case DATE -> toDate(value, column);
            case TIME -> toTime(value, column);
            case UUID -> toUuid(value, column);
            case EMBEDDING -> toEmbedding(value, column);
        };
    }

    // ---- per target type ---------------------------------------------------------------

    private static Boolean toBoolean(Scalar v, ColumnDef c) {
        if (v instanceof Scalar.Bool b) {
            return b.value();
        }
        if (v instanceof Scalar.Int i) {
            return i.value() != 0;
        }
        if (v instanceof Scalar.Floating f) {
            return f.value() != 0;
        }
        if (v instanceof Scalar.Text t) {
            switch (t.value().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "t", "yes", "y", "on", "1":
                    return true;
                case "false", "f", "no", "n", "off", "0":
                    return false;
                default:
                    throw cannotCastString(v, c, t.value());
            }
        }
        throw unsupported(v, c);
    }

    private static long toIntegral(Scalar v, ColumnDef c, long min, long max) {
        BigDecimal exact;
        if (v instanceof Scalar.Int i) {
            if (i.kind() != Scalar.IntKind.UINT64 && i.value() >= min && i.value() <= max) {
                return i.value();
            }
            exact = i.exact();
        } else if (v instanceof Scalar.Floating f) {
            double d = f.value();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw overflow(v, c, RustText.display(d));
            }
            exact = new BigDecimal(d).setScale(0, RoundingMode.DOWN);
        } else if (v instanceof Scalar.Bool b) {
            return b.value() ? 1 : 0;
        } else if (v instanceof Scalar.Decimal d) {
            exact = d.value().setScale(0, RoundingMode.DOWN);
        } else if (v instanceof Scalar.Text t) {
            if (!INTEGER_TEXT.matcher(t.value()).matches()) {
                throw cannotCastString(v, c, t.value());
            }
            exact = new BigDecimal(t.value());
            if (!fits(exact, min, max)) {
                throw cannotCastString(v, c, t.value());
            }
        } else if (v instanceof Scalar.Timestamp ts) {
            exact = BigDecimal.valueOf(ts.value());
        } else if (v instanceof Scalar.Date32 d) {
            exact = BigDecimal.valueOf(d.days());
        } else if (v instanceof Scalar.Time64 t) {
            exact = BigDecimal.valueOf(t.micros());
        } else {
            throw unsupported(v, c);
        }
        if (!fits(exact, min, max)) {
            throw overflow(v, c, exact.toPlainString());
        }
        return exact.longValueExact();
    }

    private static boolean fits(BigDecimal v, long min, long max) {
        return v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static double toDouble(Scalar v, ColumnDef c) {
        if (v instanceof Scalar.Floating f) {
            return f.value();
        }
        if (v instanceof Scalar.Int i) {
            return i.kind() == Scalar.IntKind.UINT64 ? i.exact().doubleValue() : i.value();
        }
        if (v instanceof Scalar.Bool b) {
            return b.value() ? 1 : 0;
        }
        if (v instanceof Scalar.Decimal d) {
            return d.value().doubleValue();
        }
        if (v instanceof Scalar.Text t) {
            String s = t.value();
            if (!FLOAT_TEXT.matcher(s).matches()) {
                throw cannotCastString(v, c, s);
            }
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith("inf") || lower.endsWith("infinity")) {
                return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (lower.endsWith("nan")) {
                return Double.NaN;
            }
            return Double.parseDouble(s);
        }
        throw unsupported(v, c);
    }

    private static BigDecimal toDecimal(Scalar v, ColumnDef c) {
        int precision = c.type().precision();
        int scale = c.type().scale();
        BigDecimal value;
        if (v instanceof Scalar.Decimal d) {
            value = d.value();
        } else if (v instanceof Scalar.Int i) {
            value = i.exact();
        } else if (v instanceof Scalar.Floating f) {
            if (Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
                throw overflow(v, c, RustText.display(f.value()));
            }
            value = new BigDecimal(RustText.display(f.value()));
        } else if (v instanceof Scalar.Text t) {
            if (!DECIMAL_TEXT.matcher(t.value()).matches()) {
                throw cannotCastString(v, c, t.value());
            }
            value = new BigDecimal(t.value());
        } else {
            throw unsupported(v, c);
        }
        BigDecimal scaled = value.setScale(scale, RoundingMode.HALF_UP);
        // precision() is the digit count of the unscaled value, as the Arrow check counts it.
        if (scaled.precision() > precision) {
            BigInteger max = BigInteger.TEN.pow(precision).subtract(BigInteger.ONE);
            throw castFailure(v, c, "Arrow error: Invalid argument error: " + scaled.unscaledValue()
                    + " is too large to store in a Decimal128 of precision " + precision + ". Max is " + max);
        }
        return scaled;
    }

    private static String toText(Scalar v, ColumnDef c) {
        if (v instanceof Scalar.Text t) {
            return t.value();
        }
        if (v instanceof Scalar.Int i) {
            return i.text();
        }
        if (v instanceof Scalar.Floating f) {
            return f.single() ? RustText.ryu(f.value().floatValue()) : RustText.ryu(f.value());
        }
        if (v instanceof Scalar.Bool b) {
            return b.value().toString();
        }
        if (v instanceof Scalar.Decimal d) {
            return d.value().toPlainString();
        }
        if (v instanceof Scalar.Date32 d) {
            return TemporalText.formatDate(d.days());
        }
        if (v instanceof Scalar.Time64 t) {
            return TemporalText.formatTime(t.micros());
        }
        if (v instanceof Scalar.Timestamp ts) {
            return TemporalText.formatTimestamp(ts.unit().toMicros(ts.value()), ts.timezone() != null);
        }
        if (v instanceof Scalar.Bytes b) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b.value())).toString();
            } catch (CharacterCodingException e) {
                throw castFailure(v, c, "Arrow error: Cast error: Cannot cast binary to string");
            }
        }
        throw unsupported(v, c);
    }

    private static byte[] toBytes(Scalar v, ColumnDef c) {
        if (v instanceof Scalar.Bytes b) {
            return b.value();
        }
        if (v instanceof Scalar.Text t) {
            return t.value().getBytes(StandardCharsets.UTF_8);
        }
        throw unsupported(v, c);
    }

    private static long toTimestamp(Scalar v, ColumnDef c) {
        if (v instanceof Scalar.Timestamp ts) {
            return ts.unit().toMicros(ts.value());
        }
        if (v instanceof Scalar.Int i && i.kind() != Scalar.IntKind.UINT64) {
            return i.value();
        }
        if (v instanceof Scalar.Date32 d) {
            return TemporalText.daysToMicros(d.days());
        }
        if (v instanceof Scalar.Text t) {
            Long micros = TemporalText.parseTimestampMicros(t.value());
            if (micros == null) {
                throw castFailure(v, c, "Arrow error: Parser error: Error parsing timestamp from '" + t.value()
                        + "': error parsing date");
            }
            return micros;
        }
        throw unsupported(v, c);
    }

    private static int toDate(Scalar v, ColumnDef c) {
        if (v instanceof Scalar.Date32 d) {
            return d.days();
        }
        if (v instanceof Scalar.Int i && i.kind() != Scalar.IntKind.UINT64 && i.value() >= Integer.MIN_VALUE
                && i.value() <= Integer.MAX_VALUE) {
            return i.value().intValue();
        }
        if (v instanceof Scalar.Timestamp ts) {
            return TemporalText.microsToDays(ts.unit().toMicros(ts.value()));
        }
        if (v instanceof Scalar.Text t) {
            Integer days = TemporalText.parseDateDays(t.value());
            if (days == null) {
                throw cannotCastString(v, c, t.value());
            }
            return days;
        }
        throw unsupported(v, c);
    }

    private static long toTime(Scalar v, ColumnDef c) {
        if (v instanceof Scalar.Time64 t) {
            return t.micros();
        }
        if (v instanceof Scalar.Int i && i.kind() != Scalar.IntKind.UINT64) {
            return i.value();
        }
        if (v instanceof Scalar.Text t) {
            Long micros = TemporalText.parseTimeMicros(t.value());
            if (micros == null) {
                throw cannotCastString(v, c, t.value());
            }
            return micros;
        }
        throw unsupported(v, c);
    }

    private static UUID toUuid(Scalar v, ColumnDef c) {
        if (v instanceof Scalar.Text t) {
            UUID uuid = UuidText.parse(t.value());
            if (uuid == null) {
                throw new CoercionException("Invalid UUID literal '" + t.value() + "' for column '" + c.name() + "': "
                        + uuidError(t.value()));
            }
            return uuid;
        }
        if (v instanceof Scalar.Bytes b && b.kind() == Scalar.BinaryKind.BINARY) {
            if (b.value().length != 16) {
                throw new CoercionException("UUID binary literal must be 16 bytes for column '" + c.name() + "', got "
                        + b.value().length);
            }
            return uuidFromBytes(b.value());
        }
        if (v instanceof Scalar.Bytes b && b.kind() == Scalar.BinaryKind.FIXED_SIZE_BINARY) {
            if (b.fixedSize() != 16 || b.value().length != 16) {
                throw new CoercionException("UUID fixed binary literal must be 16 bytes for column '" + c.name()
                        + "', got size " + b.fixedSize() + " and len " + b.value().length);
            }
            return uuidFromBytes(b.value());
        }
        // The real server names the column's type here, not the value's (kept as is).
        throw new CoercionException("Unable to coerce value FixedSizeBinary(16) to UUID for column '" + c.name() + "'");
    }

    private static String uuidError(String s) {
        if (s.length() != 32 && s.length() != 36 && s.length() != 38 && s.length() != 45) {
            return "invalid length: expected length 32 for simple format, found " + s.length();
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '-' && !UuidText.isHex(String.valueOf(ch))) {
                return "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `"
                        + ch + "` at " + (i + 1);
            }
        }
        return "invalid group length";
    }

    private static UUID uuidFromBytes(byte[] b) {
        ByteBuffer bb = ByteBuffer.wrap(b);
        return new UUID(bb.getLong(), bb.getLong());
    }

    private static float[] toEmbedding(Scalar v, ColumnDef c) {
        int dimension = c.type().dimension();
        float[] values;
        if (v instanceof Scalar.Embedding e) {
            if (e.size() != dimension) {
                throw unsupported(v, c);
            }
            values = e.values();
        } else if (v instanceof Scalar.Text t) {
            values = parseEmbedding(t.value(), c);
        } else {
            throw unsupported(v, c);
        }
        if (values.length != dimension) {
            throw new CoercionException("Embedding dimension mismatch for column '" + c.name() + "': expected "
                    + dimension + ", got " + values.length);
        }
        return values;
    }

    private static float[] parseEmbedding(String raw, ColumnDef c) {
        String s = raw.trim();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            JsonNode node = MAPPER.readTree(s);
            if (node == null || !node.isArray()) {
                throw new CoercionException("Invalid embedding JSON for column '" + c.name()
                        + "': invalid type: expected a sequence");
            }
            float[] out = new float[node.size()];
            for (int i = 0; i < out.length; i++) {
                if (!node.get(i).isNumber()) {
                    throw new CoercionException("Invalid embedding JSON for column '" + c.name()
                            + "': invalid type: expected f32");
                }
                out[i] = node.get(i).floatValue();
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new CoercionException("Invalid embedding JSON for column '" + c.name() + "': "
                    + e.getOriginalMessage().lines().findFirst().orElse("syntax error"));
        }
    }

    // ---- error texts --------------------------------------------------------------------

    private static CoercionException castFailure(Scalar v, ColumnDef c, String cause) {
        return new CoercionException("Unable to cast value " + v.arrowTypeName() + " to " + arrowTypeName(c.type())
                + " for column '" + c.name() + "': " + cause);
    }

    private static CoercionException cannotCastString(Scalar v, ColumnDef c, String s) {
        return castFailure(v, c, "Arrow error: Cast error: Cannot cast string '" + s + "' to value of "
                + arrowTypeName(c.type()) + " type");
    }

    private static CoercionException overflow(Scalar v, ColumnDef c, String value) {
        return castFailure(v, c, "Arrow error: Cast error: Can't cast value " + value + " to type "
                + arrowTypeName(c.type()));
    }

    private static CoercionException unsupported(Scalar v, ColumnDef c) {
        return castFailure(v, c, "Arrow error: Cast error: Casting from " + v.arrowTypeName() + " to "
                + arrowTypeName(c.type()) + " not supported");
    }
}
