package org.kalamdb.jdbc.exec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.kalamdb.jdbc.types.KalamType;

/**
 * Converts the canonical values of type-mapping's ValueCoercer (µs for TIMESTAMP/DATETIME/TIME,
 * days for DATE, Short/Integer/Float for the narrow types) into runtime values of the expression
 * evaluator, so that RETURNING expressions and UPDATE comparisons see SQL values.
 */
final class CanonicalValues {

    private CanonicalValues() {
    }

    static Object toRuntime(Object value, KalamType type) {
        if (value == null) {
            return null;
        }
        return switch (type.kind()) {
            case SMALLINT, INT, BIGINT -> ((Number) value).longValue();
            case FLOAT, DOUBLE -> ((Number) value).doubleValue();
            case DATE -> LocalDate.ofEpochDay(((Number) value).longValue());
            case TIME -> LocalTime.ofNanoOfDay(((Number) value).longValue() * 1_000L);
            case TIMESTAMP -> LocalDateTime.ofInstant(micros(((Number) value).longValue()), ZoneOffset.UTC);
            case DATETIME -> OffsetDateTime.ofInstant(micros(((Number) value).longValue()), ZoneOffset.UTC);
            default -> value;
        };
    }

    private static Instant micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1_000L);
    }
}
