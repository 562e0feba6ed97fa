package org.kalamdb.server.sql.ddl;

import java.util.List;
import java.util.Locale;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.sql.lex.SqlSyntaxException;

/**
 * SQL type spellings to KalamDB types (server.md 3; kalamdb-dialect compatibility.rs), with the
 * rejection texts of the real mapping: sqlparser variants that are not mapped show their Rust
 * Debug form, types that map to an Arrow type KalamDB lacks show that Arrow type.
 */
public final class TypeMapping {

    /** A mapped column type; {@code serial} marks SERIAL spellings that imply DEFAULT SNOWFLAKE_ID(). */
    public record Mapped(KalamType type, boolean serial) {
    }

    private TypeMapping() {
    }

    public static Mapped map(TypeSpec spec) {
        if (spec.array()) {
            return plain(KalamType.TEXT);
        }
        String base = spec.base();
        boolean unsigned = spec.has("UNSIGNED");
        switch (base) {
            case "BOOLEAN", "BOOL":
                return plain(KalamType.BOOLEAN);
            case "SMALLINT", "INT2":
                return unsigned ? unsupported(debugName(base) + "Unsigned" + optionalWidth(spec)) : plain(KalamType.SMALLINT);
            case "INT", "INTEGER", "INT4", "MEDIUMINT":
                return unsigned ? unsupported(debugName(base) + "Unsigned" + optionalWidth(spec)) : plain(KalamType.INT);
            case "BIGINT", "INT8", "INT64":
                return unsigned ? unsupported(debugName(base) + "Unsigned" + optionalWidth(spec)) : plain(KalamType.BIGINT);
            case "TINYINT":
                if (unsigned) {
                    return unsupported("TinyIntUnsigned" + optionalWidth(spec));
                }
                throw new SqlSyntaxException("Unsupported Arrow type: Int8");
            case "FLOAT", "REAL", "FLOAT4":
                return plain(KalamType.FLOAT);
            case "DOUBLE", "FLOAT8", "FLOAT64":
                return plain(KalamType.DOUBLE);
            case "DECIMAL":
                return plain(decimal(spec.modifiers()));
            case "NUMERIC", "DEC":
                return unsupported(debugName(base) + "(" + exactNumberInfo(spec.modifiers()) + ")");
            case "TEXT", "VARCHAR", "CHAR", "CHARACTER", "NVARCHAR", "STRING", "CLOB", "ENUM", "SET", "ARRAY", "STRUCT":
                return plain(KalamType.TEXT);
            case "JSON", "JSONB":
                return plain(KalamType.JSON);
            case "BYTES", "BINARY", "VARBINARY", "BLOB", "BYTEA":
                return plain(KalamType.BYTES);
            case "DATE":
                return plain(KalamType.DATE);
            case "DATETIME":
                return plain(KalamType.DATETIME);
            case "TIMESTAMP", "TIMESTAMPTZ":
                return plain(KalamType.TIMESTAMP);
            case "TIME", "TIMETZ":
                return plain(KalamType.TIME);
            case "UUID":
                return plain(KalamType.UUID);
            case "INTERVAL":
                throw new SqlSyntaxException("Unsupported Arrow type: Interval(MonthDayNano)");
            case "BIT":
                return unsupported((spec.has("VARYING") ? "BitVarying" : "Bit") + optionalWidth(spec));
            case "VARBIT":
                return unsupported("VarBit" + optionalWidth(spec));
            case "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB":
                return unsupported(debugName(base));
            default:
                return custom(base.toLowerCase(Locale.ROOT), spec.modifiers());
        }
    }

    private static Mapped custom(String name, List<String> modifiers) {
        return switch (name) {
            case "file" -> plain(KalamType.FILE);
            case "embedding" -> plain(embedding(modifiers));
            case "serial", "serial4" -> new Mapped(KalamType.INT, true);
            case "bigserial", "serial8" -> new Mapped(KalamType.BIGINT, true);
            case "smallserial", "serial2" -> new Mapped(KalamType.SMALLINT, true);
            case "int1" -> throw new SqlSyntaxException("Unsupported Arrow type: Int8");
            case "signed" -> plain(KalamType.INT);
            case "unsigned" -> throw new SqlSyntaxException("Unsupported Arrow type: UInt32");
            default -> {
                if (name.endsWith("text") || name.endsWith("string")) {
                    yield plain(KalamType.TEXT);
                }
                throw new SqlSyntaxException("Unsupported custom data type '" + name + "'");
            }
        };
    }

