package org.kalamdb.server.sql.query;

import java.math.BigDecimal;
import java.util.UUID;

import org.kalamdb.jdbc.types.arrow.ArrowType;

/** Classification and display of the Arrow types the SQL engine computes with. */
public final class ArrowTypes {

    public static final ArrowType NULL = new ArrowType.Null();
    /** now(): DataFusion's Timestamp(Nanosecond, "+00:00"). */
    public static final ArrowType TIMESTAMP_NANOS_UTC = new ArrowType.Timestamp(ArrowType.TimeUnit.NANOSECOND, "+00:00");

    private ArrowTypes() {
    }

    public static boolean isInteger(ArrowType t) {
        return t instanceof ArrowType.Int;
    }

    public static boolean isFloat(ArrowType t) {
        return t instanceof ArrowType.FloatingPoint;
    }

    public static boolean isDecimal(ArrowType t) {
        return t instanceof ArrowType.Decimal;
    }

    public static boolean isNumeric(ArrowType t) {
        return isInteger(t) || isFloat(t) || isDecimal(t);
    }

    public static boolean isString(ArrowType t) {
        return t instanceof ArrowType.Utf8 || t instanceof ArrowType.LargeUtf8 || t instanceof ArrowType.Utf8View;
    }

    public static boolean isTemporal(ArrowType t) {
        return t instanceof ArrowType.Timestamp || t instanceof ArrowType.Date || t instanceof ArrowType.Time;
    }

    /** The Arrow type of a literal or computed Java value (used when no declared type is known). */
    public static ArrowType ofValue(Object v) {
        if (v == null) {
            return NULL;
        }
        if (v instanceof Boolean) {
            return ArrowType.BOOL;
        }
        if (v instanceof Short) {
            return ArrowType.INT16;
        }
        if (v instanceof Integer) {
            return ArrowType.INT32;
        }
        if (v instanceof Long) {
            return ArrowType.INT64;
        }
        if (v instanceof Float) {
            return ArrowType.FLOAT32;
        }
        if (v instanceof Double) {
            return ArrowType.FLOAT64;
        }
        if (v instanceof BigDecimal d) {
            return new ArrowType.Decimal(Math.max(1, Math.min(38, d.precision())), Math.max(0, d.scale()), 128);
        }
        if (v instanceof byte[]) {
            return ArrowType.BINARY;
        }
        if (v instanceof UUID) {
            return new ArrowType.FixedSizeBinary(16);
        }
        return ArrowType.UTF8;
    }

    /** arrow-rs DataType Debug spelling, as error texts show it: Int64, Utf8, Decimal128(10, 2), ... */
    public static String display(ArrowType t) {
        if (t instanceof ArrowType.Null) {
            return "Null";
        }
        if (t instanceof ArrowType.Bool) {
            return "Boolean";
        }
        if (t instanceof ArrowType.Int i) {
            return (i.signed() ? "Int" : "UInt") + i.bitWidth();
        }
        if (t instanceof ArrowType.FloatingPoint f) {
            return switch (f.precision()) {
                case HALF -> "Float16";
                case SINGLE -> "Float32";
                case DOUBLE -> "Float64";
            };
        }
        if (t instanceof ArrowType.Decimal d) {
            return "Decimal" + d.bitWidth() + "(" + d.precision() + ", " + d.scale() + ")";
        }
        if (t instanceof ArrowType.Timestamp ts) {
            String unit = unitName(ts.unit());
            return "Timestamp(" + unit + ", " + (ts.timezone() == null ? "None" : "Some(\"" + ts.timezone() + "\")") + ")";
        }
        if (t instanceof ArrowType.Date d) {
            return d.unit() == ArrowType.DateUnit.DAY ? "Date32" : "Date64";
        }
        if (t instanceof ArrowType.Time tm) {
            return "Time" + tm.bitWidth() + "(" + unitName(tm.unit()) + ")";
        }
        if (t instanceof ArrowType.FixedSizeBinary b) {
            return "FixedSizeBinary(" + b.byteWidth() + ")";
        }
        if (t instanceof ArrowType.FixedSizeList l) {
            return "FixedSizeList(Field { name: \"item\", data_type: Float32 }, " + l.listSize() + ")";
        }
        if (t instanceof ArrowType.Binary) {
            return "Binary";
        }
        return "Utf8";
    }

    private static String unitName(ArrowType.TimeUnit unit) {
        return switch (unit) {
            case SECOND -> "Second";
            case MILLISECOND -> "Millisecond";
            case MICROSECOND -> "Microsecond";
            case NANOSECOND -> "Nanosecond";
        };
    }
}
