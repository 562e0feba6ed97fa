package org.kalamdb.server.catalog;

/**
 * A column DEFAULT as KalamDB stores it (server.md 2.4): a recognised function call or a JSON
 * literal. Unrecognised functions are stored as a string literal of their text (a real-server
 * misfeature kept on purpose).
 */
public sealed interface ColumnDefault {

    /** {@code DESCRIBE}'s column_default, SQL form: 'text', TRUE, 42, SNOWFLAKE_ID(). */
    String sqlForm();

    /** {@code system.columns.default_value}, Rust Debug form: String("user"), Bool(false), SNOWFLAKE_ID(). */
    String debugForm();

    record FunctionCall(String name) implements ColumnDefault {
        @Override
        public String sqlForm() {
            return name + "()";
        }

        @Override
        public String debugForm() {
            return name + "()";
        }
    }

    /** value: null, Boolean, Long, Double, java.math.BigDecimal or String. */
    record Literal(Object value) implements ColumnDefault {
        @Override
        public String sqlForm() {
            if (value == null) {
                return "NULL";
            }
            if (value instanceof String s) {
                return "'" + s.replace("'", "''") + "'";
            }
            if (value instanceof Boolean b) {
                return b ? "TRUE" : "FALSE";
            }
            return value.toString();
        }

        @Override
        public String debugForm() {
            if (value == null) {
                return "Null";
            }
            if (value instanceof String s) {
                return "String(\"" + s + "\")";
            }
            if (value instanceof Boolean b) {
                return "Bool(" + b + ")";
            }
            return "Number(" + value + ")";
        }
    }
}
