package org.kalamdb.jdbc.exec;

import java.sql.SQLException;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.schema.ColumnDefaultValue;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.util.TimeOrderedIds;

/**
 * Evaluates column DEFAULTs on the client (design.md D4): KalamDB's typed Insert applies none, so
 * the driver does what the server's SQL path would do — SNOWFLAKE_ID() with the server's layout,
 * NOW()/CURRENT_TIMESTAMP (the transaction's now()), UUID_V7(), ULID(), CURRENT_USER (the row's
 * tenant) and literals.
 */
final class ColumnDefaults {

    private ColumnDefaults() {
    }

    /** The default of {@code column} for a row owned by {@code userId}; null when it has none. */
    static Object valueFor(ColumnSchema column, String userId, ExecutionContext context) throws SQLException {
        ColumnDefaultValue d = column.defaultValue();
        if (d == null) {
            return null;
        }
        if (d instanceof ColumnDefaultValue.Literal literal) {
            return literal.value();
        }
        String name = ((ColumnDefaultValue.Function) d).name();
        return switch (name) {
            case "SNOWFLAKE_ID" -> context.nextSnowflakeId();
            case "NOW", "CURRENT_TIMESTAMP" -> context.session().now(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            case "UUID_V7" -> TimeOrderedIds.uuidV7().toString();
            case "ULID" -> TimeOrderedIds.ulid();
            case "CURRENT_USER", "CURRENT_USER_ID" -> userId;
            default -> throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "The DEFAULT " + name + "() of column " + column.name() + " is not supported by the driver");
        };
    }
}
