package org.kalamdb.jdbc.liquibase;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import liquibase.datatype.LiquibaseDataType;

/**
 * Maps Liquibase's portable column types to KalamDB's (spec/server.md section 3).
 *
 * <p>Liquibase resolves a changelog's type text to a {@link LiquibaseDataType} whose {@link
 * LiquibaseDataType#getName() name} is canonical ({@code varchar}, {@code int}, {@code clob}, …). Every string type
 * becomes {@code TEXT} (KalamDB has no length limits), binary types {@code BYTES}, {@code TINYINT} (which KalamDB
 * rejects) {@code SMALLINT}, and the numeric/money types {@code DECIMAL} (KalamDB rejects {@code NUMERIC}). A type
 * Liquibase does not know ({@code JSON}, {@code EMBEDDING(384)}, {@code FILE}, {@code BYTES}, …) is passed on as
 * written, for the driver and the server to judge.
 */
final class KalamTypes {

    static final String BIGINT = "BIGINT";

    /** KalamDB's own default precision and scale for a bare DECIMAL. */
    private static final String DEFAULT_DECIMAL = "DECIMAL(38, 10)";
    private static final String MONEY_DECIMAL = "DECIMAL(19, 4)";

    private KalamTypes() {
    }

    static String toKalam(LiquibaseDataType type) {
        Object[] parameters = type.getParameters();
        return switch (type.getName().toLowerCase(Locale.ROOT)) {
            case "boolean" -> "BOOLEAN";
            case "tinyint", "smallint" -> "SMALLINT";
            case "int", "mediumint" -> "INT";
            case "bigint" -> BIGINT;
            case "float" -> "FLOAT";
            case "double" -> "DOUBLE";
            case "decimal", "number" -> decimal(parameters);
            case "currency" -> MONEY_DECIMAL;
            case "varchar", "nvarchar", "char", "nchar", "clob", "xml" -> "TEXT";
            case "blob" -> "BYTES";
            case "date" -> "DATE";
            case "time" -> "TIME";
            case "datetime" -> "TIMESTAMP";
            case "timestamp" -> isZoned(type) ? "DATETIME" : "TIMESTAMP";
            case "uuid" -> "UUID";
            default -> asWritten(type);
        };
    }

    private static String decimal(Object[] parameters) {
        return switch (parameters.length) {
            case 0 -> DEFAULT_DECIMAL;
            case 1 -> "DECIMAL(" + parameters[0] + ")";
            default -> "DECIMAL(" + parameters[0] + ", " + parameters[1] + ")";
        };
    }

    /** KalamDB's DATETIME is an instant (UTC); TIMESTAMP is a local date-time. */
    private static boolean isZoned(LiquibaseDataType type) {
        String raw = type.getRawDefinition() == null ? "" : type.getRawDefinition().toLowerCase(Locale.ROOT);
        String extra = type.getAdditionalInformation() == null
                ? "" : type.getAdditionalInformation().toLowerCase(Locale.ROOT);
        return raw.startsWith("timestamptz") || (raw + " " + extra).contains("with time zone");
    }

    private static String asWritten(LiquibaseDataType type) {
        String name = type.getName().toUpperCase(Locale.ROOT);
        Object[] parameters = type.getParameters();
        if (parameters.length == 0) {
            return name;
        }
        return name + Arrays.stream(parameters).map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
