package org.kalamdb.jdbc.flyway;

import java.sql.SQLException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.database.base.Database;
import org.flywaydb.core.internal.database.base.Table;
import org.flywaydb.core.internal.jdbc.JdbcConnectionFactory;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;

/**
 * KalamDB as Flyway sees it.
 *
 * <p>KalamDB refuses DDL inside an open transaction and only lets tables whose primary key column is named
 * {@code id} take part in one. This plugin therefore runs everything Flyway does in autocommit: migrations are
 * applied statement by statement (each statement is atomic on its own; a failed migration is recorded as failed and
 * has to be repaired, as on MySQL or Oracle), and the schema history rows are written outside any transaction, so
 * the history table can keep Flyway's standard layout with {@code installed_rank} as its primary key.
 */
final class KalamDatabase extends Database<KalamConnection> {

    KalamDatabase(Configuration configuration, JdbcConnectionFactory jdbcConnectionFactory,
            StatementInterceptor statementInterceptor) {
        super(configuration, jdbcConnectionFactory, statementInterceptor);
    }

    @Override
    protected KalamConnection doGetConnection(java.sql.Connection connection) {
        return new KalamConnection(this, connection);
    }

    @Override
    public void ensureSupported(Configuration configuration) {
        // Every KalamDB version the driver can talk to is supported: the driver hides protocol differences.
    }

    @Override
    public boolean supportsDdlTransactions() {
        return false;
    }

    /**
     * False, so that Flyway never wraps migrations or schema history updates in a JDBC transaction: DDL inside a
     * transaction is refused by KalamDB (25001), and transactional INSERTs need an {@code id} primary key.
     */
    @Override
    public boolean supportsMultiStatementTransactions() {
        return false;
    }

    @Override
    public String getBooleanTrue() {
        return "TRUE";
    }

    @Override
    public String getBooleanFalse() {
        return "FALSE";
    }

    @Override
    public boolean catalogIsSchema() {
        // One catalog ("kalam") holding namespaces, which the driver reports as schemas.
        return false;
    }

    /**
     * Quotes in lowercase: KalamDB stores every name in lowercase and a quoted mixed-case name never matches.
     */
    @Override
    public String doQuote(String identifier) {
        return super.doQuote(KalamNames.normalize(identifier));
    }

    @Override
    protected String doGetCurrentUser() throws SQLException {
        // installed_by is NOT NULL; an embedded or token-authenticated connection has no user name.
        String user = getJdbcMetaData().getUserName();
        return user == null ? "" : user;
    }

    @Override
    @SuppressWarnings("rawtypes") // the signature Flyway declares
    public String getRawCreateScript(Table table, boolean baseline) {
        String script = new SchemaHistoryTableDdl(this).createTable(table);
        return baseline ? script + getBaselineStatement(table) + ";\n" : script;
    }
}
