package org.kalamdb.jdbc.flyway;

import java.sql.Connection;
import java.sql.Types;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.database.base.BaseDatabaseType;
import org.flywaydb.core.internal.database.base.Database;
import org.flywaydb.core.internal.jdbc.JdbcConnectionFactory;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.flywaydb.core.internal.parser.Parser;
import org.flywaydb.core.internal.parser.ParsingContext;

/**
 * Flyway's entry point for KalamDB (registered in {@code META-INF/services/org.flywaydb.core.extensibility.Plugin}).
 *
 * <p>Flyway has no generic fallback: a connection whose product name no plugin claims is "Unsupported Database".
 * This type claims {@code jdbc:kalam:} URLs and connections reporting the product name {@value #PRODUCT_NAME}.
 */
public final class KalamDatabaseType extends BaseDatabaseType {

    /** What the kalam-jdbc driver reports from {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static final String PRODUCT_NAME = "KalamDB";

    static final String URL_PREFIX = "jdbc:kalam:";
    static final String DRIVER_CLASS = "org.kalamdb.jdbc.KalamDriver";

    @Override
    public String getName() {
        return PRODUCT_NAME;
    }

    @Override
    public int getNullType() {
        // Flyway binds untyped NULLs with this type; VARCHAR is accepted for every KalamDB column type.
        return Types.VARCHAR;
    }

    @Override
    public boolean supportsReadOnlyTransactions() {
        return false;
    }

    @Override
    public boolean handlesJDBCUrl(String url) {
        return url != null && url.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length());
    }

    @Override
    public String getDriverClass(String url, ClassLoader classLoader) {
        return DRIVER_CLASS;
    }

    /** Flyway passes the product name followed by {@code " <major>.<minor>"}, e.g. {@code "KalamDB 0.1"}. */
    @Override
    public boolean handlesDatabaseProductNameAndVersion(String databaseProductName, String databaseProductVersion,
            Connection connection) {
        return databaseProductName != null
                && (databaseProductName.equals(PRODUCT_NAME) || databaseProductName.startsWith(PRODUCT_NAME + " "));
    }

    @Override
    public Database<?> createDatabase(Configuration configuration, JdbcConnectionFactory jdbcConnectionFactory,
            StatementInterceptor statementInterceptor) {
        return new KalamDatabase(configuration, jdbcConnectionFactory, statementInterceptor);
    }

    @Override
    public Parser createParser(Configuration configuration, ResourceProvider resourceProvider,
            ParsingContext parsingContext) {
        return new KalamParser(configuration, parsingContext);
    }
}
