package org.kalamdb.server.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Java values handed over by the SQL layer, as client scalars: they then follow exactly the
 * coercion rules of the typed Insert (the SQL engine passes literals, the store casts them).
 */
final class JavaValues {

    private JavaValues() {
    }

    static Map<String, Scalar> row(Map<String, Object> values) {
        Map<String, Scalar> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            out.put(e.getKey(), scalar(e.getValue()));
        }
        return out;
    }

    static Scalar scalar(Object v) {
        if (v == null) {
            return Scalar.UntypedNull.INSTANCE;
        }
        if (v instanceof Scalar s) {
            return s;
        }
        if (v instanceof Boolean b) {
            return new Scalar.Bool(b);
        }
        if (v instanceof Byte b) {
            return new Scalar.Int(Scalar.IntKind.INT8, b.longValue());
        }
        if (v instanceof Short s) {
            return new Scalar.Int(Scalar.IntKind.INT16, s.longValue());
        }
        if (v instanceof Integer i) {
            return new Scalar.Int(Scalar.IntKind.INT32, i.longValue());
        }
        if (v instanceof Long l) {
            return new Scalar.Int(Scalar.IntKind.INT64, l);
        }
        if (v instanceof BigInteger i) {
            return i.bitLength() <= 63 ? new Scalar.Int(Scalar.IntKind.INT64, i.longValue())
                    : new Scalar.Decimal(new BigDecimal(i), Math.max(1, i.abs().toString().length()), 0);
        }
        if (v instanceof Float f) {
            return new Scalar.Floating(true, f.doubleValue());
        }
        if (v instanceof Double d) {
            return new Scalar.Floating(false, d);
        }
        if (v instanceof BigDecimal d) {
            return new Scalar.Decimal(d, Math.max(d.precision(), d.scale()), d.scale());
        }
        if (v instanceof CharSequence s) {
            return new Scalar.Text(false, s.toString());
        }
        if (v instanceof byte[] b) {
            return new Scalar.Bytes(Scalar.BinaryKind.BINARY, b, 0);
        }
        if (v instanceof UUID u) {
            ByteBuffer bb = ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
            return new Scalar.Bytes(Scalar.BinaryKind.FIXED_SIZE_BINARY, bb.array(), 16);
        }
        if (v instanceof float[] f) {
            return new Scalar.Embedding(f.length, f);
        }
        if (v instanceof LocalDate d) {
            return new Scalar.Date32((int) d.toEpochDay());
        }
        if (v instanceof LocalTime t) {
            return new Scalar.Time64(t.toNanoOfDay() / 1000);
        }
        if (v instanceof Instant i) {
            return new Scalar.Timestamp(Scalar.TimeUnit.MICROSECOND, micros(i), "UTC");
        }
        if (v instanceof OffsetDateTime o) {
            return new Scalar.Timestamp(Scalar.TimeUnit.MICROSECOND, micros(o.toInstant()), "UTC");
        }
        if (v instanceof LocalDateTime l) {
            return new Scalar.Timestamp(Scalar.TimeUnit.MICROSECOND, micros(l.toInstant(ZoneOffset.UTC)), null);
        }
        return new Scalar.Text(false, v.toString());
    }

    private static long micros(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000L);
    }
}
