package org.kalamdb.jdbc.liquibase;

import java.util.ArrayList;
import java.util.List;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.exception.Warnings;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.AutoIncrementConstraint;
import liquibase.statement.PrimaryKeyConstraint;
import liquibase.statement.core.CreateTableStatement;
import liquibase.structure.core.Table;

/**
 * CREATE TABLE in KalamDB's dialect.
 *
 * <p>KalamDB needs exactly one PRIMARY KEY column and has no foreign keys, so a table without a primary key, with a
 * composite one, or with a foreign key fails validation, before any changeset runs. UNIQUE is accepted by KalamDB
 * and not enforced: it is left out, with a warning. Tablespaces, remarks and partitioning have no KalamDB
 * equivalent and are ignored. Auto-increment columns become {@code BIGINT DEFAULT SNOWFLAKE_ID()}.
 */
public class KalamCreateTableGenerator extends AbstractSqlGenerator<CreateTableStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(CreateTableStatement statement, Database database) {
        return database instanceof KalamDatabase;
    }

    @Override
    public ValidationErrors validate(CreateTableStatement statement, Database database,
            SqlGeneratorChain<CreateTableStatement> chain) {
        ValidationErrors errors = new ValidationErrors();
        errors.checkRequiredField("tableName", statement.getTableName());
        errors.checkRequiredField("columns", statement.getColumns());
        String table = statement.getTableName();
        List<String> primaryKey = primaryKeyColumns(statement);
        if (primaryKey.isEmpty()) {
            errors.addError("KalamDB tables need exactly one PRIMARY KEY column; table " + table + " has none");
        } else if (primaryKey.size() > 1) {
            errors.addError("KalamDB does not support composite primary keys; table " + table + " declares "
                    + String.join(", ", primaryKey));
        }
        for (String column : statement.getColumns()) {
            if (statement.getColumnTypes().get(column) == null) {
                errors.addError("KalamDB has no computed columns; give " + table + "." + column + " a type");
            }
        }
        if (!statement.getForeignKeyConstraints().isEmpty()) {
            errors.addError("KalamDB has no foreign keys; remove the foreign key constraints of table " + table);
        }
        if (statement.getTableType() != null && !statement.getTableType().isBlank()) {
            errors.addError("KalamDB has no " + statement.getTableType().trim() + " tables (table " + table + ")");
        }
        return errors;
    }

    @Override
    public Warnings warn(CreateTableStatement statement, Database database,
            SqlGeneratorChain<CreateTableStatement> chain) {
        Warnings warnings = new Warnings();
        if (!statement.getUniqueConstraints().isEmpty()) {
            warnings.addWarning("KalamDB does not enforce UNIQUE constraints; they are left out of table "
                    + statement.getTableName());
        }
        for (KalamColumn column : columns(statement)) {
            if (column.autoIncrementWidened()) {
                warnings.addWarning("Auto-increment column " + statement.getTableName() + "." + column.name()
                        + " becomes BIGINT DEFAULT SNOWFLAKE_ID(): KalamDB generates 64-bit snowflake ids");
            }
        }
        return warnings;
    }

    @Override
    public Sql[] generateSql(CreateTableStatement statement, Database database,
            SqlGeneratorChain<CreateTableStatement> chain) {
        List<String> definitions = new ArrayList<>();
        for (KalamColumn column : columns(statement)) {
            definitions.add(KalamColumnDdl.render(column, database, statement.getCatalogName(),
                    statement.getSchemaName(), statement.getTableName()));
        }
        String sql = "CREATE TABLE "
                + (statement.isIfNotExists() ? "IF NOT EXISTS " : "")
                + database.escapeTableName(statement.getCatalogName(), statement.getSchemaName(),
                        statement.getTableName())
                + " (" + String.join(", ", definitions) + ")";
        Table affected = (Table) new Table().setName(statement.getTableName())
                .setSchema(statement.getCatalogName(), statement.getSchemaName());
        return new Sql[] {new UnparsedSql(sql, affected)};
    }

    private static List<String> primaryKeyColumns(CreateTableStatement statement) {
        PrimaryKeyConstraint primaryKey = statement.getPrimaryKeyConstraint();
        return primaryKey == null ? List.of() : primaryKey.getColumns();
    }

    private static List<KalamColumn> columns(CreateTableStatement statement) {
        List<String> primaryKey = primaryKeyColumns(statement);
        List<KalamColumn> columns = new ArrayList<>();
        for (String name : statement.getColumns()) {
            columns.add(new KalamColumn(name, statement.getColumnTypes().get(name), statement.getDefaultValue(name),
                    statement.getNotNullColumns().containsKey(name), primaryKey.size() == 1 && primaryKey.contains(name),
                    isAutoIncrement(statement, name)));
        }
        return columns;
    }

    private static boolean isAutoIncrement(CreateTableStatement statement, String column) {
        for (AutoIncrementConstraint constraint : statement.getAutoIncrementConstraints()) {
            if (column.equals(constraint.getColumnName())) {
                return true;
            }
        }
        return statement.getColumnTypes().get(column) != null && statement.getColumnTypes().get(column)
                .isAutoIncrement();
    }
}
