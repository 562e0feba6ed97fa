package org.kalamdb.jdbc.types.arrow;

/**
 * The Arrow logical types this codec reads and writes (Arrow columnar format, Schema.fbs).
 * Nested types (List, FixedSizeList) keep their element field in {@link Field#children()}.
 */
public sealed interface ArrowType {

    enum TimeUnit { SECOND, MILLISECOND, MICROSECOND, NANOSECOND }

    enum DateUnit { DAY, MILLISECOND }

    enum Precision { HALF, SINGLE, DOUBLE }

    record Null() implements ArrowType {}

    record Bool() implements ArrowType {}

    /** Int8..Int64 and UInt8..UInt64. */
    record Int(int bitWidth, boolean signed) implements ArrowType {}

    record FloatingPoint(Precision precision) implements ArrowType {}

    record Utf8() implements ArrowType {}

    record LargeUtf8() implements ArrowType {}

    record Utf8View() implements ArrowType {}

    record Binary() implements ArrowType {}

    record LargeBinary() implements ArrowType {}

    record BinaryView() implements ArrowType {}

    record FixedSizeBinary(int byteWidth) implements ArrowType {}

    /** Decimal128 (bitWidth 128) or Decimal256 (bitWidth 256). */
    record Decimal(int precision, int scale, int bitWidth) implements ArrowType {}

    record Date(DateUnit unit) implements ArrowType {}

    /** Time32 (SECOND, MILLISECOND) or Time64 (MICROSECOND, NANOSECOND). */
    record Time(TimeUnit unit, int bitWidth) implements ArrowType {}

    /** timezone null = no time zone (wall clock); otherwise e.g. "UTC". */
    record Timestamp(TimeUnit unit, String timezone) implements ArrowType {}

    record Duration(TimeUnit unit) implements ArrowType {}

    record List() implements ArrowType {}

    record LargeList() implements ArrowType {}

    record FixedSizeList(int listSize) implements ArrowType {}

    record Struct() implements ArrowType {}

    // Convenient constants for the common cases.
    ArrowType BOOL = new Bool();
    ArrowType INT8 = new Int(8, true);
    ArrowType INT16 = new Int(16, true);
    ArrowType INT32 = new Int(32, true);
    ArrowType INT64 = new Int(64, true);
    ArrowType UINT64 = new Int(64, false);
    ArrowType FLOAT32 = new FloatingPoint(Precision.SINGLE);
    ArrowType FLOAT64 = new FloatingPoint(Precision.DOUBLE);
    ArrowType UTF8 = new Utf8();
    ArrowType BINARY = new Binary();
    ArrowType DATE32 = new Date(DateUnit.DAY);
    ArrowType TIME64_MICROS = new Time(TimeUnit.MICROSECOND, 64);
    ArrowType TIMESTAMP_MICROS = new Timestamp(TimeUnit.MICROSECOND, null);
    ArrowType TIMESTAMP_MICROS_UTC = new Timestamp(TimeUnit.MICROSECOND, "UTC");
}
