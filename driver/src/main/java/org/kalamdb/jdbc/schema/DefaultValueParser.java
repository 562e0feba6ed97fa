package org.kalamdb.jdbc.schema;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code system.columns.default_value}, which the server renders in Rust Debug form
 * (server.md 2.4): {@code String("user")}, {@code Bool(false)}, {@code Number(42)}, {@code Null},
 * {@code SNOWFLAKE_ID()}; also tolerates a {@code Literal(...)} wrapper and the
 * {@code FunctionCall { name: "NOW", .. }} struct form.
 */
final class DefaultValueParser {

    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*\\)");
    private static final Pattern STRUCT_CALL = Pattern.compile("FunctionCall\\s*\\{\\s*name\\s*:\\s*\"([A-Za-z_0-9]+)\".*",
            Pattern.DOTALL);

    private DefaultValueParser() {
    }

    /** The default, or null for no default ({@code null}, empty or {@code None}). */
    static ColumnDefaultValue parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty() || s.equals("None")) {
            return null;
        }
        if (s.startsWith("Some(") && s.endsWith(")")) {
            return parse(s.substring(5, s.length() - 1));
        }
        if (s.startsWith("Literal(") && s.endsWith(")")) {
            return parse(s.substring(8, s.length() - 1));
        }
        Matcher m = STRUCT_CALL.matcher(s);
        if (m.matches()) {
            return function(m.group(1));
        }
        if (s.equals("Null")) {
            return new ColumnDefaultValue.Literal(null);
        }
        if (s.startsWith("Bool(") && s.endsWith(")")) {
            return new ColumnDefaultValue.Literal(Boolean.parseBoolean(s.substring(5, s.length() - 1).trim()));
        }
        if (s.startsWith("Number(") && s.endsWith(")")) {
            String n = s.substring(7, s.length() - 1).trim();
            try {
                return new ColumnDefaultValue.Literal(Long.parseLong(n));
            } catch (NumberFormatException e) {
                return new ColumnDefaultValue.Literal(new BigDecimal(n));
            }
        }
        if (s.startsWith("String(\"") && s.endsWith("\")")) {
            return new ColumnDefaultValue.Literal(unescapeRustDebug(s.substring(8, s.length() - 2)));
        }
        m = CALL.matcher(s);
        if (m.matches()) {
            return function(m.group(1));
        }
        // SQL form, as DESCRIBE renders it: 'text', TRUE, 42.
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return new ColumnDefaultValue.Literal(s.substring(1, s.length() - 1).replace("''", "'"));
        }
        if (s.equalsIgnoreCase("TRUE") || s.equalsIgnoreCase("FALSE")) {
            return new ColumnDefaultValue.Literal(Boolean.parseBoolean(s.toLowerCase(Locale.ROOT)));
        }
        if (s.equalsIgnoreCase("NULL")) {
            return new ColumnDefaultValue.Literal(null);
        }
        try {
            return new ColumnDefaultValue.Literal(Long.parseLong(s));
        } catch (NumberFormatException e) {
            try {
                return new ColumnDefaultValue.Literal(new BigDecimal(s));
            } catch (NumberFormatException e2) {
                // The server stores unrecognised expressions as their text (a string literal).
                return new ColumnDefaultValue.Literal(s);
            }
        }
    }

    private static ColumnDefaultValue function(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return new ColumnDefaultValue.Function(upper.equals("CURRENT_TIMESTAMP") ? "NOW" : upper);
    }

    private static String unescapeRustDebug(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case '0' -> sb.append('\0');
                case 'u' -> {
                    // Rust writes non-printable characters as \\u{..}
                    int close = s.indexOf('}', i);
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{' && close > 0) {
                        sb.appendCodePoint(Integer.parseInt(s.substring(i + 2, close), 16));
                        i = close;
                    } else {
                        sb.append(n);
                    }
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
