package org.kalamdb.server.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.kalamdb.server.KalamError;

/**
 * Parses the row JSON of Insert/Update (protocol.md 6.2): every document is first read as a TYPED
 * row (each value a serde externally tagged {@code StoredScalarValue}); only when that fails for
 * the whole document is it read as a PLAIN JSON object. The traps are kept: one plain value turns
 * the whole row plain (typed-looking values then become their JSON text), and a plain row whose
 * values all happen to be valid typed values is read as typed.
 *
 * <p>Typed documents (what the driver and pg_kalam send) are read by a streaming
 * {@link TypedRowParser}; whatever it does not vouch for is read here through a Jackson tree, which
 * stays the reference for the plain dialect and for every error.
 */
public final class RowJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The fast path for typed rows; it parses with the tree reader's own factory (same features, same limits). */
    private static final TypedRowParser TYPED = new TypedRowParser(MAPPER.getFactory());

    private RowJson() {
    }

    /** One Insert {@code rows_json} entry; errors are INVALID_ARGUMENT {@code invalid row JSON: ...}. */
    public static Map<String, Scalar> parseRow(String json) {
        Map<String, Scalar> typed = TYPED.parse(json);
        return typed != null ? typed : parseRowTree(json);
    }

    /** {@link #parseRow} with the tree reader only: the reference for every dialect and error. */
    static Map<String, Scalar> parseRowTree(String json) {
        JsonNode node = readTree(json);
        if (!node.isObject()) {
            throw notAnObject();
        }
        return parseObject(node);
    }

    /**
     * Update's {@code updates_json}: a typed or plain object, or an array of them (protocol.md 6.6).
     * Every row is returned; the caller uses the first.
     */
    public static List<Map<String, Scalar>> parseRows(String json) {
        List<Map<String, Scalar>> fast = TYPED.parseRows(json);
        if (fast != null) {
            return fast;
        }
        JsonNode node = readTree(json);
        if (node.isObject()) {
            return List.of(parseObject(node));
        }
        if (!node.isArray()) {
            throw notAnObject();
        }
        List<Map<String, Scalar>> typed = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            Map<String, Scalar> row = element.isObject() ? typedRow(element) : null;
            if (row == null) {
                typed = null;
                break;
            }
            typed.add(row);
        }
        if (typed != null) {
            return typed;
        }
        List<Map<String, Scalar>> plain = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isObject()) {
                throw notAnObject();
            }
            plain.add(plainRow(element));
        }
        return plain;
    }

    private static Map<String, Scalar> parseObject(JsonNode object) {
        Map<String, Scalar> typed = typedRow(object);
        return typed != null ? typed : plainRow(object);
    }

    private static JsonNode readTree(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw KalamError.invalidArgument("invalid row JSON: EOF while parsing a value at line 1 column "
                        + json.length());
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            throw KalamError.invalidArgument("invalid row JSON: " + firstLine(e.getOriginalMessage()) + where);
        }
    }

    private static String firstLine(String message) {
        int nl = message == null ? -1 : message.indexOf('\n');
        return message == null ? "syntax error" : nl < 0 ? message : message.substring(0, nl);
    }

    private static KalamError notAnObject() {
        return KalamError.invalidArgument("invalid row JSON: expected object payload");
    }

    // ---- plain dialect -------------------------------------------------------------------

    private static Map<String, Scalar> plainRow(JsonNode object) {
        Map<String, Scalar> row = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            row.put(e.getKey(), plainValue(e.getValue()));
        }
        return row;
    }

    private static Scalar plainValue(JsonNode v) {
        return switch (v.getNodeType()) {
            case NULL -> Scalar.UntypedNull.INSTANCE;
            case BOOLEAN -> new Scalar.Bool(v.booleanValue());
            case NUMBER -> plainNumber(v);
            case STRING -> new Scalar.Text(false, v.textValue());
            default -> new Scalar.Text(false, RustText.json(v));
        };
    }

    private static Scalar plainNumber(JsonNode v) {
        if (RustText.isSerdeInteger(v)) {
            BigInteger i = v.bigIntegerValue();
            return i.bitLength() <= 63
                    ? new Scalar.Int(Scalar.IntKind.INT64, i.longValue())
                    : new Scalar.Int(Scalar.IntKind.UINT64, i.longValue());
        }
        return new Scalar.Floating(false, v.doubleValue());
    }

    // ---- typed dialect (serde StoredScalarValue) -----------------------------------------

    /** @return the typed row, or null when any value is not a valid typed value */
    private static Map<String, Scalar> typedRow(JsonNode object) {
        Map<String, Scalar> row = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            Scalar s = typedValue(e.getValue());
            if (s == null) {
                return null;
            }
            row.put(e.getKey(), s);
        }
        return row;
    }

    private static Scalar typedValue(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue().equals("Null") ? Scalar.UntypedNull.INSTANCE : null;
        }
        if (!v.isObject() || v.size() != 1) {
            return null;
        }
        Map.Entry<String, JsonNode> only = v.properties().iterator().next();
        JsonNode x = only.getValue();
        return switch (only.getKey()) {
            case "Null" -> x.isNull() ? Scalar.UntypedNull.INSTANCE : null;
            case "Boolean" -> x.isNull() ? new Scalar.Bool(null) : x.isBoolean() ? new Scalar.Bool(x.booleanValue()) : null;
            case "Int8" -> smallInt(x, Scalar.IntKind.INT8);
            case "Int16" -> smallInt(x, Scalar.IntKind.INT16);
            case "Int32" -> smallInt(x, Scalar.IntKind.INT32);
            case "UInt8" -> smallInt(x, Scalar.IntKind.UINT8);
            case "UInt16" -> smallInt(x, Scalar.IntKind.UINT16);
            case "UInt32" -> smallInt(x, Scalar.IntKind.UINT32);
            case "Int64" -> stringInt(x, false);
            case "UInt64" -> stringInt(x, true);
            case "Float32" -> floating(x, true);
            case "Float64" -> floating(x, false);
            case "Utf8" -> text(x, false);
            case "LargeUtf8" -> text(x, true);
            case "Fallback" -> x.isTextual() ? new Scalar.Text(false, x.textValue()) : null;
            case "Binary" -> binary(x, Scalar.BinaryKind.BINARY);
            case "LargeBinary" -> binary(x, Scalar.BinaryKind.LARGE_BINARY);
            case "FixedSizeBinary" -> fixedSizeBinary(x);
            case "Date32" -> x.isNull() ? new Scalar.Date32(null) : fitsInt(x) ? new Scalar.Date32(x.intValue()) : null;
            case "Time64Microsecond" -> x.isNull() ? new Scalar.Time64(null) : fitsLong(x) ? new Scalar.Time64(x.longValue()) : null;
            case "TimestampMillisecond" -> timestamp(x, Scalar.TimeUnit.MILLISECOND);
            case "TimestampMicrosecond" -> timestamp(x, Scalar.TimeUnit.MICROSECOND);
            case "TimestampNanosecond" -> timestamp(x, Scalar.TimeUnit.NANOSECOND);
            case "Decimal128" -> decimal(x);
            case "Embedding" -> embedding(x);
            default -> null;
        };
    }

    private static boolean fitsLong(JsonNode x) {
        return x.isIntegralNumber() && x.canConvertToLong();
    }

    private static boolean fitsInt(JsonNode x) {
        return x.isIntegralNumber() && x.canConvertToInt();
    }

    private static Scalar smallInt(JsonNode x, Scalar.IntKind kind) {
        if (x.isNull()) {
            return new Scalar.Int(kind, null);
        }
        return fitsLong(x) && kind.fits(x.longValue()) ? new Scalar.Int(kind, x.longValue()) : null;
    }

    /** Int64/UInt64 travel as strings; a bad string silently becomes NULL, a JSON number fails. */
    private static Scalar stringInt(JsonNode x, boolean unsigned) {
        Scalar.IntKind kind = unsigned ? Scalar.IntKind.UINT64 : Scalar.IntKind.INT64;
        if (x.isNull()) {
            return new Scalar.Int(kind, null);
        }
        if (!x.isTextual()) {
            return null;
        }
        try {
            String s = x.textValue();
            return new Scalar.Int(kind, unsigned ? Long.parseUnsignedLong(s) : Long.parseLong(s));
        } catch (NumberFormatException e) {
            return new Scalar.Int(kind, null);
        }
    }

    private static Scalar floating(JsonNode x, boolean single) {
        if (x.isNull()) {
            return new Scalar.Floating(single, null);
        }
        if (!x.isNumber()) {
            return null;
        }
        double d = x.doubleValue();
        return new Scalar.Floating(single, single ? (double) (float) d : d);
    }

    private static Scalar text(JsonNode x, boolean large) {
        if (x.isNull()) {
            return new Scalar.Text(large, null);
        }
        return x.isTextual() ? new Scalar.Text(large, x.textValue()) : null;
    }

    private static byte[] byteArray(JsonNode x) {
        if (!x.isArray()) {
            return null;
        }
        byte[] out = new byte[x.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode b = x.get(i);
            if (!fitsInt(b) || b.intValue() < 0 || b.intValue() > 255) {
                return null;
            }
            out[i] = (byte) b.intValue();
        }
        return out;
    }

    private static Scalar binary(JsonNode x, Scalar.BinaryKind kind) {
        if (x.isNull()) {
            return new Scalar.Bytes(kind, null, 0);
        }
        byte[] bytes = byteArray(x);
        return bytes == null ? null : new Scalar.Bytes(kind, bytes, 0);
    }

    private static Scalar fixedSizeBinary(JsonNode x) {
        if (!x.isObject() || !fitsInt(x.path("size"))) {
            return null;
        }
        int size = x.get("size").intValue();
        JsonNode value = x.get("value");
        if (value == null || value.isNull()) {
            return new Scalar.Bytes(Scalar.BinaryKind.FIXED_SIZE_BINARY, null, size);
        }
        byte[] bytes = byteArray(value);
        return bytes == null ? null : new Scalar.Bytes(Scalar.BinaryKind.FIXED_SIZE_BINARY, bytes, size);
    }

    private static Scalar timestamp(JsonNode x, Scalar.TimeUnit unit) {
        if (!x.isObject()) {
            return null;
        }
        JsonNode value = x.get("value");
        JsonNode tz = x.get("timezone");
        if (tz != null && !tz.isNull() && !tz.isTextual()) {
            return null;
        }
        String zone = tz == null || tz.isNull() ? null : tz.textValue();
        if (value == null || value.isNull()) {
            return new Scalar.Timestamp(unit, null, zone);
        }
        return fitsLong(value) ? new Scalar.Timestamp(unit, value.longValue(), zone) : null;
    }

    private static Scalar decimal(JsonNode x) {
        if (!x.isObject() || !fitsInt(x.path("precision")) || !fitsInt(x.path("scale"))) {
            return null;
        }
        int precision = x.get("precision").intValue();
        int scale = x.get("scale").intValue();
        JsonNode value = x.get("value");
        if (value == null || value.isNull()) {
            return new Scalar.Decimal(null, precision, scale);
        }
        BigInteger unscaled;
        if (value.isTextual()) {
            try {
                unscaled = new BigInteger(value.textValue());
            } catch (NumberFormatException e) {
                return null;
            }
        } else if (value.isIntegralNumber()) {
            unscaled = value.bigIntegerValue();
        } else {
            return null;
        }
        return new Scalar.Decimal(new BigDecimal(unscaled, scale), precision, scale);
    }

    private static Scalar embedding(JsonNode x) {
        if (!x.isObject() || !fitsInt(x.path("size"))) {
            return null;
        }
        int size = x.get("size").intValue();
        JsonNode values = x.get("values");
        if (values == null || values.isNull()) {
            return new Scalar.Embedding(size, null);
        }
        if (!values.isArray()) {
            return null;
        }
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode e = values.get(i);
            if (e.isNull()) {
                out[i] = 0f;
            } else if (e.isNumber()) {
                out[i] = e.floatValue();
            } else {
                return null;
            }
        }
        return new Scalar.Embedding(size, out);
    }
}
