package org.kalamdb.jdbc.flyway;

import java.sql.SQLException;
import org.flywaydb.core.internal.database.base.Connection;
import org.flywaydb.core.internal.database.base.Schema;

/**
 * A Flyway connection to KalamDB. The current schema is the connection's current namespace, which the driver
 * exposes through {@link java.sql.Connection#getSchema()} and {@link java.sql.Connection#setSchema(String)}.
 */
final class KalamConnection extends Connection<KalamDatabase> {

    KalamConnection(KalamDatabase database, java.sql.Connection connection) {
        super(database, connection);
    }

    /** KalamDB's namespace for unqualified names when the connection names none. */
    static final String DEFAULT_NAMESPACE = "default";

    @Override
    protected String getCurrentSchemaNameOrSearchPath() throws SQLException {
        String schema = getJdbcConnection().getSchema();
        return schema == null ? DEFAULT_NAMESPACE : schema;
    }

    @Override
    protected void doChangeCurrentSchemaOrSearchPathTo(String schema) throws SQLException {
        String namespace = KalamNames.normalize(schema);
        if (namespace != null && !namespace.equals(getJdbcConnection().getSchema())) {
            getJdbcConnection().setSchema(namespace);
        }
    }

    @Override
    public Schema<?, ?> getSchema(String name) {
        return new KalamSchema(jdbcTemplate, database, KalamNames.normalize(name));
    }
}
