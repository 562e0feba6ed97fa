package org.kalamdb.server.sql.ddl;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.ColumnDefault;

/** The single operation of an ALTER TABLE statement (server.md 2.6; alter_table.rs ColumnOperation). */
public sealed interface AlterOperation {

    /** Column names are as written (case kept); the handler compares them as upstream does. */
    record AddColumn(String column, KalamType type, boolean nullable, ColumnDefault defaultValue) implements AlterOperation {
    }

    record DropColumn(String column) implements AlterOperation {
    }

    /** {@code nullable} null: not specified. */
    record ModifyColumn(String column, KalamType type, Boolean nullable) implements AlterOperation {
    }

    record SetNullable(String column, boolean nullable) implements AlterOperation {
    }

    record SetDefault(String column, ColumnDefault defaultValue) implements AlterOperation {
    }

    record DropDefault(String column) implements AlterOperation {
    }

    record RenameColumn(String from, String to) implements AlterOperation {
    }

    /** accessLevel lowercase: public, private, restricted, dba. */
    record SetAccessLevel(String accessLevel) implements AlterOperation {
    }

    /** metric: Cosine, L2 or Dot (the Debug spelling used in messages). */
    record CreateVectorIndex(String column, String metric) implements AlterOperation {
    }

    record DropVectorIndex(String column) implements AlterOperation {
    }
}
