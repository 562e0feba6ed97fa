package org.kalamdb.jdbc.meta;

import java.sql.Types;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.access.ColumnTypeInfo;

/**
 * What the metadata result sets say about one KalamDB column type, derived from the same
 * {@link ColumnTypeInfo} that ResultSetMetaData reports, so getColumns and a query's own metadata
 * agree. {@code typeName} is the bare name ({@code DECIMAL}, {@code EMBEDDING}) that getTypeInfo
 * lists: tools look a column's TYPE_NAME up there and take the parameters from COLUMN_SIZE and
 * DECIMAL_DIGITS.
 *
 * @param sqlType          a {@link Types} constant
 * @param typeName         the KalamDB type name without parameters
 * @param columnSize       precision, length in characters, bytes or dimensions
 * @param decimalDigits    fraction digits, null where they do not apply
 * @param radix            10 for numbers, null otherwise
 * @param charOctetLength  maximum bytes of a character column, null otherwise
 */
record TypeFacts(int sqlType, String typeName, int columnSize, Integer decimalDigits, Integer radix,
                 Integer charOctetLength) {

    /** Facts for a column of {@code type}. */
    static TypeFacts of(KalamType type) {
        ColumnTypeInfo info = ColumnTypeInfo.of(type.toArrowField("c", true, false));
        Integer digits = switch (type.kind()) {
            case SMALLINT, INT, BIGINT, DECIMAL, TIME, TIMESTAMP, DATETIME -> info.scale();
            case FLOAT, DOUBLE, BOOLEAN, TEXT, BYTES, JSON, DATE, UUID, EMBEDDING, FILE -> null;
        };
        Integer radix = isNumeric(type.kind()) ? 10 : null;
        Integer octets = isCharacter(type.kind()) ? Integer.MAX_VALUE : null;
        return new TypeFacts(info.sqlType(), baseName(type), info.precision(), digits, radix, octets);
    }

    /** For a data type the driver does not know: reported as OTHER with its own name. */
    static TypeFacts unknown(String typeName) {
        return new TypeFacts(Types.OTHER, typeName, 0, null, null, null);
    }

    static String baseName(KalamType type) {
        return switch (type.kind()) {
            case DECIMAL -> "DECIMAL";
            case EMBEDDING -> "EMBEDDING";
            case BOOLEAN, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, TEXT, BYTES, JSON, TIMESTAMP, DATE, DATETIME, TIME,
                 UUID, FILE -> type.sqlName();
        };
    }

    static boolean isNumeric(KalamType.Kind kind) {
        return switch (kind) {
            case SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL -> true;
            case BOOLEAN, TEXT, BYTES, JSON, TIMESTAMP, DATE, DATETIME, TIME, UUID, EMBEDDING, FILE -> false;
        };
    }

    static boolean isCharacter(KalamType.Kind kind) {
        return switch (kind) {
            case TEXT, JSON, FILE -> true;
            case BOOLEAN, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL, BYTES, TIMESTAMP, DATE, DATETIME, TIME, UUID,
                 EMBEDDING -> false;
        };
    }
}
