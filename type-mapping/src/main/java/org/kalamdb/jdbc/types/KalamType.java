package org.kalamdb.jdbc.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * A KalamDB column type (server.md section 3): its canonical SQL name, the serde JSON carried in
 * the Arrow field metadata {@code kalam_data_type}, and its Arrow type.
 */
public record KalamType(Kind kind, int precision, int scale, int dimension) {

    /** Field metadata key holding the serde JSON of the KalamDB type. */
    public static final String META_DATA_TYPE = "kalam_data_type";
    /** Field metadata key holding the JSON array of column flags ("pk", "nn", "uq"). */
    public static final String META_COLUMN_FLAGS = "kalam_column_flags";

    public enum Kind {
        BOOLEAN("Boolean"), SMALLINT("SmallInt"), INT("Int"), BIGINT("BigInt"), FLOAT("Float"),
        DOUBLE("Double"), DECIMAL("Decimal"), TEXT("Text"), BYTES("Bytes"), JSON("Json"),
        TIMESTAMP("Timestamp"), DATE("Date"), DATETIME("DateTime"), TIME("Time"), UUID("Uuid"),
        EMBEDDING("Embedding"), FILE("File");

        private final String serdeName;

        Kind(String serdeName) {
            this.serdeName = serdeName;
        }

        public String serdeName() {
            return serdeName;
        }
    }

    public static final KalamType BOOLEAN = of(Kind.BOOLEAN);
    public static final KalamType SMALLINT = of(Kind.SMALLINT);
    public static final KalamType INT = of(Kind.INT);
    public static final KalamType BIGINT = of(Kind.BIGINT);
    public static final KalamType FLOAT = of(Kind.FLOAT);
    public static final KalamType DOUBLE = of(Kind.DOUBLE);
    public static final KalamType TEXT = of(Kind.TEXT);
    public static final KalamType BYTES = of(Kind.BYTES);
    public static final KalamType JSON = of(Kind.JSON);
    public static final KalamType TIMESTAMP = of(Kind.TIMESTAMP);
    public static final KalamType DATE = of(Kind.DATE);
    public static final KalamType DATETIME = of(Kind.DATETIME);
    public static final KalamType TIME = of(Kind.TIME);
    public static final KalamType UUID = of(Kind.UUID);
    public static final KalamType FILE = of(Kind.FILE);

