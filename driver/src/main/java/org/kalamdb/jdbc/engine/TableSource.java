package org.kalamdb.jdbc.engine;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What the engine queries: the namespaces and tables of one connection and their rows. The driver
 * implements it over its transport session's {@code Scan} (design.md D3), so every scan is tenant-
 * and transaction-scoped; it flushes the write buffer of a table before scanning it, which gives
 * read-your-writes inside transactions.
 *
 * <p>Names are the stored lowercase names. Rows carry canonical Java values by column type:
 * BOOLEAN Boolean, SMALLINT Short, INT Integer, BIGINT Long, FLOAT Float, DOUBLE Double, DECIMAL
 * BigDecimal, TEXT/JSON/FILE String, BYTES byte[], TIMESTAMP/DATETIME Long microseconds since the
 * epoch, DATE Integer days since the epoch, TIME Long microseconds of the day, UUID
 * java.util.UUID, EMBEDDING float[]; null for NULL.
 *
 * <p>The engine calls it from the thread that executes the query; one source serves one
 * connection.
 */
public interface TableSource {

    /** Every namespace the connection can see. */
    List<String> namespaces() throws SQLException;

    /** The table names of one namespace (empty for an unknown namespace). */
    List<String> tableNames(String namespace) throws SQLException;

    /** One table's definition, or empty when it does not exist. */
    Optional<TableDefinition> table(String namespace, String name) throws SQLException;

    /** Starts a scan. The engine closes the cursor when it is done with it. */
    RowCursor scan(ScanRequest request) throws SQLException;
}
