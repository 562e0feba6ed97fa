package org.kalamdb.jdbc.engine.calcite;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds the value at a path of object keys and array indexes in a JSON text, with a streaming
 * parser (no tree is built), and writes values back as compact JSON. Invalid JSON and a missing
 * path both give null, as DataFusion's JSON functions do.
 */
final class JsonPath {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** What a path lookup found: the value's first token, and the parser positioned on it. */
    interface Visitor<R> {
        R visit(JsonParser parser, JsonToken token) throws IOException;
    }

    private JsonPath() {
    }

    /** Applies {@code visitor} to the value at {@code path} in {@code json}; null when absent. */
    static <R> R at(String json, Object[] path, Visitor<R> visitor) {
        if (json == null) {
            return null;
        }
        for (Object key : path) {
            if (key == null) {
                return null;
            }
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            for (Object key : path) {
                t = step(p, t, key);
                if (t == null) {
                    return null;
                }
            }
            return visitor.visit(p, t);
        } catch (IOException invalidJson) {
            return null;
        }
    }

    /** Moves from the container at {@code t} to its member {@code key}; null when there is none. */
    private static JsonToken step(JsonParser p, JsonToken t, Object key) throws IOException {
        if (key instanceof Number n) {
            if (t != JsonToken.START_ARRAY) {
                return null;
            }
            long wanted = n.longValue();
            long i = 0;
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), i++) {
                if (i == wanted) {
                    return e;
                }
                p.skipChildren();
            }
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            return null;
        }
        String wanted = key.toString();
        for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(wanted)) {
                return value;
            }
            p.skipChildren();
        }
        return null;
    }

    /** The value at the parser's current token as compact JSON; numbers keep their written form. */
    static String write(JsonParser p, JsonToken t) throws IOException {
        StringBuilder out = new StringBuilder();
        write(p, t, out);
        return out.toString();
    }

    private static void write(JsonParser p, JsonToken t, StringBuilder out) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                out.append('{');
                boolean first = true;
                for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quote(p.currentName(), out);
                    out.append(':');
                    write(p, p.nextToken(), out);
                }
                out.append('}');
            }
            case START_ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(p, e, out);
                }
                out.append(']');
            }
            case VALUE_STRING -> quote(p.getText(), out);
            default -> out.append(p.getText());
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
