package org.kalamdb.jdbc.liquibase;

import liquibase.database.Database;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.AddAutoIncrementStatement;
import liquibase.statement.core.AddForeignKeyConstraintStatement;
import liquibase.statement.core.AddPrimaryKeyStatement;
import liquibase.statement.core.AddUniqueConstraintStatement;
import liquibase.statement.core.AlterSequenceStatement;
import liquibase.statement.core.CreateIndexStatement;
import liquibase.statement.core.CreateSequenceStatement;
import liquibase.statement.core.CreateViewStatement;
import liquibase.statement.core.DropForeignKeyConstraintStatement;
import liquibase.statement.core.DropIndexStatement;
import liquibase.statement.core.DropPrimaryKeyStatement;
import liquibase.statement.core.DropSequenceStatement;
import liquibase.statement.core.DropViewStatement;
import liquibase.statement.core.RenameTableStatement;

/**
 * Changes KalamDB cannot carry out. Each generator fails Liquibase's validation, which runs before the first
 * changeset, with a message saying what KalamDB lacks, instead of letting a generic statement fail half-way through
 * an update (or, worse, be accepted and silently ignored, as KalamDB does with constraints inside CREATE TABLE).
 */
public final class KalamUnsupportedStatements {

    private KalamUnsupportedStatements() {
    }

    /** Refuses one kind of statement on KalamDB with a fixed reason. */
    abstract static class Refusal<T extends SqlStatement> extends AbstractSqlGenerator<T> {

        private final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }

        @Override
        public int getPriority() {
            return PRIORITY_DATABASE;
        }

        @Override
        public boolean supports(T statement, Database database) {
            return database instanceof KalamDatabase;
        }

        @Override
        public ValidationErrors validate(T statement, Database database, SqlGeneratorChain<T> chain) {
            return new ValidationErrors().addError(reason);
        }

        @Override
        public Sql[] generateSql(T statement, Database database, SqlGeneratorChain<T> chain) {
            throw new UnexpectedLiquibaseException(reason);
        }
    }

    private static final String NO_FOREIGN_KEYS = "KalamDB has no foreign keys";
    private static final String NO_INDEXES =
            "KalamDB has no secondary indexes (vector indexes on EMBEDDING columns are created with sql: "
                    + "ALTER TABLE t CREATE INDEX column)";
    private static final String NO_SEQUENCES =
            "KalamDB has no sequences; use an autoIncrement BIGINT column (DEFAULT SNOWFLAKE_ID())";
    private static final String NO_VIEWS = "KalamDB has no views";
    private static final String FIXED_PRIMARY_KEY =
            "KalamDB fixes a table's single-column primary key when the table is created";

    public static final class AddForeignKey extends Refusal<AddForeignKeyConstraintStatement> {
        public AddForeignKey() {
            super(NO_FOREIGN_KEYS);
        }
    }

    public static final class DropForeignKey extends Refusal<DropForeignKeyConstraintStatement> {
        public DropForeignKey() {
            super(NO_FOREIGN_KEYS);
        }
    }

    public static final class CreateIndex extends Refusal<CreateIndexStatement> {
        public CreateIndex() {
            super(NO_INDEXES);
        }
    }

    public static final class DropIndex extends Refusal<DropIndexStatement> {
        public DropIndex() {
            super(NO_INDEXES);
        }
    }

    public static final class CreateSequence extends Refusal<CreateSequenceStatement> {
        public CreateSequence() {
            super(NO_SEQUENCES);
        }
    }

    public static final class AlterSequence extends Refusal<AlterSequenceStatement> {
        public AlterSequence() {
            super(NO_SEQUENCES);
        }
    }

    public static final class DropSequence extends Refusal<DropSequenceStatement> {
        public DropSequence() {
            super(NO_SEQUENCES);
        }
    }

    public static final class CreateView extends Refusal<CreateViewStatement> {
        public CreateView() {
            super(NO_VIEWS);
        }
    }

    public static final class DropView extends Refusal<DropViewStatement> {
        public DropView() {
            super(NO_VIEWS);
        }
    }

    public static final class AddPrimaryKey extends Refusal<AddPrimaryKeyStatement> {
        public AddPrimaryKey() {
            super(FIXED_PRIMARY_KEY);
        }
    }

    public static final class DropPrimaryKey extends Refusal<DropPrimaryKeyStatement> {
        public DropPrimaryKey() {
            super(FIXED_PRIMARY_KEY);
        }
    }

    public static final class AddUniqueConstraint extends Refusal<AddUniqueConstraintStatement> {
        public AddUniqueConstraint() {
            super("KalamDB does not enforce UNIQUE constraints; only the primary key is unique");
        }
    }

    public static final class AddAutoIncrement extends Refusal<AddAutoIncrementStatement> {
        public AddAutoIncrement() {
            super("KalamDB cannot make an existing column auto-increment; declare it autoIncrement when the table "
                    + "is created");
        }
    }

    public static final class RenameTable extends Refusal<RenameTableStatement> {
        public RenameTable() {
            super("KalamDB cannot rename tables");
        }
    }
}
