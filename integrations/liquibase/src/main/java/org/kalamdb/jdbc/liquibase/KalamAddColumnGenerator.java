package org.kalamdb.jdbc.liquibase;

import java.util.ArrayList;
import java.util.List;
import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.exception.ValidationErrors;
import liquibase.exception.Warnings;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.ColumnConstraint;
import liquibase.statement.ForeignKeyConstraint;
import liquibase.statement.core.AddColumnStatement;
import liquibase.structure.core.Column;
import liquibase.structure.core.Table;

/**
 * ADD COLUMN in KalamDB's dialect: one {@code ALTER TABLE … ADD COLUMN} per column (KalamDB allows one operation
 * per ALTER TABLE). A table's primary key is fixed when it is created, new columns always go last, and there are no
 * foreign keys or generated values for existing rows: those requests fail validation.
 */
public class KalamAddColumnGenerator extends AbstractSqlGenerator<AddColumnStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(AddColumnStatement statement, Database database) {
        return database instanceof KalamDatabase;
    }

    @Override
    public ValidationErrors validate(AddColumnStatement statement, Database database,
            SqlGeneratorChain<AddColumnStatement> chain) {
        ValidationErrors errors = new ValidationErrors();
        for (AddColumnStatement column : columnsOf(statement)) {
            String name = column.getTableName() + "." + column.getColumnName();
            errors.checkRequiredField("columnType", column.getColumnType());
            if (column.isPrimaryKey()) {
                errors.addError("KalamDB fixes a table's primary key when the table is created; cannot add " + name
                        + " as a primary key");
            }
            if (column.isAutoIncrement()) {
                errors.addError("KalamDB cannot add an auto-increment column to an existing table (" + name + ")");
            }
            if (hasForeignKey(column)) {
                errors.addError("KalamDB has no foreign keys (" + name + ")");
            }
            if (column.getAddAfterColumn() != null || column.getAddBeforeColumn() != null
                    || column.getAddAtPosition() != null) {
                errors.addError("KalamDB always adds a column after the existing ones; remove afterColumn, "
                        + "beforeColumn or position from " + name);
            }
        }
        return errors;
    }

    @Override
    public Warnings warn(AddColumnStatement statement, Database database,
            SqlGeneratorChain<AddColumnStatement> chain) {
        Warnings warnings = new Warnings();
        for (AddColumnStatement column : columnsOf(statement)) {
            if (column.isUnique()) {
                warnings.addWarning("KalamDB does not enforce UNIQUE; it is left out of "
                        + column.getTableName() + "." + column.getColumnName());
            }
        }
        return warnings;
    }

    @Override
    public Sql[] generateSql(AddColumnStatement statement, Database database,
            SqlGeneratorChain<AddColumnStatement> chain) {
        List<Sql> sql = new ArrayList<>();
        for (AddColumnStatement column : columnsOf(statement)) {
            KalamColumn definition = new KalamColumn(column.getColumnName(),
                    DataTypeFactory.getInstance().fromDescription(column.getColumnType(), database),
                    column.getDefaultValue(), !column.isNullable(), false, false);
            String alter = "ALTER TABLE "
                    + database.escapeTableName(column.getCatalogName(), column.getSchemaName(), column.getTableName())
                    + " ADD COLUMN " + KalamColumnDdl.render(definition, database, column.getCatalogName(),
                            column.getSchemaName(), column.getTableName());
            sql.add(new UnparsedSql(alter, affectedColumn(column)));
        }
        return sql.toArray(new Sql[0]);
    }

    private static List<AddColumnStatement> columnsOf(AddColumnStatement statement) {
        return statement.isMultiple() ? statement.getColumns() : List.of(statement);
    }

    private static boolean hasForeignKey(AddColumnStatement column) {
        for (ColumnConstraint constraint : column.getConstraints()) {
            if (constraint instanceof ForeignKeyConstraint) {
                return true;
            }
        }
        return false;
    }

    private static Column affectedColumn(AddColumnStatement column) {
        Table table = (Table) new Table().setName(column.getTableName())
                .setSchema(column.getCatalogName(), column.getSchemaName());
        return new Column().setRelation(table).setName(column.getColumnName());
    }
}
