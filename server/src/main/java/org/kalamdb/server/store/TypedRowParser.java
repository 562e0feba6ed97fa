package org.kalamdb.server.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a row JSON document in the typed dialect (protocol.md 6.2) with a streaming parser, straight
 * into {@link Scalar}s: the dialect the driver and pg_kalam send, without a Jackson tree per row.
 *
 * <p>It only answers for documents it can vouch for: a single object whose every value is a valid
 * typed value of a variant it knows (all but FixedSizeBinary and Embedding). For anything else (a
 * plain value, malformed JSON, trailing tokens, a typed value with a repeated tag) it returns null and {@link RowJson} reads the document with its tree reader,
 * which stays the reference for the plain dialect and for every error text. Each rule below is the
 * tree reader's rule for the same token (last occurrence of a repeated key wins, unknown members of
 * the object-valued variants are ignored, the same integer range tests), so a row read here is the
 * row the tree reader would have produced.
 */
final class TypedRowParser {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final JsonFactory factory;

    /** {@code factory} must be the tree reader's, so that both parse with the same features and limits. */
    TypedRowParser(JsonFactory factory) {
        this.factory = factory;
    }

    /** The typed row of a document that is one object, or null when it is not (only) a typed row. */
    Map<String, Scalar> parse(String json) {
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, Scalar> row = row(p);
            return row != null && p.nextToken() == null ? row : null;
        } catch (IOException | RuntimeException e) {
            // malformed or over a parser limit: the tree reader reports it with its own text
            return null;
        }
    }

    /**
     * The rows of a document that is one typed object or a non-empty array of typed objects (an
     * Update's {@code updates_json}); null when it is anything else.
     */
    List<Map<String, Scalar>> parseRows(String json) {
        try (JsonParser p = factory.createParser(json)) {
            JsonToken first = p.nextToken();
            List<Map<String, Scalar>> rows = new ArrayList<>(1);
            if (first == JsonToken.START_OBJECT) {
                Map<String, Scalar> row = row(p);
                if (row == null) {
                    return null;
                }
                rows.add(row);
            } else if (first == JsonToken.START_ARRAY) {
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                    Map<String, Scalar> row = row(p);
                    if (row == null) {
                        return null;
                    }
                    rows.add(row);
                }
                if (t != JsonToken.END_ARRAY) {
                    return null;
                }
            }
            return !rows.isEmpty() && p.nextToken() == null ? rows : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The object starting at the current START_OBJECT, up to its END_OBJECT; null when not all typed. */
    private static Map<String, Scalar> row(JsonParser p) throws IOException {
        Map<String, Scalar> row = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Scalar value = typedValue(p);
            if (value == null) {
                return null;
            }
            // a repeated column keeps its first position and takes the last value, as in the tree
            row.put(name, value);
        }
        return t == JsonToken.END_OBJECT ? row : null;
    }

    /** One typed value starting at the current token; null when it is not one. */
    private static Scalar typedValue(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText().equals("Null") ? Scalar.UntypedNull.INSTANCE : null;
        }
        if (t != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        String tag = p.currentName();
        p.nextToken();
        Scalar value = variant(tag, p);
        // exactly one member: a second one (even the same tag again) is left to the tree reader
        return value != null && p.nextToken() == JsonToken.END_OBJECT ? value : null;
    }

    private static Scalar variant(String tag, JsonParser p) throws IOException {
        boolean isNull = p.currentToken() == JsonToken.VALUE_NULL;
        return switch (tag) {
            case "Null" -> isNull ? Scalar.UntypedNull.INSTANCE : null;
            case "Boolean" -> isNull ? new Scalar.Bool(null) : p.currentToken().isBoolean()
                    ? new Scalar.Bool(p.getBooleanValue()) : null;
            case "Int8" -> smallInt(p, Scalar.IntKind.INT8);
            case "Int16" -> smallInt(p, Scalar.IntKind.INT16);
            case "Int32" -> smallInt(p, Scalar.IntKind.INT32);
            case "UInt8" -> smallInt(p, Scalar.IntKind.UINT8);
            case "UInt16" -> smallInt(p, Scalar.IntKind.UINT16);
            case "UInt32" -> smallInt(p, Scalar.IntKind.UINT32);
            case "Int64" -> stringInt(p, Scalar.IntKind.INT64);
            case "UInt64" -> stringInt(p, Scalar.IntKind.UINT64);
            case "Float32" -> floating(p, true);
            case "Float64" -> floating(p, false);
            case "Utf8" -> text(p, false);
            case "LargeUtf8" -> text(p, true);
            case "Fallback" -> p.currentToken() == JsonToken.VALUE_STRING ? new Scalar.Text(false, p.getText()) : null;
            case "Binary" -> binary(p, Scalar.BinaryKind.BINARY);
            case "LargeBinary" -> binary(p, Scalar.BinaryKind.LARGE_BINARY);
            case "Date32" -> isNull ? new Scalar.Date32(null) : fitsInt(p) ? new Scalar.Date32(p.getIntValue()) : null;
            case "Time64Microsecond" -> isNull ? new Scalar.Time64(null)
                    : fitsLong(p) ? new Scalar.Time64(p.getLongValue()) : null;
            case "TimestampMillisecond" -> timestamp(p, Scalar.TimeUnit.MILLISECOND);
            case "TimestampMicrosecond" -> timestamp(p, Scalar.TimeUnit.MICROSECOND);
            case "TimestampNanosecond" -> timestamp(p, Scalar.TimeUnit.NANOSECOND);
            case "Decimal128" -> decimal(p);
            // FixedSizeBinary and Embedding (which the driver sends as Utf8) keep the tree reader
            default -> null;
        };
    }

    // ---- integers, as the tree's isIntegralNumber/canConvertToLong/canConvertToInt ----------

    private static boolean fitsLong(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return false;
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
            return true;
        }
        BigInteger v = p.getBigIntegerValue();
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    private static boolean fitsInt(JsonParser p) throws IOException {
        if (!fitsLong(p)) {
            return false;
        }
        long v = p.getLongValue();
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    }

    private static Scalar smallInt(JsonParser p, Scalar.IntKind kind) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return new Scalar.Int(kind, null);
        }
        return fitsLong(p) && kind.fits(p.getLongValue()) ? new Scalar.Int(kind, p.getLongValue()) : null;
    }

    /** Int64/UInt64 travel as strings; a bad string silently becomes NULL, a JSON number fails. */
    private static Scalar stringInt(JsonParser p, Scalar.IntKind kind) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return new Scalar.Int(kind, null);
        }
        if (t != JsonToken.VALUE_STRING) {
            return null;
        }
        String s = p.getText();
        try {
            return new Scalar.Int(kind, kind == Scalar.IntKind.UINT64 ? Long.parseUnsignedLong(s) : Long.parseLong(s));
        } catch (NumberFormatException e) {
            return new Scalar.Int(kind, null);
        }
    }

    // ---- floats: the tree keeps integers as int/long/BigInteger nodes and floats as doubles ----

    private static Scalar floating(JsonParser p, boolean single) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return new Scalar.Floating(single, null);
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return null;
        }
        double d = doubleValue(p);
        return new Scalar.Floating(single, single ? (double) (float) d : d);
    }

    private static double doubleValue(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        return switch (p.getNumberType()) {
            case INT -> p.getIntValue();
            case LONG -> p.getLongValue();
            default -> p.getBigIntegerValue().doubleValue();
        };
    }

    // ---- text and bytes ------------------------------------------------------------------------

    private static Scalar text(JsonParser p, boolean large) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return new Scalar.Text(large, null);
        }
        return t == JsonToken.VALUE_STRING ? new Scalar.Text(large, p.getText()) : null;
    }

    private static Scalar binary(JsonParser p, Scalar.BinaryKind kind) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return new Scalar.Bytes(kind, null, 0);
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return null;
        }
        byte[] bytes = new byte[16];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!fitsInt(p) || p.getIntValue() < 0 || p.getIntValue() > 255) {
                return null;
            }
            if (n == bytes.length) {
                bytes = Arrays.copyOf(bytes, n * 2);
            }
            bytes[n++] = (byte) p.getIntValue();
        }
        return new Scalar.Bytes(kind, Arrays.copyOf(bytes, n), 0);
    }

    // ---- timestamps: {"value":…,"timezone":…}, other members ignored ------------------------

    private static Scalar timestamp(JsonParser p, Scalar.TimeUnit unit) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Long value = null;
        String zone = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            JsonToken t = p.nextToken();
            switch (member) {
                case "value" -> {
                    if (t == JsonToken.VALUE_NULL) {
                        value = null;
                    } else if (fitsLong(p)) {
                        value = p.getLongValue();
                    } else {
                        return null;
                    }
                }
                case "timezone" -> {
                    if (t == JsonToken.VALUE_NULL) {
                        zone = null;
                    } else if (t == JsonToken.VALUE_STRING) {
                        zone = p.getText();
                    } else {
                        return null;
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Scalar.Timestamp(unit, value, zone);
    }

    // ---- decimals: {"value":…,"precision":…,"scale":…}, other members ignored ------------------

    private static Scalar decimal(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Integer precision = null;
        Integer scale = null;
        BigInteger unscaled = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            JsonToken t = p.nextToken();
            switch (member) {
                case "precision", "scale" -> {
                    if (!fitsInt(p)) {
                        return null;
                    }
                    if (member.equals("precision")) {
                        precision = p.getIntValue();
                    } else {
                        scale = p.getIntValue();
                    }
                }
                case "value" -> {
                    if (t == JsonToken.VALUE_NULL) {
                        unscaled = null;
                    } else if (t == JsonToken.VALUE_STRING) {
                        try {
                            unscaled = new BigInteger(p.getText());
                        } catch (NumberFormatException e) {
                            return null;
                        }
                    } else if (t == JsonToken.VALUE_NUMBER_INT) {
                        unscaled = p.getBigIntegerValue();
                    } else {
                        return null;
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (precision == null || scale == null) {
            return null;
        }
        return new Scalar.Decimal(unscaled == null ? null : new BigDecimal(unscaled, scale), precision, scale);
    }
}
