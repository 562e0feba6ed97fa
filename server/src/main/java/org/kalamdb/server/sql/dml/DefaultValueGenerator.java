package org.kalamdb.server.sql.dml;

import java.util.Locale;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.sql.ExecutionIdentity;
import org.kalamdb.server.sql.query.IdGenerators;
import org.kalamdb.server.sql.query.TemporalText;

/**
 * Column DEFAULTs on the SQL INSERT path (server.md 2.4; transaction_batch_insert.rs): the
 * recognised functions (NOW/CURRENT_TIMESTAMP as the statement's millisecond time, CURRENT_USER,
 * SNOWFLAKE_ID with the 2024 epoch, UUID_V7, ULID) and JSON literals, coerced to the column type.
 */
final class DefaultValueGenerator {

    private final ExecutionIdentity identity;
    private final long statementMillis;

    DefaultValueGenerator(ExecutionIdentity identity, long statementMillis) {
        this.identity = identity;
        this.statementMillis = statementMillis;
    }

    /** The default of this column for one new row, already in the column's canonical form. */
    Object value(ColumnDef column) {
        ColumnDefault d = column.defaultValue();
        if (d instanceof ColumnDefault.Literal l) {
            return ColumnCoercion.coerce(l.value(), literalType(l.value()), column);
        }
        String name = ((ColumnDefault.FunctionCall) d).name().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "NOW", "CURRENT_TIMESTAMP" -> nowFor(column);
            case "CURRENT_USER" -> ColumnCoercion.coerce(identity.userId(), ArrowType.UTF8, column);
            case "SNOWFLAKE_ID" -> ColumnCoercion.coerce(IdGenerators.snowflakeDefault(), ArrowType.INT64, column);
            case "UUID_V7" -> ColumnCoercion.coerce(IdGenerators.uuidV7(), ArrowType.UTF8, column);
            case "ULID" -> ColumnCoercion.coerce(IdGenerators.ulid(), ArrowType.UTF8, column);
            default -> throw new IllegalStateException("unexpected stored default function " + name);
        };
    }

    /** json_value_to_scalar: integers Int64, other numbers Float64, strings Utf8. */
    private static ArrowType literalType(Object value) {
        if (value instanceof Long) {
            return ArrowType.INT64;
        }
        if (value instanceof Double) {
            return ArrowType.FLOAT64;
        }
        if (value instanceof Boolean) {
            return ArrowType.BOOL;
        }
        return ArrowType.UTF8;
    }

    /** A TimestampMillisecond cast to the column type: µs for timestamps, the raw ms for integers. */
    private Object nowFor(ColumnDef column) {
        KalamType type = column.type();
        return switch (type.kind()) {
            case TIMESTAMP, DATETIME -> statementMillis * 1000;
            case DATE -> (int) Math.floorDiv(statementMillis, 86_400_000L);
            case TEXT, JSON, FILE -> TemporalText.formatTimestamp(statementMillis * 1000, false);
            default -> ColumnCoercion.coerce(statementMillis, new ArrowType.Timestamp(ArrowType.TimeUnit.MILLISECOND, null),
                    column);
        };
    }
}