    private static KalamType decimal(List<String> modifiers) {
        long precision;
        long scale;
        if (modifiers.isEmpty()) {
            precision = 38;
            scale = 10;
        } else {
            precision = parseUnsigned(modifiers.get(0));
            scale = modifiers.size() > 1 ? parseUnsigned(modifiers.get(1)) : 0;
        }
        // Upstream narrows both to u8 before validating.
        int p = (int) (precision & 0xFF);
        int s = (int) (scale & 0xFF);
        if (p < 1 || p > 38) {
            throw new SqlSyntaxException("DECIMAL precision must be between 1 and 38, got " + p);
        }
        if (s > p) {
            throw new SqlSyntaxException("DECIMAL scale (" + s + ") cannot exceed precision (" + p + ")");
        }
        return KalamType.decimal(p, s);
    }

    private static KalamType embedding(List<String> modifiers) {
        if (modifiers.size() != 1) {
            throw new SqlSyntaxException("EMBEDDING type requires exactly one dimension parameter, e.g., EMBEDDING(384)");
        }
        String raw = modifiers.get(0);
        long dimension;
        try {
            dimension = Long.parseLong(raw);
            if (dimension < 0) {
                throw new NumberFormatException(raw);
            }
        } catch (NumberFormatException e) {
            throw new SqlSyntaxException("EMBEDDING dimension must be a positive integer, got '" + raw + "'");
        }
        if (dimension < 1) {
            throw new SqlSyntaxException("EMBEDDING dimension must be at least 1");
        }
        if (dimension > 8192) {
            throw new SqlSyntaxException("EMBEDDING dimension must be at most 8192 (found " + dimension + ")");
        }
        return KalamType.embedding((int) dimension);
    }

    private static long parseUnsigned(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new SqlSyntaxException("sql parser error: Expected: literal int, found: " + text);
        }
    }

    private static Mapped plain(KalamType type) {
        return new Mapped(type, false);
    }

    private static Mapped unsupported(String debugForm) {
        throw new SqlSyntaxException("Unsupported data type: " + debugForm);
    }

    /** sqlparser's DataType variant name for a keyword, e.g. BIGINT → BigInt. */
    private static String debugName(String keyword) {
        return switch (keyword) {
            case "SMALLINT" -> "SmallInt";
            case "INT" -> "Int";
            case "INTEGER" -> "Integer";
            case "INT2" -> "Int2";
            case "INT4" -> "Int4";
            case "INT8" -> "Int8";
            case "INT64" -> "Int64";
            case "MEDIUMINT" -> "MediumInt";
            case "BIGINT" -> "BigInt";
            case "NUMERIC" -> "Numeric";
            case "DEC" -> "Dec";
            case "TINYTEXT" -> "TinyText";
            case "MEDIUMTEXT" -> "MediumText";
            case "LONGTEXT" -> "LongText";
            case "TINYBLOB" -> "TinyBlob";
            case "MEDIUMBLOB" -> "MediumBlob";
            case "LONGBLOB" -> "LongBlob";
            default -> keyword.charAt(0) + keyword.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    private static String optionalWidth(TypeSpec spec) {
        return spec.modifiers().isEmpty() ? "(None)" : "(Some(" + spec.modifiers().get(0).strip() + "))";
    }

    private static String exactNumberInfo(List<String> modifiers) {
        if (modifiers.isEmpty()) {
            return "None";
        }
        if (modifiers.size() == 1) {
            return "Precision(" + modifiers.get(0).strip() + ")";
        }
        return "PrecisionAndScale(" + modifiers.get(0).strip() + ", " + modifiers.get(1).strip() + ")";
    }
}
