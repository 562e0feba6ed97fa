package org.kalamdb.server.sql;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.store.DataAccess;

/**
 * The server's SQL engine (KalamDB DDL, SELECT over tables and system views, SQL DML).
 * PLACEHOLDER: replaced by the SQL entry-point work; keeps the constructor the RPC layer wires.
 */
public final class KalamSqlExecutor implements SqlExecutor {

    private final Catalog catalog;
    private final DataAccess data;

    public KalamSqlExecutor(Catalog catalog, DataAccess data) {
        this.catalog = catalog;
        this.data = data;
    }

    @Override
    public SqlOutcome execute(String sql) {
        throw KalamError.internal("Invalid SQL: SQL engine not available yet (catalog has "
                + catalog.tables().size() + " tables, store " + data.getClass().getSimpleName() + ")");
    }
}
