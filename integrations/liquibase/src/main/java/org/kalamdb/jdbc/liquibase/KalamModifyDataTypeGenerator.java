package org.kalamdb.jdbc.liquibase;

import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.core.ModifyDataTypeStatement;
import liquibase.structure.core.Column;
import liquibase.structure.core.Table;

/**
 * Changes a column's type with KalamDB's {@code ALTER TABLE … MODIFY COLUMN c TYPE} (KalamDB rejects PostgreSQL's
 * {@code ALTER COLUMN … TYPE}). KalamDB changes the column's metadata only.
 */
public class KalamModifyDataTypeGenerator extends AbstractSqlGenerator<ModifyDataTypeStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(ModifyDataTypeStatement statement, Database database) {
        return database instanceof KalamDatabase;
    }

    @Override
    public ValidationErrors validate(ModifyDataTypeStatement statement, Database database,
            SqlGeneratorChain<ModifyDataTypeStatement> chain) {
        ValidationErrors errors = new ValidationErrors();
        errors.checkRequiredField("tableName", statement.getTableName());
        errors.checkRequiredField("columnName", statement.getColumnName());
        errors.checkRequiredField("newDataType", statement.getNewDataType());
        return errors;
    }

    @Override
    public Sql[] generateSql(ModifyDataTypeStatement statement, Database database,
            SqlGeneratorChain<ModifyDataTypeStatement> chain) {
        String type = KalamTypes.toKalam(DataTypeFactory.getInstance().fromDescription(statement.getNewDataType(),
                database));
        String sql = "ALTER TABLE "
                + database.escapeTableName(statement.getCatalogName(), statement.getSchemaName(),
                        statement.getTableName())
                + " MODIFY COLUMN " + database.escapeColumnName(statement.getCatalogName(), statement.getSchemaName(),
                        statement.getTableName(), statement.getColumnName())
                + " " + type;
        Table table = (Table) new Table().setName(statement.getTableName())
                .setSchema(statement.getCatalogName(), statement.getSchemaName());
        return new Sql[] {new UnparsedSql(sql, new Column().setRelation(table).setName(statement.getColumnName()))};
    }
}
