package org.kalamdb.jdbc.schema;

/**
 * A column DEFAULT as the server stores it (server.md 2.4): a recognised function call
 * (SNOWFLAKE_ID, NOW, CURRENT_TIMESTAMP, UUID_V7, ULID, CURRENT_USER) or a literal. The typed
 * Insert applies no default, so the driver evaluates these itself (design.md D4).
 */
public sealed interface ColumnDefaultValue {

    /** A literal: null, Boolean, Long, java.math.BigDecimal or String. */
    record Literal(Object value) implements ColumnDefaultValue {
    }

    /** A function call, name upper-case without parentheses, e.g. {@code SNOWFLAKE_ID}. */
    record Function(String name) implements ColumnDefaultValue {
    }
}
