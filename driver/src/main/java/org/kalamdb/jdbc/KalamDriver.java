package org.kalamdb.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

import org.kalamdb.jdbc.config.ConnectionProperty;
import org.kalamdb.jdbc.config.KalamUrl;
import org.kalamdb.jdbc.util.DriverInfo;

/**
 * The {@code java.sql.Driver} for {@code jdbc:kalam:} URLs (design.md section 1):
 * {@code jdbc:kalam://host[:port][,host2...][/namespace][?prop=value&...]} for a KalamDB server's
 * RPC listener, {@code jdbc:kalam:mem:<name>} for the in-process server. Registered with
 * {@link DriverManager} when loaded (and through {@code META-INF/services/java.sql.Driver}).
 */
public final class KalamDriver implements Driver {

    private static final Logger LOG = Logger.getLogger("org.kalamdb.jdbc");
    private static final KalamDriver INSTANCE = new KalamDriver();

    static {
        try {
            DriverManager.registerDriver(INSTANCE);
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The registered instance. */
    public static KalamDriver instance() {
        return INSTANCE;
    }

    /** Returns null for URLs of other drivers, as {@link DriverManager} requires. */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        return ConnectionFactory.open(url, info == null ? new Properties() : info);
    }

    @Override
    public boolean acceptsURL(String url) {
        return KalamUrl.accepts(url);
    }

    /**
     * Every connection property with its current value (from {@code info} and the URL), default,
     * description and choices. Never connects and never throws: tools call it with half-typed URLs.
     */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        Properties merged = new Properties();
        if (info != null) {
            for (String name : info.stringPropertyNames()) {
                merged.setProperty(name, info.getProperty(name));
            }
        }
        try {
            if (url != null && acceptsURL(url)) {
                KalamUrl parsed = KalamUrl.parse(url);
                for (Map.Entry<String, String> e : parsed.properties().entrySet()) {
                    merged.setProperty(e.getKey(), e.getValue());
                }
                if (parsed.namespace() != null) {
                    merged.putIfAbsent(ConnectionProperty.CURRENT_SCHEMA.key(), parsed.namespace());
                }
            }
        } catch (IllegalArgumentException e) {
            // A half-typed URL: report the properties without its values.
        }
        List<DriverPropertyInfo> out = new ArrayList<>();
        for (ConnectionProperty p : ConnectionProperty.values()) {
            String value = valueOf(p, merged);
            DriverPropertyInfo dpi = new DriverPropertyInfo(p.key(), p.isSecret() && value != null ? null : value);
            if (p.isSecret() && value != null) {
                // Never hand a secret back to a UI that may display it.
                dpi.value = "";
            }
            dpi.description = p.description();
            dpi.required = p.required();
            dpi.choices = p.choices().isEmpty() ? null : p.choices().toArray(String[]::new);
            out.add(dpi);
        }
        return out.toArray(DriverPropertyInfo[]::new);
    }

    private static String valueOf(ConnectionProperty p, Properties props) {
        for (String name : props.stringPropertyNames()) {
            if (ConnectionProperty.forKey(name) == p) {
                return props.getProperty(name);
            }
        }
        return p.defaultValue();
    }

    @Override
    public int getMajorVersion() {
        return DriverInfo.majorVersion();
    }

    @Override
    public int getMinorVersion() {
        return DriverInfo.minorVersion();
    }

    /** Not JDBC compliant: KalamDB has no full SQL-92 entry level (joins and aggregates come later). */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }
}