    public KalamType {
        if (kind == Kind.DECIMAL && (precision < 1 || precision > 38 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException("DECIMAL(" + precision + ", " + scale + ") is out of range");
        }
        if (kind == Kind.EMBEDDING && (dimension < 1 || dimension > 8192)) {
            throw new IllegalArgumentException("EMBEDDING dimension must be between 1 and 8192, got " + dimension);
        }
    }

    private static KalamType of(Kind kind) {
        return new KalamType(kind, 0, 0, 0);
    }

    public static KalamType decimal(int precision, int scale) {
        return new KalamType(Kind.DECIMAL, precision, scale, 0);
    }

    public static KalamType embedding(int dimension) {
        return new KalamType(Kind.EMBEDDING, 0, 0, dimension);
    }

    /** Canonical SQL name as DESCRIBE and system.columns show it: {@code DECIMAL(10, 2)}, {@code EMBEDDING(384)}. */
    public String sqlName() {
        return switch (kind) {
            case DECIMAL -> "DECIMAL(" + precision + ", " + scale + ")";
            case EMBEDDING -> "EMBEDDING(" + dimension + ")";
            default -> kind.name();
        };
    }

    /** serde JSON of KalamDataType: {@code "BigInt"}, {@code {"Decimal":{"precision":10,"scale":2}}}, {@code {"Embedding":384}}. */
    public String serdeJson() {
        return switch (kind) {
            case DECIMAL -> "{\"Decimal\":{\"precision\":" + precision + ",\"scale\":" + scale + "}}";
            case EMBEDDING -> "{\"Embedding\":" + dimension + "}";
            default -> "\"" + kind.serdeName() + "\"";
        };
    }

    private static final Pattern DECIMAL_JSON = Pattern.compile(
            "\\{\\s*\"Decimal\"\\s*:\\s*\\{\\s*\"precision\"\\s*:\\s*(\\d+)\\s*,\\s*\"scale\"\\s*:\\s*(\\d+)\\s*}\\s*}");
    private static final Pattern DECIMAL_JSON_SWAPPED = Pattern.compile(
            "\\{\\s*\"Decimal\"\\s*:\\s*\\{\\s*\"scale\"\\s*:\\s*(\\d+)\\s*,\\s*\"precision\"\\s*:\\s*(\\d+)\\s*}\\s*}");
    private static final Pattern EMBEDDING_JSON = Pattern.compile("\\{\\s*\"Embedding\"\\s*:\\s*(\\d+)\\s*}");

    /**
     * Parsed metadata values: every field of every reply carries one, and a server has few distinct
     * ones (a type name, or a decimal's precision and scale). Bounded: emptied when full.
     */
    private static final Map<String, Optional<KalamType>> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 512;

    /** Parses the {@code kalam_data_type} metadata value; null when absent or not understood. */
    public static KalamType fromSerdeJson(String json) {
        if (json == null) {
            return null;
        }
        Optional<KalamType> parsed = PARSED.get(json);
        if (parsed == null) {
            parsed = Optional.ofNullable(parseSerdeJson(json));
            if (PARSED.size() >= MAX_PARSED) {
                PARSED.clear();
            }
            PARSED.put(json, parsed);
        }
        return parsed.orElse(null);
    }

    private static KalamType parseSerdeJson(String json) {
        String s = json.trim();
        Matcher m = DECIMAL_JSON.matcher(s);
        if (m.matches()) {
            return decimal(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DECIMAL_JSON_SWAPPED.matcher(s);
        if (m.matches()) {
            return decimal(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = EMBEDDING_JSON.matcher(s);
        if (m.matches()) {
            return embedding(Integer.parseInt(m.group(1)));
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            String name = s.substring(1, s.length() - 1);
            for (Kind k : Kind.values()) {
                if (k.serdeName().equals(name) && k != Kind.DECIMAL && k != Kind.EMBEDDING) {
                    return of(k);
                }
            }
        }
        return null;
    }

    /** The Arrow type KalamDB uses for this column type (protocol.md 5.5). */
    public ArrowType arrowType() {
        return switch (kind) {
            case BOOLEAN -> ArrowType.BOOL;
            case SMALLINT -> ArrowType.INT16;
            case INT -> ArrowType.INT32;
            case BIGINT -> ArrowType.INT64;
            case FLOAT -> ArrowType.FLOAT32;
            case DOUBLE -> ArrowType.FLOAT64;
            case DECIMAL -> new ArrowType.Decimal(precision, scale, 128);
            case TEXT, JSON, FILE -> ArrowType.UTF8;
            case BYTES -> ArrowType.BINARY;
            case TIMESTAMP -> ArrowType.TIMESTAMP_MICROS;
            case DATETIME -> ArrowType.TIMESTAMP_MICROS_UTC;
            case DATE -> ArrowType.DATE32;
            case TIME -> ArrowType.TIME64_MICROS;
            case UUID -> new ArrowType.FixedSizeBinary(16);
            case EMBEDDING -> new ArrowType.FixedSizeList(dimension);
        };
    }

    /**
     * The Arrow field KalamDB sends for a column of this type, with {@code kalam_data_type} and
     * {@code kalam_column_flags} metadata (PK: ["pk","nn","uq"], NOT NULL: ["nn"], else []).
     */
    public Field toArrowField(String name, boolean nullable, boolean primaryKey) {
        List<String> flags = new ArrayList<>();
        if (primaryKey) {
            flags.add("pk");
            flags.add("nn");
            flags.add("uq");
        } else if (!nullable) {
            flags.add("nn");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(META_DATA_TYPE, serdeJson());
        meta.put(META_COLUMN_FLAGS, flagsJson(flags));
        List<Field> children = kind == Kind.EMBEDDING
                ? List.of(Field.of("item", ArrowType.FLOAT32, false))
                : List.of();
        return new Field(name, arrowType(), nullable && !primaryKey, meta, children);
    }

    private static String flagsJson(List<String> flags) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < flags.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"').append(flags.get(i)).append('"');
        }
        return sb.append(']').toString();
    }

    @Override
    public String toString() {
        return sqlName();
    }
}
