package org.kalamdb.jdbc.exec;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;

/**
 * Reads a cell of a scanned column as a runtime value of the dialect's expression evaluator
 * ({@link org.kalamdb.jdbc.sql.expr.SqlValues}): Boolean, Long (every integer width), Double,
 * BigDecimal, String, byte[], UUID, LocalDate, LocalTime, LocalDateTime (TIMESTAMP: a wall clock),
 * OffsetDateTime in UTC (DATETIME: an instant), and float[] for EMBEDDING. Used for WHERE
 * residuals, ORDER BY keys and UPDATE expressions over the old row.
 */
public final class SqlValueReader {

    private SqlValueReader() {
    }

    public static Object read(ColumnVector v, int row) {
        if (v.isNull(row)) {
            return null;
        }
        ArrowType type = v.field().type();
        if (type instanceof ArrowType.Bool) {
            return v.getBoolean(row);
        }
        if (type instanceof ArrowType.Int) {
            return v.getLong(row);
        }
        if (type instanceof ArrowType.FloatingPoint) {
            return v.getDouble(row);
        }
        if (type instanceof ArrowType.Decimal) {
            return v.getDecimal(row);
        }
        if (type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8 || type instanceof ArrowType.Utf8View) {
            return v.getString(row);
        }
        if (type instanceof ArrowType.FixedSizeBinary fsb && fsb.byteWidth() == 16) {
            ByteBuffer b = ByteBuffer.wrap(v.getBytes(row));
            return new UUID(b.getLong(), b.getLong());
        }
        if (type instanceof ArrowType.Binary || type instanceof ArrowType.LargeBinary
                || type instanceof ArrowType.BinaryView || type instanceof ArrowType.FixedSizeBinary) {
            return v.getBytes(row);
        }
        if (type instanceof ArrowType.Date d) {
            long n = v.getLong(row);
            return d.unit() == ArrowType.DateUnit.DAY ? LocalDate.ofEpochDay(n)
                    : LocalDate.ofEpochDay(Math.floorDiv(n, 86_400_000L));
        }
        if (type instanceof ArrowType.Time t) {
            return LocalTime.ofNanoOfDay(toNanos(v.getLong(row), t.unit()));
        }
        if (type instanceof ArrowType.Timestamp ts) {
            long nanos = v.getLong(row);
            Instant instant = toInstant(nanos, ts.unit());
            if (ts.timezone() == null) {
                return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            }
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (type instanceof ArrowType.FixedSizeList || type instanceof ArrowType.List) {
            ColumnVector child = v.child();
            int start = v.listStart(row);
            int len = v.listLength(row);
            float[] out = new float[len];
            for (int i = 0; i < len; i++) {
                out[i] = child.isNull(start + i) ? 0f : (float) child.getDouble(start + i);
            }
            return out;
        }
        if (type instanceof ArrowType.Null) {
            return null;
        }
        throw new IllegalStateException("column '" + v.field().name() + "' has the unsupported Arrow type " + type);
    }

    private static long toNanos(long value, ArrowType.TimeUnit unit) {
        return switch (unit) {
            case SECOND -> value * 1_000_000_000L;
            case MILLISECOND -> value * 1_000_000L;
            case MICROSECOND -> value * 1_000L;
            case NANOSECOND -> value;
        };
    }

    private static Instant toInstant(long value, ArrowType.TimeUnit unit) {
        return switch (unit) {
            case SECOND -> Instant.ofEpochSecond(value);
            case MILLISECOND -> Instant.ofEpochMilli(value);
            case MICROSECOND -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L),
                    Math.floorMod(value, 1_000_000L) * 1_000L);
            case NANOSECOND -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L),
                    Math.floorMod(value, 1_000_000_000L));
        };
    }

    /** Numbers of any class as BigDecimal (for mixed comparisons); null for non-numbers. */
    static BigDecimal asDecimal(Object v) {
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return BigDecimal.valueOf(d);
        }
        if (v instanceof BigDecimal b) {
            return b;
        }
        return null;
    }
}
