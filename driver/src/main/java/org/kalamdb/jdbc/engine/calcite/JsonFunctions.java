package org.kalamdb.jdbc.engine.calcite;

import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonToken;

/**
 * KalamDB's JSON functions (server.md section 6, after datafusion-functions-json), which the
 * operators {@code ->}, {@code ->>} and {@code ?} are rewritten into. A key is an object key
 * (text) or an array index (integer); paths of up to three keys are accepted. Calcite calls
 * these methods from generated code, so they are public and static; the numeric suffix is the
 * number of keys.
 */
public final class JsonFunctions {

    private JsonFunctions() {
    }

    // json_get_json: the value as JSON text
    public static String getJson1(String json, Object k1) {
        return getJson(json, k1);
    }

    public static String getJson2(String json, Object k1, Object k2) {
        return getJson(json, k1, k2);
    }

    public static String getJson3(String json, Object k1, Object k2, Object k3) {
        return getJson(json, k1, k2, k3);
    }

    // json_as_text: a string as its text, null as NULL, anything else as JSON text
    public static String asText1(String json, Object k1) {
        return asText(json, k1);
    }

    public static String asText2(String json, Object k1, Object k2) {
        return asText(json, k1, k2);
    }

    public static String asText3(String json, Object k1, Object k2, Object k3) {
        return asText(json, k1, k2, k3);
    }

    // json_contains: whether the path exists
    public static Boolean contains1(String json, Object k1) {
        return contains(json, k1);
    }

    public static Boolean contains2(String json, Object k1, Object k2) {
        return contains(json, k1, k2);
    }

    // json_get_str / json_get_int / json_get_float / json_get_bool: the value if it has that type
    public static String getStr1(String json, Object k1) {
        return JsonPath.at(json, new Object[] {k1}, (p, t) -> t == JsonToken.VALUE_STRING ? p.getText() : null);
    }

    public static String getStr2(String json, Object k1, Object k2) {
        return JsonPath.at(json, new Object[] {k1, k2}, (p, t) -> t == JsonToken.VALUE_STRING ? p.getText() : null);
    }

    public static Long getInt1(String json, Object k1) {
        return JsonPath.at(json, new Object[] {k1}, (p, t) -> t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null);
    }

    public static Long getInt2(String json, Object k1, Object k2) {
        return JsonPath.at(json, new Object[] {k1, k2},
                (p, t) -> t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null);
    }

    public static Double getFloat1(String json, Object k1) {
        return JsonPath.at(json, new Object[] {k1}, (p, t) -> t.isNumeric() ? p.getDoubleValue() : null);
    }

    public static Double getFloat2(String json, Object k1, Object k2) {
        return JsonPath.at(json, new Object[] {k1, k2}, (p, t) -> t.isNumeric() ? p.getDoubleValue() : null);
    }

    public static Boolean getBool1(String json, Object k1) {
        return JsonPath.at(json, new Object[] {k1}, (p, t) -> t.isBoolean() ? t == JsonToken.VALUE_TRUE : null);
    }

    public static Boolean getBool2(String json, Object k1, Object k2) {
        return JsonPath.at(json, new Object[] {k1, k2}, (p, t) -> t.isBoolean() ? t == JsonToken.VALUE_TRUE : null);
    }

    // json_length: the number of members of an array or object
    public static Long length0(String json) {
        return JsonPath.at(json, new Object[0], JsonFunctions::length);
    }

    public static Long length1(String json, Object k1) {
        return JsonPath.at(json, new Object[] {k1}, JsonFunctions::length);
    }

    private static Long length(com.fasterxml.jackson.core.JsonParser p, JsonToken t) throws java.io.IOException {
        if (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT) {
            return null;
        }
        JsonToken end = t == JsonToken.START_ARRAY ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
        long n = 0;
        for (JsonToken e = p.nextToken(); e != end; e = p.nextToken()) {
            if (e == JsonToken.FIELD_NAME) {
                e = p.nextToken();
            }
            p.skipChildren();
            n++;
        }
        return n;
    }

    private static String getJson(String json, Object... path) {
        return JsonPath.at(json, keys(path), JsonPath::write);
    }

    private static String asText(String json, Object... path) {
        return JsonPath.at(json, keys(path), (p, t) -> switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            default -> JsonPath.write(p, t);
        });
    }

    private static Boolean contains(String json, Object... path) {
        if (json == null) {
            return null;
        }
        Boolean found = JsonPath.at(json, keys(path), (p, t) -> Boolean.TRUE);
        return found != null;
    }

    /** Integral keys (any integer type, or an integral DECIMAL literal) as array indexes. */
    private static Object[] keys(Object[] path) {
        Object[] keys = new Object[path.length];
        for (int i = 0; i < path.length; i++) {
            Object k = path[i];
            keys[i] = k instanceof BigDecimal d ? Long.valueOf(d.longValueExact()) : k;
        }
        return keys;
    }
}
