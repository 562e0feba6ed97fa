package org.kalamdb.jdbc.flyway;

import java.sql.SQLException;
import org.flywaydb.core.internal.database.base.Schema;
import org.flywaydb.core.internal.database.base.Table;
import org.flywaydb.core.internal.jdbc.JdbcTemplate;

/**
 * A KalamDB namespace. The driver maps {@code CREATE SCHEMA}/{@code DROP SCHEMA} to namespaces and reports
 * namespaces as JDBC schemas, so existence and contents come from JDBC metadata ({@link NamespaceCatalog}).
 *
 * <p>KalamDB has no views, sequences, functions, types or foreign keys: cleaning a namespace means dropping every
 * table in it, in any order.
 */
final class KalamSchema extends Schema<KalamDatabase, KalamTable> {

    KalamSchema(JdbcTemplate jdbcTemplate, KalamDatabase database, String name) {
        super(jdbcTemplate, database, name);
    }

    @Override
    protected boolean doExists() throws SQLException {
        return catalog().namespaceExists(name);
    }

    @Override
    protected boolean doEmpty() throws SQLException {
        return doAllTables().length == 0;
    }

    @Override
    protected void doCreate() throws SQLException {
        jdbcTemplate.execute("CREATE SCHEMA " + database.quote(name));
    }

    @Override
    protected void doDrop() throws SQLException {
        // KalamDB drops the tables of a namespace with it; CASCADE says so in PostgreSQL's terms.
        jdbcTemplate.execute("DROP SCHEMA " + database.quote(name) + " CASCADE");
    }

    @Override
    protected void doClean() throws SQLException {
        for (KalamTable table : doAllTables()) {
            table.drop();
        }
    }

    @Override
    protected KalamTable[] doAllTables() throws SQLException {
        return catalog().tableNames(name).stream()
                .map(table -> new KalamTable(jdbcTemplate, database, this, table))
                .toArray(KalamTable[]::new);
    }

    @Override
    public Table<?, ?> getTable(String tableName) {
        return new KalamTable(jdbcTemplate, database, this, KalamNames.normalize(tableName));
    }

    private NamespaceCatalog catalog() {
        return new NamespaceCatalog(database.getJdbcMetaData());
    }
}
