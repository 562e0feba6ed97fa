package org.kalamdb.server.store;

import java.math.BigDecimal;

/**
 * One value of a row as the client sent it, before it is coerced to the column type: KalamDB's
 * {@code StoredScalarValue} (protocol.md 6.2). A component value of {@code null} is a typed NULL;
 * {@link UntypedNull} is the untyped {@code "Null"}. {@link #arrowTypeName()} is the Arrow
 * DataType Debug text the real server quotes in cast errors.
 */
public sealed interface Scalar {

    String arrowTypeName();

    boolean isNull();

    /** The untyped NULL ({@code "Null"} in the typed dialect, {@code null} in plain JSON). */
    record UntypedNull() implements Scalar {
        public static final UntypedNull INSTANCE = new UntypedNull();

        @Override
        public String arrowTypeName() {
            return "Null";
        }

        @Override
        public boolean isNull() {
            return true;
        }
    }

    record Bool(Boolean value) implements Scalar {
        @Override
        public String arrowTypeName() {
            return "Boolean";
        }

        @Override
        public boolean isNull() {
            return value == null;
        }
    }

    /** Integer widths; UInt64 values are kept as unsigned 64-bit patterns in a long. */
    enum IntKind {
        INT8("Int8", -128, 127), INT16("Int16", Short.MIN_VALUE, Short.MAX_VALUE),
        INT32("Int32", Integer.MIN_VALUE, Integer.MAX_VALUE), INT64("Int64", Long.MIN_VALUE, Long.MAX_VALUE),
        UINT8("UInt8", 0, 255), UINT16("UInt16", 0, 65_535), UINT32("UInt32", 0, 4_294_967_295L),
        UINT64("UInt64", 0, Long.MAX_VALUE);

        private final String arrowName;
        private final long min;
        private final long max;

        IntKind(String arrowName, long min, long max) {
            this.arrowName = arrowName;
            this.min = min;
            this.max = max;
        }

        public String arrowName() {
            return arrowName;
        }

        /** Whether a signed long fits (UInt64 also takes values above Long.MAX_VALUE, see {@link Int}). */
        public boolean fits(long v) {
            return v >= min && v <= max;
        }
    }

    record Int(IntKind kind, Long value) implements Scalar {
        @Override
        public String arrowTypeName() {
            return kind.arrowName();
        }

        @Override
        public boolean isNull() {
            return value == null;
        }

        /** The value as exact decimal text (unsigned for UInt64). */
        public String text() {
            return kind == IntKind.UINT64 ? Long.toUnsignedString(value) : Long.toString(value);
        }

        public BigDecimal exact() {
            return new BigDecimal(text());
        }
    }

    record Floating(boolean single, Double value) implements Scalar {
        @Override
        public String arrowTypeName() {
            return single ? "Float32" : "Float64";
        }

        @Override
        public boolean isNull() {
            return value == null;
        }
    }

    record Text(boolean large, String value) implements Scalar {
        @Override
        public String arrowTypeName() {
            return large ? "LargeUtf8" : "Utf8";
        }

        @Override
        public boolean isNull() {
            return value == null;
        }
    }

    enum BinaryKind { BINARY, LARGE_BINARY, FIXED_SIZE_BINARY }

    record Bytes(BinaryKind kind, byte[] value, int fixedSize) implements Scalar {
        @Override
        public String arrowTypeName() {
            return switch (kind) {
                case BINARY -> "Binary";
                case LARGE_BINARY -> "LargeBinary";
                case FIXED_SIZE_BINARY -> "FixedSizeBinary(" + fixedSize + ")";
            };
        }

        @Override
        public boolean isNull() {
            return value == null;
        }
    }

    record Date32(Integer days) implements Scalar {
        @Override
        public String arrowTypeName() {
            return "Date32";
        }

        @Override
        public boolean isNull() {
            return days == null;
        }
    }

    record Time64(Long micros) implements Scalar {
        @Override
        public String arrowTypeName() {
            return "Time64(Microsecond)";
        }

        @Override
        public boolean isNull() {
            return micros == null;
        }
    }

    enum TimeUnit {
        MILLISECOND("Millisecond"), MICROSECOND("Microsecond"), NANOSECOND("Nanosecond");

        private final String arrowName;

        TimeUnit(String arrowName) {
            this.arrowName = arrowName;
        }

        public String arrowName() {
            return arrowName;
        }

        /** This unit's value expressed in microseconds (truncating nanoseconds toward negative infinity). */
        public long toMicros(long v) {
            return switch (this) {
                case MILLISECOND -> Math.multiplyExact(v, 1000L);
                case MICROSECOND -> v;
                case NANOSECOND -> Math.floorDiv(v, 1000L);
            };
        }
    }

    record Timestamp(TimeUnit unit, Long value, String timezone) implements Scalar {
        @Override
        public String arrowTypeName() {
            return "Timestamp(" + unit.arrowName() + ", " + (timezone == null ? "None" : "Some(\"" + timezone + "\")") + ")";
        }

        @Override
        public boolean isNull() {
            return value == null;
        }
    }

    /** A Decimal128: {@code value} already carries {@code scale}. */
    record Decimal(BigDecimal value, int precision, int scale) implements Scalar {
        @Override
        public String arrowTypeName() {
            return "Decimal128(" + precision + ", " + scale + ")";
        }

        @Override
        public boolean isNull() {
            return value == null;
        }
    }

    record Embedding(int size, float[] values) implements Scalar {
        @Override
        public String arrowTypeName() {
            return "FixedSizeList(" + size + " x Float32)";
        }

        @Override
        public boolean isNull() {
            return values == null;
        }
    }
}
