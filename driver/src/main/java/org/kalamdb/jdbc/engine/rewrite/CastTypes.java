package org.kalamdb.jdbc.engine.rewrite;

import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL type names in casts ({@code ::text}, {@code CAST(x AS int8)}) spelled as the engine's
 * SQL knows them. JSON, JSONB and UUID become VARCHAR: the engine computes on their text.
 */
final class CastTypes {

    /** The precision and scale of a bare NUMERIC/DECIMAL, as KalamDB's bare DECIMAL (server.md 3). */
    static final String BARE_DECIMAL = "DECIMAL(38, 10)";

    private CastTypes() {
    }

    /**
     * The engine's spelling of PostgreSQL type {@code name} with modifiers {@code args}, or null
     * when the name is not a PostgreSQL type this class knows (it is then left as written).
     */
    static String toEngine(String name, List<String> args) {
        String n = name.toLowerCase(Locale.ROOT);
        String mods = args.isEmpty() ? "" : "(" + String.join(", ", args) + ")";
        return switch (n) {
            case "text", "varchar", "character varying", "name", "citext", "string", "bpchar" ->
                    args.isEmpty() ? "VARCHAR" : "VARCHAR" + mods;
            case "char", "character" -> args.isEmpty() ? "CHAR(1)" : "CHAR" + mods;
            case "int", "integer", "int4" -> "INTEGER";
            case "smallint", "int2" -> "SMALLINT";
            case "bigint", "int8" -> "BIGINT";
            case "real", "float4" -> "REAL";
            case "double precision", "float8", "double" -> "DOUBLE";
            case "float" -> !args.isEmpty() && Integer.parseInt(args.get(0).trim()) <= 24 ? "REAL" : "DOUBLE";
            case "numeric", "decimal", "dec" -> args.isEmpty() ? BARE_DECIMAL : "DECIMAL" + mods;
            case "bool", "boolean" -> "BOOLEAN";
            case "date" -> "DATE";
            case "time", "time without time zone" -> "TIME";
            case "timestamp", "timestamp without time zone", "timestamptz", "timestamp with time zone", "datetime" ->
                    "TIMESTAMP";
            case "json", "jsonb", "uuid" -> "VARCHAR";
            case "bytea", "bytes", "varbinary" -> "VARBINARY";
            default -> null;
        };
    }
}
