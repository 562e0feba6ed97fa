package org.kalamdb.jdbc.liquibase;

import java.math.BigInteger;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.database.AbstractJdbcDatabase;
import liquibase.database.DatabaseConnection;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.structure.DatabaseObject;

/**
 * KalamDB for Liquibase (registered in {@code META-INF/services/liquibase.database.Database}).
 *
 * <p>What shapes it:
 * <ul>
 *   <li>DDL is refused inside an open transaction, so {@link #supportsDDLInTransaction()} is false. Liquibase then
 *       keeps the connection in autocommit: every statement, including the DATABASECHANGELOG row written after a
 *       changeset, is applied on its own. A changeset that fails half-way stays half-applied (as on MySQL).</li>
 *   <li>Names are folded to lowercase when created, and a quoted mixed-case name never matches; unquoted names are
 *       lowercased and quoted ones are quoted in lowercase.</li>
 *   <li>No sequences, foreign keys, indexes or views; auto-increment is {@code DEFAULT SNOWFLAKE_ID()}. The SQL
 *       generators in this package produce KalamDB's DDL and refuse what it cannot do.</li>
 *   <li>Liquibase's DATABASECHANGELOGLOCK works unchanged (its key column is {@code ID}); taking the lock is an
 *       {@code UPDATE … WHERE ID = 1 AND LOCKED = FALSE} that the driver runs as a read then a keyed write, so two
 *       Liquibase processes starting in the same instant could both see the lock free: KalamDB has no
 *       write-write conflict detection to stop that.</li>
 *   <li>Not a PostgreSQL subclass on purpose: Liquibase would then run PostgreSQL-only SQL (pg_catalog queries,
 *       {@code UPDATE … FROM}) that KalamDB cannot answer.</li>
 * </ul>
 */
public class KalamDatabase extends AbstractJdbcDatabase {

    /** What the kalam-jdbc driver reports from {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static final String PRODUCT_NAME = "KalamDB";

    static final String SHORT_NAME = "kalamdb";

    private static final String URL_PREFIX = "jdbc:kalam:";
    private static final String DRIVER_CLASS = "org.kalamdb.jdbc.KalamDriver";
    private static final int DEFAULT_PORT = 9188;
    private static final Logger LOG = Logger.getLogger(KalamDatabase.class.getName());

    public KalamDatabase() {
        super.unquotedObjectsAreUppercased = false;
        super.setCurrentDateTimeFunction("NOW()");
        addReservedWords(KalamReservedWords.ALL);
    }

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean isCorrectDatabaseImplementation(DatabaseConnection conn) throws DatabaseException {
        return PRODUCT_NAME.equals(conn.getDatabaseProductName());
    }

    @Override
    public String getDefaultDriver(String url) {
        return url != null && url.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length()) ? DRIVER_CLASS : null;
    }

    @Override
    public String getShortName() {
        return SHORT_NAME;
    }

    @Override
    protected String getDefaultDatabaseProductName() {
        return PRODUCT_NAME;
    }

    @Override
    public Integer getDefaultPort() {
        return DEFAULT_PORT;
    }

    @Override
    public boolean requiresPassword() {
        return false; // jdbc:kalam:mem: and token authentication need none
    }

    @Override
    public boolean requiresUsername() {
        return false;
    }

    @Override
    public boolean supportsDDLInTransaction() {
        return false;
    }

    @Override
    public boolean supportsInitiallyDeferrableColumns() {
        return false;
    }

    @Override
    public boolean supportsTablespaces() {
        return false;
    }

    @Override
    public boolean supportsSequences() {
        return false;
    }

    /** True: an auto-increment column becomes {@code BIGINT DEFAULT SNOWFLAKE_ID()} (see {@link KalamColumnDdl}). */
    @Override
    public boolean supportsAutoIncrement() {
        return true;
    }

    @Override
    public boolean supportsDropTableCascadeConstraints() {
        return false;
    }

    @Override
    public boolean supportsRestrictForeignKeys() {
        return false;
    }

    @Override
    public boolean supportsForeignKeyDisable() {
        return false;
    }

    @Override
    public boolean supportsPrimaryKeyNames() {
        return false;
    }

    @Override
    public boolean supportsNotNullConstraintNames() {
        return false;
    }

    @Override
    public boolean supportsCreateIfNotExists(Class<? extends DatabaseObject> type) {
        return true;
    }

    @Override
    public boolean isCaseSensitive() {
        return false;
    }

    /** Quotes in lowercase: a quoted name only matches KalamDB's stored (lowercase) name when it is lowercase. */
    @Override
    public String quoteObject(String objectName, Class<? extends DatabaseObject> objectType) {
        return objectName == null ? null : super.quoteObject(objectName.toLowerCase(Locale.ROOT), objectType);
    }

    /** The connection's namespace, from {@link java.sql.Connection#getSchema()} ({@code call current_schema} fails). */
    @Override
    protected String getConnectionSchemaName() {
        if (getConnection() instanceof JdbcConnection jdbc) {
            try {
                return jdbc.getUnderlyingConnection().getSchema();
            } catch (SQLException e) {
                return null; // Liquibase then leaves names unqualified: the driver resolves them in its namespace
            }
        }
        return super.getConnectionSchemaName();
    }

    /**
     * Also makes the namespace the connection's current one, so that unqualified names in {@code sql} changes land
     * where the changelog's own tables do (as PostgreSQL's search_path would).
     */
    @Override
    public void setDefaultSchemaName(String schemaName) {
        super.setDefaultSchemaName(schemaName);
        String namespace = getDefaultSchemaName();
        if (namespace != null && getConnection() instanceof JdbcConnection jdbc) {
            try {
                jdbc.getUnderlyingConnection().setSchema(namespace);
            } catch (SQLException e) {
                // Not fatal: Liquibase's own statements name the namespace explicitly. Raw SQL will not.
                LOG.log(Level.WARNING, e, () -> "Namespace " + namespace + " could not be made the current one; "
                        + "unqualified names in sql changes resolve in " + getConnectionSchemaName());
            }
        }
    }

    /** Start and increment cannot be honoured: KalamDB's only generated key is a snowflake id. */
    @Override
    public String getAutoIncrementClause(BigInteger startWith, BigInteger incrementBy, String generationType,
            Boolean defaultOnNull) {
        return KalamColumnDdl.SNOWFLAKE_DEFAULT;
    }
}
