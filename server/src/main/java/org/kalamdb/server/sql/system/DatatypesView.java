package org.kalamdb.server.sql.system;

import java.util.List;

import org.kalamdb.jdbc.types.KalamType;

/** system.datatypes (virtual view; datatypes.rs): the fixed Arrow ↔ KalamDB ↔ SQL name table. */
public final class DatatypesView implements SystemView {

    private static final List<ViewColumn> COLUMNS = List.of(
            ViewColumn.of("arrow_type", KalamType.TEXT, false),
            ViewColumn.of("kalam_type", KalamType.TEXT, false),
            ViewColumn.of("sql_name", KalamType.TEXT, false),
            ViewColumn.of("description", KalamType.TEXT, false));

    private static final List<Object[]> ROWS = List.of(
            row("Boolean", "Boolean", "BOOLEAN", "True/false boolean value"),
            row("Int8", "SmallInt", "TINYINT", "8-bit signed integer"),
            row("Int16", "SmallInt", "SMALLINT", "16-bit signed integer"),
            row("Int32", "Int", "INT", "32-bit signed integer"),
            row("Int64", "BigInt", "BIGINT", "64-bit signed integer"),
            row("UInt8", "Int", "TINYINT UNSIGNED", "8-bit unsigned integer"),
            row("UInt16", "Int", "SMALLINT UNSIGNED", "16-bit unsigned integer"),
            row("UInt32", "BigInt", "INT UNSIGNED", "32-bit unsigned integer"),
            row("UInt64", "BigInt", "BIGINT UNSIGNED", "64-bit unsigned integer"),
            row("Float32", "Float", "FLOAT", "32-bit floating point"),
            row("Float64", "Double", "DOUBLE", "64-bit floating point"),
            row("Utf8", "Text", "TEXT", "Variable-length UTF-8 string"),
            row("LargeUtf8", "Text", "TEXT", "Large variable-length UTF-8 string"),
            row("Binary", "Bytes", "BYTES", "Variable-length binary data"),
            row("LargeBinary", "Bytes", "BYTES", "Large variable-length binary data"),
            row("Timestamp(Microsecond, None)", "Timestamp", "TIMESTAMP", "Timestamp with microsecond precision"),
            row("Timestamp(Millisecond, None)", "Timestamp", "TIMESTAMP", "Timestamp with millisecond precision"),
            row("Timestamp(Nanosecond, None)", "Timestamp", "TIMESTAMP", "Timestamp with nanosecond precision"),
            row("Timestamp(Second, None)", "Timestamp", "TIMESTAMP", "Timestamp with second precision"),
            row("Timestamp(Microsecond, Some(\"UTC\"))", "DateTime", "DATETIME", "DateTime with timezone (UTC)"),
            row("Timestamp(Millisecond, Some(\"UTC\"))", "DateTime", "DATETIME", "DateTime with timezone (UTC)"),
            row("Date32", "Date", "DATE", "Date (days since epoch)"),
            row("Date64", "Date", "DATE", "Date (milliseconds since epoch)"),
            row("Time64(Microsecond)", "Time", "TIME", "Time of day with microsecond precision"),
            row("Time32(Second)", "Time", "TIME", "Time of day with second precision"),
            row("Time32(Millisecond)", "Time", "TIME", "Time of day with millisecond precision"),
            row("FixedSizeBinary(16)", "Uuid", "UUID", "128-bit universally unique identifier"),
            row("Decimal128", "Decimal", "DECIMAL", "Fixed-point decimal number"),
            row("FixedSizeList", "Embedding", "EMBEDDING", "Fixed-size float32 vector for ML embeddings"));

    private static Object[] row(String arrow, String kalam, String sql, String description) {
        return new Object[] {arrow, kalam, sql, description};
    }

    @Override
    public String name() {
        return "datatypes";
    }

    @Override
    public List<ViewColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(SystemContext context) {
        return ROWS;
    }
}
