package org.kalamdb.server.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Text renderings that must match what the Rust server prints: serde_json's compact output
 * (object keys sorted, floats in ryu's shortest form such as {@code 1.0}, {@code 1e20}) and the
 * {@code Display} form of floats used for primary-key text ({@code 1}, {@code 0.00000015}).
 */
public final class RustText {

    private RustText() {
    }

    /** serde_json {@code to_string} of a parsed JSON value, keys in sorted order. */
    public static String json(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        appendJson(sb, node);
        return sb.toString();
    }

    private static void appendJson(StringBuilder sb, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                    names.add(it.next());
                }
                names.sort(null);
                sb.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    appendString(sb, names.get(i));
                    sb.append(':');
                    appendJson(sb, node.get(names.get(i)));
                }
                sb.append('}');
            }
            case ARRAY -> {
                sb.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    appendJson(sb, node.get(i));
                }
                sb.append(']');
            }
            case STRING -> appendString(sb, node.textValue());
            case NUMBER -> sb.append(isSerdeInteger(node) ? node.bigIntegerValue().toString() : ryu(node.doubleValue()));
            case BOOLEAN -> sb.append(node.booleanValue());
            default -> sb.append("null");
        }
    }

    /** serde_json keeps integers that fit i64 or u64; larger ones become f64. */
    static boolean isSerdeInteger(JsonNode node) {
        if (!node.isIntegralNumber()) {
            return false;
        }
        java.math.BigInteger v = node.bigIntegerValue();
        return v.signum() >= 0 ? v.bitLength() <= 64 : v.bitLength() <= 63;
    }

    /** JSON string literal with serde_json's escaping (control characters, quote, backslash). */
    public static void appendString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
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
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** ryu's shortest round-trip form as serde_json and Arrow print floats: 1.0, 0.1, 1e20, 1.5e-7. */
    public static String ryu(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return ryuDigits(v == 0 ? BigDecimal.ZERO : new BigDecimal(Double.toString(v)), v < 0 || isNegativeZero(v));
    }

    /** {@link #ryu(double)} for a Float32 value (shortest digits of the float, not of its double widening). */
    public static String ryu(float v) {
        if (Float.isNaN(v) || Float.isInfinite(v)) {
            return ryu((double) v);
        }
        return ryuDigits(v == 0 ? BigDecimal.ZERO : new BigDecimal(Float.toString(v)), v < 0 || isNegativeZero(v));
    }

    private static String ryuDigits(BigDecimal value, boolean negative) {
        BigDecimal abs = value.abs();
        if (abs.signum() == 0) {
            return negative ? "-0.0" : "0.0";
        }
        BigDecimal stripped = abs.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        int length = digits.length();
        int k = -stripped.scale();
        int kk = length + k;
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        if (k >= 0 && kk <= 16) {
            sb.append(digits).append("0".repeat(k)).append(".0");
        } else if (kk > 0 && kk <= 16) {
            sb.append(digits, 0, kk).append('.').append(digits, kk, length);
        } else if (kk > -5 && kk <= 0) {
            sb.append("0.").append("0".repeat(-kk)).append(digits);
        } else if (length == 1) {
            sb.append(digits).append('e').append(kk - 1);
        } else {
            sb.append(digits.charAt(0)).append('.').append(digits, 1, length).append('e').append(kk - 1);
        }
        return sb.toString();
    }

    /** Rust's {@code Display} for f64: no exponent, no trailing {@code .0} (1.0 prints as 1). */
    public static String display(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return isNegativeZero(v) ? "-0" : "0";
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Rust's {@code Display} for f32. */
    public static String display(float v) {
        if (Float.isNaN(v) || Float.isInfinite(v) || v == 0) {
            return display((double) v);
        }
        return new BigDecimal(Float.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static boolean isNegativeZero(double v) {
        return v == 0 && Double.doubleToRawLongBits(v) != 0;
    }
}
