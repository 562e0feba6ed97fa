package org.kalamdb.server.sql.ddl;

import java.util.List;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.catalog.TableType;

/**
 * A parsed and parse-validated CREATE TABLE (server.md 2.1–2.4). Column names keep the case they
 * were written in (validation and the PK match use it); they are lowercased when stored.
 * {@code flushPolicyJson} is the policy's serde JSON or null; {@code accessLevel} is lowercase or null.
 */
public record CreateTableStatement(String namespace, String table, TableType type, List<Column> columns,
                                   String primaryKey, String storageId, boolean useUserStorage,
                                   String flushPolicyJson, Long ttlSeconds, String accessLevel,
                                   boolean ifNotExists) {

    public CreateTableStatement {
        columns = List.copyOf(columns);
    }

    public record Column(String name, KalamType type, boolean nullable, ColumnDefault defaultValue, String comment) {
    }
}
