package org.kalamdb.jdbc.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.kalamdb.jdbc.engine.calcite.CatalogSchema;
import org.kalamdb.jdbc.engine.calcite.EngineFunctions;
import org.kalamdb.jdbc.engine.calcite.NamespaceSchema;
import org.kalamdb.jdbc.engine.calcite.PostgresTypeSystem;

/**
 * The driver's embedded query engine (design.md D3): Apache Calcite, configured once per JVM as
 * close to PostgreSQL as it goes, over the tables of a {@link TableSource}. Nothing of Calcite
 * loads until the first {@link EngineSession#prepare}, so connections that only use the fast path
 * never pay for it.
 *
 * <p>Settings: unquoted names fold to lowercase and quoted names keep their case, name matching
 * ignores case (KalamDB stores every name in lowercase); the PostgreSQL function library next to
 * the standard one; the "lenient" conformance ({@code !=}, {@code %}, {@code LIMIT}/{@code
 * OFFSET}, GROUP BY aliases and ordinals); NULLs sort high, as PostgreSQL sorts them (last
 * ascending, first descending); UTC for every temporal conversion; {@link PostgresTypeSystem}.
 */
public final class QueryEngine {

    private static final String ENGINE_URL = "jdbc:calcite:";
    /** The root schema name of the server's three-part names ({@code kalam.ns.table}). */
    static final String CATALOG = "kalam";

    private static final QueryEngine INSTANCE = new QueryEngine();

    private final Properties settings;

    private QueryEngine() {
        Properties p = new Properties();
        p.setProperty("quoting", "DOUBLE_QUOTE");
        p.setProperty("unquotedCasing", "TO_LOWER");
        p.setProperty("quotedCasing", "UNCHANGED");
        p.setProperty("caseSensitive", "false");
        p.setProperty("fun", "postgresql,standard");
        p.setProperty("conformance", "LENIENT");
        p.setProperty("defaultNullCollation", "HIGH");
        p.setProperty("timeZone", "UTC");
        p.setProperty("typeSystem", PostgresTypeSystem.class.getName() + "#INSTANCE");
        p.setProperty("materializationsEnabled", "false");
        p.setProperty("createMaterializations", "false");
        this.settings = p;
    }

    /** The JVM's engine. */
    public static QueryEngine instance() {
        return INSTANCE;
    }

    /**
     * A session for one driver connection: its tables come from {@code source}, unqualified names
     * resolve in {@code defaultNamespace}.
     */
    public EngineSession openSession(TableSource source, String defaultNamespace) {
        return new EngineSession(this, Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(defaultNamespace, "defaultNamespace"));
    }

    /** Opens a Calcite connection whose root schema holds the source's namespaces and functions. */
    Connection connect(TableSource source, String defaultNamespace) throws SQLException {
        EngineWarmUp.notNeeded();
        Connection connection = new org.apache.calcite.jdbc.Driver().connect(ENGINE_URL, settings);
        try {
            CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
            SchemaPlus root = calcite.getRootSchema();
            EngineFunctions.register(root);
            Map<String, NamespaceSchema> namespaces = new LinkedHashMap<>();
            for (String ns : source.namespaces()) {
                NamespaceSchema schema = new NamespaceSchema(ns, source);
                namespaces.put(ns, schema);
                root.add(ns, schema).setCacheEnabled(false);
            }
            if (!namespaces.containsKey(CATALOG)) {
                root.add(CATALOG, new CatalogSchema(namespaces)).setCacheEnabled(false);
            }
            calcite.setSchema(defaultNamespace);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
