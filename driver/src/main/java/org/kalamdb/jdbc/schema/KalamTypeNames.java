package org.kalamdb.jdbc.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.types.KalamType;

/** Parses the canonical KalamDB type names of {@code system.columns.data_type} ({@code DECIMAL(10, 2)}, ...). */
public final class KalamTypeNames {

    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");
    private static final Pattern EMBEDDING = Pattern.compile("EMBEDDING\\s*\\(\\s*(\\d+)\\s*\\)");

    private KalamTypeNames() {
    }

    /** The type, or null when the name is not a KalamDB type name. */
    public static KalamType parse(String sqlName) {
        if (sqlName == null) {
            return null;
        }
        String s = sqlName.trim().toUpperCase(Locale.ROOT);
        Matcher m = DECIMAL.matcher(s);
        if (m.matches()) {
            return KalamType.decimal(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        }
        m = EMBEDDING.matcher(s);
        if (m.matches()) {
            return KalamType.embedding(Integer.parseInt(m.group(1)));
        }
        return switch (s) {
            case "BOOLEAN" -> KalamType.BOOLEAN;
            case "SMALLINT" -> KalamType.SMALLINT;
            case "INT", "INTEGER" -> KalamType.INT;
            case "BIGINT" -> KalamType.BIGINT;
            case "FLOAT", "REAL" -> KalamType.FLOAT;
            case "DOUBLE" -> KalamType.DOUBLE;
            case "DECIMAL" -> KalamType.decimal(38, 10);
            case "TEXT" -> KalamType.TEXT;
            case "BYTES" -> KalamType.BYTES;
            case "JSON" -> KalamType.JSON;
            case "TIMESTAMP" -> KalamType.TIMESTAMP;
            case "DATE" -> KalamType.DATE;
            case "DATETIME" -> KalamType.DATETIME;
            case "TIME" -> KalamType.TIME;
            case "UUID" -> KalamType.UUID;
            case "FILE" -> KalamType.FILE;
            default -> null;
        };
    }
}
