package org.kalamdb.jdbc.liquibase;

import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.sqlgenerator.core.CreateDatabaseChangeLogTableGenerator;
import liquibase.statement.AutoIncrementConstraint;
import liquibase.statement.core.CreateDatabaseChangeLogTableStatement;
import liquibase.statement.core.CreateTableStatement;

/**
 * DATABASECHANGELOG for KalamDB: Liquibase's standard columns plus the single primary key column every KalamDB
 * table needs.
 *
 * <p>The changelog already has a column named {@code ID}, but it holds the changeset id, which is unique only
 * together with AUTHOR and FILENAME; KalamDB keys are single columns and column names are case-insensitive, so the
 * key is a separate column, {@value #KEY_COLUMN}, a snowflake id the driver fills in on INSERT. Liquibase never
 * names it: its INSERTs leave it out, and its UPDATEs and DELETEs select rows by ID, AUTHOR and FILENAME, which the
 * driver turns into per-key writes. All of that runs in autocommit ({@link KalamDatabase#supportsDDLInTransaction()}
 * is false), so KalamDB's rule that transactional INSERTs need a key column named {@code id} never applies.
 */
public class KalamChangeLogTableGenerator extends CreateDatabaseChangeLogTableGenerator {

    /** The surrogate primary key of DATABASECHANGELOG. */
    public static final String KEY_COLUMN = "ENTRY_ID";

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(CreateDatabaseChangeLogTableStatement statement, Database database) {
        return database instanceof KalamDatabase;
    }

    @Override
    protected CreateTableStatement getCreateTableStatement(Database database) {
        return super.getCreateTableStatement(database).addPrimaryKeyColumn(KEY_COLUMN,
                DataTypeFactory.getInstance().fromDescription("bigint", database), null, null, null,
                new AutoIncrementConstraint(KEY_COLUMN));
    }
}
