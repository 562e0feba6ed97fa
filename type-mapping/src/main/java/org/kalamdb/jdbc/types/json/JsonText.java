package org.kalamdb.jdbc.types.json;

import org.kalamdb.jdbc.types.SqlStates;
import org.kalamdb.jdbc.types.ValueConversionException;

/**
 * Hand-written JSON output primitives. Strings are escaped per RFC 8259: quote, backslash and every
 * control character below U+0020 (short forms where they exist, else a six-character hex escape); everything
 * else, non-BMP characters included, is written as is (a valid surrogate pair encodes as one UTF-8
 * character). A lone surrogate cannot be encoded in UTF-8 and is refused (22021).
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    public static StringBuilder appendString(StringBuilder sb, CharSequence s) {
        sb.append('"');
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            throw loneSurrogate(i);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        throw loneSurrogate(i);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    static ValueConversionException loneSurrogate(int index) {
        return new ValueConversionException(SqlStates.BAD_CHARACTER,
                "string contains an unpaired surrogate at index " + index + " (not valid UTF-8)");
    }

    public static String quote(CharSequence s) {
        return appendString(new StringBuilder(s.length() + 2), s).toString();
    }

    /** A finite float as the shortest decimal that reads back to the same float (valid JSON). */
    public static StringBuilder appendFloat(StringBuilder sb, float value) {
        return sb.append(Float.toString(value));
    }

    public static StringBuilder appendDouble(StringBuilder sb, double value) {
        return sb.append(Double.toString(value));
    }
}
