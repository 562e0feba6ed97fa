package org.kalamdb.jdbc.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import liquibase.datatype.DataTypeFactory;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.AutoIncrementConstraint;
import liquibase.statement.ForeignKeyConstraint;
import liquibase.statement.NotNullConstraint;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.AddColumnStatement;
import liquibase.statement.core.AddForeignKeyConstraintStatement;
import liquibase.statement.core.CreateDatabaseChangeLogLockTableStatement;
import liquibase.statement.core.CreateDatabaseChangeLogTableStatement;
import liquibase.statement.core.CreateIndexStatement;
import liquibase.statement.core.CreateSequenceStatement;
import liquibase.statement.core.CreateTableStatement;
import liquibase.statement.core.ModifyDataTypeStatement;
import liquibase.structure.core.Column;
import org.junit.jupiter.api.Test;

/** The SQL this extension makes Liquibase generate for KalamDB. No database connection involved. */
class KalamSqlGenerationTest {

    private final KalamDatabase database = new KalamDatabase();

    private List<String> sql(SqlStatement statement) {
        Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, database);
        return Arrays.stream(sql).map(Sql::toSql).toList();
    }

    private ValidationErrors validate(SqlStatement statement) {
        return SqlGeneratorFactory.getInstance().validate(statement, database);
    }

    private CreateTableStatement table(String name) {
        return new CreateTableStatement(null, null, name);
    }

    @Test
    void createTableMapsEveryPortableTypeToAKalamDbType() {
        CreateTableStatement create = table("everything")
                .addPrimaryKeyColumn("id", DataTypeFactory.getInstance().fromDescription("bigint", database), null,
                        null, null)
                .addColumn("name", DataTypeFactory.getInstance().fromDescription("varchar(100)", database),
                        new NotNullConstraint())
                .addColumn("code", DataTypeFactory.getInstance().fromDescription("char(3)", database))
                .addColumn("notes", DataTypeFactory.getInstance().fromDescription("clob", database))
                .addColumn("body", DataTypeFactory.getInstance().fromDescription("text", database))
                .addColumn("tiny", DataTypeFactory.getInstance().fromDescription("tinyint", database))
                .addColumn("small", DataTypeFactory.getInstance().fromDescription("smallint", database))
                .addColumn("count", DataTypeFactory.getInstance().fromDescription("int", database))
                .addColumn("price", DataTypeFactory.getInstance().fromDescription("decimal(10,2)", database))
                .addColumn("amount", DataTypeFactory.getInstance().fromDescription("numeric(12,4)", database))
                .addColumn("money", DataTypeFactory.getInstance().fromDescription("currency", database))
                .addColumn("ratio", DataTypeFactory.getInstance().fromDescription("double", database))
                .addColumn("approx", DataTypeFactory.getInstance().fromDescription("float", database))
                .addColumn("flag", DataTypeFactory.getInstance().fromDescription("boolean", database))
                .addColumn("born", DataTypeFactory.getInstance().fromDescription("date", database))
                .addColumn("alarm", DataTypeFactory.getInstance().fromDescription("time", database))
                .addColumn("seen", DataTypeFactory.getInstance().fromDescription("datetime", database))
                .addColumn("stamp", DataTypeFactory.getInstance().fromDescription("timestamp", database))
                .addColumn("zoned", DataTypeFactory.getInstance().fromDescription("timestamp with time zone",
                        database))
                .addColumn("blob", DataTypeFactory.getInstance().fromDescription("blob", database))
                .addColumn("uid", DataTypeFactory.getInstance().fromDescription("uuid", database))
                .addColumn("doc", DataTypeFactory.getInstance().fromDescription("json", database))
                .addColumn("vec", DataTypeFactory.getInstance().fromDescription("embedding(384)", database));

        assertEquals(List.of("CREATE TABLE everything (id BIGINT PRIMARY KEY, name TEXT NOT NULL, code TEXT, "
                + "notes TEXT, body TEXT, tiny SMALLINT, small SMALLINT, count INT, price DECIMAL(10, 2), "
                + "amount DECIMAL(12, 4), money DECIMAL(19, 4), ratio DOUBLE, approx FLOAT, flag BOOLEAN, "
                + "born DATE, alarm TIME, seen TIMESTAMP, stamp TIMESTAMP, zoned DATETIME, blob BYTES, uid UUID, "
                + "doc JSON, vec EMBEDDING(384))"), sql(create));
    }

    @Test
    void anAutoIncrementKeyBecomesASnowflakeBigint() {
        CreateTableStatement create = table("events")
                .addPrimaryKeyColumn("id", DataTypeFactory.getInstance().fromDescription("int", database), null,
                        null, null, new AutoIncrementConstraint("id"))
                .addColumn("kind", DataTypeFactory.getInstance().fromDescription("varchar(20)", database),
                        "created");

        assertEquals(List.of("CREATE TABLE events (id BIGINT DEFAULT SNOWFLAKE_ID() PRIMARY KEY, "
                + "kind TEXT DEFAULT 'created')"), sql(create));
        assertTrue(SqlGeneratorFactory.getInstance().warn(create, database).getMessages().stream()
                .anyMatch(w -> w.contains("becomes BIGINT DEFAULT SNOWFLAKE_ID()")));
    }

    @Test
    void namesAreQuotedInLowercaseOnlyWhenTheyMustBe() {
        CreateTableStatement create = new CreateTableStatement(null, "default", "Orders")
                .addPrimaryKeyColumn("Id", DataTypeFactory.getInstance().fromDescription("bigint", database), null,
                        null, null)
                .addColumn("user", DataTypeFactory.getInstance().fromDescription("varchar(10)", database));

        assertEquals(List.of("CREATE TABLE \"default\".Orders (Id BIGINT PRIMARY KEY, \"user\" TEXT)"),
                sql(create));
        assertEquals("\"mixedcase\"", database.quoteObject("MixedCase", Column.class));
    }

    @Test
    void theChangeLogTableGetsASurrogateSnowflakeKey() {
        assertEquals(List.of("CREATE TABLE databasechangelog (ID TEXT NOT NULL, AUTHOR TEXT NOT NULL, "
                + "FILENAME TEXT NOT NULL, DATEEXECUTED TIMESTAMP NOT NULL, ORDEREXECUTED INT NOT NULL, "
                + "EXECTYPE TEXT NOT NULL, MD5SUM TEXT, DESCRIPTION TEXT, COMMENTS TEXT, TAG TEXT, LIQUIBASE TEXT, "
                + "CONTEXTS TEXT, LABELS TEXT, DEPLOYMENT_ID TEXT, "
                + "ENTRY_ID BIGINT DEFAULT SNOWFLAKE_ID() PRIMARY KEY)"),
                sql(new CreateDatabaseChangeLogTableStatement()));
    }

    @Test
    void theLockTableIsKeyedById() {
        assertEquals(List.of("CREATE TABLE databasechangeloglock (ID INT PRIMARY KEY, LOCKED BOOLEAN NOT NULL, "
                + "LOCKGRANTED TIMESTAMP, LOCKEDBY TEXT)"), sql(new CreateDatabaseChangeLogLockTableStatement()));
    }

    @Test
    void addColumnIsOneAlterTablePerColumn() {
        AddColumnStatement add = new AddColumnStatement(
                new AddColumnStatement(null, null, "accounts", "email", "varchar(255)", null),
                new AddColumnStatement(null, null, "accounts", "score", "int", 0, new NotNullConstraint()));

        assertEquals(List.of("ALTER TABLE accounts ADD COLUMN email TEXT",
                "ALTER TABLE accounts ADD COLUMN score INT DEFAULT 0 NOT NULL"), sql(add));
    }

    @Test
    void modifyDataTypeUsesKalamDbsModifyColumn() {
        assertEquals(List.of("ALTER TABLE accounts MODIFY COLUMN balance DECIMAL(12, 2)"),
                sql(new ModifyDataTypeStatement(null, null, "accounts", "balance", "numeric(12,2)")));
    }

    @Test
    void tablesWithoutOneSinglePrimaryKeyOrWithForeignKeysAreRefused() {
        CreateTableStatement noKey = table("no_key")
                .addColumn("name", DataTypeFactory.getInstance().fromDescription("varchar(10)", database));
        CreateTableStatement composite = table("pairs")
                .addPrimaryKeyColumn("a", DataTypeFactory.getInstance().fromDescription("int", database), null,
                        "pk_pairs", null)
                .addPrimaryKeyColumn("b", DataTypeFactory.getInstance().fromDescription("int", database), null,
                        "pk_pairs", null);
        CreateTableStatement withForeignKey = table("orders")
                .addPrimaryKeyColumn("id", DataTypeFactory.getInstance().fromDescription("bigint", database), null,
                        null, null)
                .addColumn("account_id", DataTypeFactory.getInstance().fromDescription("bigint", database),
                        new ForeignKeyConstraint("fk_orders_accounts", "accounts(id)").setColumn("account_id"));

        assertEquals(List.of("KalamDB tables need exactly one PRIMARY KEY column; table no_key has none"),
                validate(noKey).getErrorMessages());
        assertTrue(validate(composite).getErrorMessages().stream()
                .anyMatch(e -> e.startsWith("KalamDB does not support composite primary keys")),
                validate(composite).getErrorMessages()::toString);
        assertEquals(List.of("KalamDB has no foreign keys; remove the foreign key constraints of table orders"),
                validate(withForeignKey).getErrorMessages());
    }

    @Test
    void foreignKeysIndexesAndSequencesAreRefusedWithAReason() {
        AddForeignKeyConstraintStatement foreignKey = new AddForeignKeyConstraintStatement("fk", null, null,
                "orders", new liquibase.change.ColumnConfig[] {new liquibase.change.ColumnConfig().setName("a")},
                null, null, "accounts",
                new liquibase.change.ColumnConfig[] {new liquibase.change.ColumnConfig().setName("id")});
        CreateIndexStatement index = new CreateIndexStatement("ix", null, null, "orders", false, null,
                new liquibase.change.AddColumnConfig(new Column("a")));

        assertEquals(List.of("KalamDB has no foreign keys"), validate(foreignKey).getErrorMessages());
        assertTrue(validate(index).getErrorMessages().get(0).startsWith("KalamDB has no secondary indexes"));
        assertTrue(validate(new CreateSequenceStatement(null, null, "seq")).getErrorMessages().get(0)
                .startsWith("KalamDB has no sequences"));
    }
}
