package org.kalamdb.jdbc.types.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;

class ColumnTypeInfoTest {

    static Stream<Arguments> kalamTypes() {
        return Stream.of(
                // type, jdbc type, name, precision, scale, display size, class, signed
                Arguments.of(KalamType.BOOLEAN, Types.BOOLEAN, "BOOLEAN", 1, 0, 5, "java.lang.Boolean", false),
                Arguments.of(KalamType.SMALLINT, Types.SMALLINT, "SMALLINT", 5, 0, 6, "java.lang.Integer", true),
                Arguments.of(KalamType.INT, Types.INTEGER, "INT", 10, 0, 11, "java.lang.Integer", true),
                Arguments.of(KalamType.BIGINT, Types.BIGINT, "BIGINT", 19, 0, 20, "java.lang.Long", true),
                Arguments.of(KalamType.FLOAT, Types.REAL, "FLOAT", 7, 0, 15, "java.lang.Float", true),
                Arguments.of(KalamType.DOUBLE, Types.DOUBLE, "DOUBLE", 15, 0, 25, "java.lang.Double", true),
                Arguments.of(KalamType.decimal(10, 2), Types.DECIMAL, "DECIMAL(10, 2)", 10, 2, 12,
                        "java.math.BigDecimal", true),
                Arguments.of(KalamType.decimal(5, 0), Types.DECIMAL, "DECIMAL(5, 0)", 5, 0, 6,
                        "java.math.BigDecimal", true),
                Arguments.of(KalamType.TEXT, Types.VARCHAR, "TEXT", Integer.MAX_VALUE, 0, Integer.MAX_VALUE,
                        "java.lang.String", false),
                Arguments.of(KalamType.JSON, Types.VARCHAR, "JSON", Integer.MAX_VALUE, 0, Integer.MAX_VALUE,
                        "java.lang.String", false),
                Arguments.of(KalamType.FILE, Types.VARCHAR, "FILE", Integer.MAX_VALUE, 0, Integer.MAX_VALUE,
                        "java.lang.String", false),
                Arguments.of(KalamType.BYTES, Types.VARBINARY, "BYTES", Integer.MAX_VALUE, 0, Integer.MAX_VALUE,
                        "[B", false),
                Arguments.of(KalamType.UUID, Types.OTHER, "UUID", 36, 0, 36, "java.util.UUID", false),
                Arguments.of(KalamType.DATE, Types.DATE, "DATE", 10, 0, 10, "java.sql.Date", false),
                Arguments.of(KalamType.TIME, Types.TIME, "TIME", 15, 6, 15, "java.sql.Time", false),
                Arguments.of(KalamType.TIMESTAMP, Types.TIMESTAMP, "TIMESTAMP", 26, 6, 26, "java.sql.Timestamp", false),
                Arguments.of(KalamType.DATETIME, Types.TIMESTAMP_WITH_TIMEZONE, "DATETIME", 32, 6, 32,
                        "java.time.OffsetDateTime", false),
                Arguments.of(KalamType.embedding(384), Types.OTHER, "EMBEDDING(384)", 384, 0, Integer.MAX_VALUE,
                        "[F", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kalamTypes")
    void kalamColumn(KalamType type, int jdbcType, String name, int precision, int scale, int displaySize,
                     String javaClass, boolean signed) {
        ColumnTypeInfo info = ColumnTypeInfo.of(type.toArrowField("c", true, false));
        assertEquals(new ColumnTypeInfo(jdbcType, name, precision, scale, displaySize, javaClass, true, signed,
                false, type), info);
    }

    @Test
    void flagsFromMetadata() {
        ColumnTypeInfo pk = ColumnTypeInfo.of(KalamType.BIGINT.toArrowField("id", false, true));
        assertTrue(pk.primaryKey());
        assertFalse(pk.nullable());
        assertEquals(ResultSetMetaData.columnNoNulls, pk.jdbcNullability());

        ColumnTypeInfo notNull = ColumnTypeInfo.of(KalamType.TEXT.toArrowField("name", false, false));
        assertFalse(notNull.primaryKey());
        assertFalse(notNull.nullable());

        // the flags alone (an Arrow field marked nullable) still make the column NOT NULL
        Field flagged = new Field("n", ArrowType.INT32, true,
                Map.of(KalamType.META_DATA_TYPE, "\"Int\"", KalamType.META_COLUMN_FLAGS, "[\"nn\"]"), List.of());
        assertFalse(ColumnTypeInfo.of(flagged).nullable());

        ColumnTypeInfo plain = ColumnTypeInfo.of(KalamType.INT.toArrowField("n", true, false));
        assertTrue(plain.nullable());
        assertEquals(ResultSetMetaData.columnNullable, plain.jdbcNullability());
        assertTrue(ColumnTypeInfo.of(KalamType.TEXT.toArrowField("t", true, false)).caseSensitive());
        assertFalse(plain.caseSensitive());
    }

    @Test
    void withoutMetadataTheArrowTypeDecides() {
        assertEquals("TEXT", ColumnTypeInfo.of(Field.of("x", ArrowType.UTF8, true)).typeName());
        assertEquals(KalamType.TEXT, ColumnTypeInfo.of(Field.of("x", new ArrowType.Utf8View(), true)).kalamType());
        assertEquals("DATETIME", ColumnTypeInfo.of(Field.of("x", ArrowType.TIMESTAMP_MICROS_UTC, true)).typeName());
        assertEquals("UUID", ColumnTypeInfo.of(Field.of("x", new ArrowType.FixedSizeBinary(16), true)).typeName());
        ColumnTypeInfo fsb = ColumnTypeInfo.of(Field.of("x", new ArrowType.FixedSizeBinary(3), true));
        assertEquals(Types.BINARY, fsb.sqlType());
        assertEquals("BINARY(3)", fsb.typeName());
        assertNull(fsb.kalamType());
        ColumnTypeInfo u64 = ColumnTypeInfo.of(Field.of("x", ArrowType.UINT64, true));
        assertEquals(Types.NUMERIC, u64.sqlType());
        assertEquals("java.math.BigInteger", u64.javaClassName());
        assertFalse(u64.signed());
        ColumnTypeInfo tsNanos = ColumnTypeInfo.of(Field.of("x",
                new ArrowType.Timestamp(ArrowType.TimeUnit.NANOSECOND, null), true));
        assertEquals(Types.TIMESTAMP, tsNanos.sqlType());
        assertEquals(9, tsNanos.scale());
        ColumnTypeInfo list = ColumnTypeInfo.of(new Field("x", new ArrowType.List(), true, Map.of(),
                List.of(Field.of("item", ArrowType.INT64, true))));
        assertEquals("BIGINT[]", list.typeName());
        assertEquals("java.util.List", list.javaClassName());
        assertEquals(Types.NULL, ColumnTypeInfo.of(Field.of("x", new ArrowType.Null(), true)).sqlType());
        // a JSON column computed by SQL (no metadata) is plain text
        assertEquals("TEXT", ColumnTypeInfo.of(Field.of("doc", ArrowType.UTF8, true)).typeName());
    }

    @Test
    void metadataContradictingTheArrowTypeIsIgnored() {
        Field odd = new Field("x", ArrowType.INT32, true, Map.of(KalamType.META_DATA_TYPE, "\"Json\""), List.of());
        assertEquals("INT", ColumnTypeInfo.of(odd).typeName());
    }
}
