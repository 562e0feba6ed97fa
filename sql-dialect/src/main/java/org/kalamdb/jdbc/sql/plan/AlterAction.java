package org.kalamdb.jdbc.sql.plan;

import java.util.Objects;

/** The one operation of an {@link AlterTable}, in the forms KalamDB accepts (server.md 2.6). */
public sealed interface AlterAction {

    /** The clause after {@code ALTER TABLE <ns>.<t> } in KalamDB SQL. */
    String renderClause();

    /**
     * {@code ADD [COLUMN] [IF NOT EXISTS] col type ...}. KalamDB has no IF NOT EXISTS here: when
     * {@code ifNotExists} is set the driver checks its schema cache and skips the statement.
     */
    record AddColumn(ColumnDef column, boolean ifNotExists) implements AlterAction {
        public AddColumn {
            Objects.requireNonNull(column);
        }

        public String renderClause() {
            return "ADD COLUMN " + column.render();
        }
    }

    /** {@code DROP [COLUMN] [IF EXISTS] col}; with {@code ifExists} the driver skips a missing column. */
    record DropColumn(String column, boolean ifExists) implements AlterAction {
        public String renderClause() {
            return "DROP COLUMN " + column;
        }
    }

    /** {@code ALTER [COLUMN] col SET NOT NULL}. */
    record SetNotNull(String column) implements AlterAction {
        public String renderClause() {
            return "ALTER COLUMN " + column + " SET NOT NULL";
        }
    }

    /** {@code ALTER [COLUMN] col DROP NOT NULL}. */
    record DropNotNull(String column) implements AlterAction {
        public String renderClause() {
            return "ALTER COLUMN " + column + " DROP NOT NULL";
        }
    }

    /** {@code ALTER [COLUMN] col SET DEFAULT expr}. */
    record SetDefault(String column, ColumnDefault value) implements AlterAction {
        public SetDefault {
            Objects.requireNonNull(value);
        }

        public String renderClause() {
            return "ALTER COLUMN " + column + " SET DEFAULT " + value.sql();
        }
    }

    /** {@code ALTER [COLUMN] col DROP DEFAULT}. */
    record DropDefault(String column) implements AlterAction {
        public String renderClause() {
            return "ALTER COLUMN " + column + " DROP DEFAULT";
        }
    }

    /** {@code RENAME [COLUMN] a TO b}. */
    record RenameColumn(String from, String to) implements AlterAction {
        public String renderClause() {
            return "RENAME COLUMN " + from + " TO " + to;
        }
    }

    /**
     * {@code SET (access_level = x)}: KalamDB's {@code SET ACCESS LEVEL}, SHARED tables only.
     *
     * @param level upper case: PUBLIC, PRIVATE, RESTRICTED or DBA
     */
    record SetAccessLevel(String level) implements AlterAction {
        public String renderClause() {
            return "SET ACCESS LEVEL " + level;
        }
    }
}
