package org.kalamdb.jdbc;

import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

import org.kalamdb.jdbc.config.ConnectionConfig;
import org.kalamdb.jdbc.config.ConnectionProperty;
import org.kalamdb.jdbc.config.KalamUrl;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.session.ConnectionSession;
import org.kalamdb.jdbc.session.Tenant;
import org.kalamdb.jdbc.transport.AuthConfig;
import org.kalamdb.jdbc.transport.HostPort;
import org.kalamdb.jdbc.transport.PgSession;
import org.kalamdb.jdbc.transport.TlsConfig;
import org.kalamdb.jdbc.transport.TransportConfig;
import org.kalamdb.jdbc.transport.TransportException;
import org.kalamdb.server.EmbeddedServers;

/** Turns a URL and properties into an open {@link KalamConnection}: configuration, transport, session. */
final class ConnectionFactory {

    private static final Logger LOG = Logger.getLogger(ConnectionFactory.class.getName());

    private ConnectionFactory() {
    }

    static KalamConnection open(String url, Properties info) throws SQLException {
        ConnectionConfig config = resolve(url, info);
        TransportConfig transport = transportConfig(config);
        Tenant tenant = new Tenant(config.get(ConnectionProperty.USER_ID),
                config.getBoolean(ConnectionProperty.USER_ID_LOCKED));
        PgSession pg;
        try {
            pg = PgSession.open(transport);
        } catch (TransportException e) {
            throw Errors.fromTransport(e);
        }
        LOG.fine(() -> "connected " + config.url() + " session " + pg.sessionId());
        ConnectionSession session = new ConnectionSession(pg, tenant, config.get(ConnectionProperty.CURRENT_SCHEMA));
        for (String w : config.warnings()) {
            session.addWarning(w, "01000");
        }
        return new KalamConnection(url, config, session);
    }

    private static ConnectionConfig resolve(String url, Properties info) throws SQLException {
        try {
            KalamUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw Errors.create(SqlStates.CONNECTION_FAILURE_ON_CONNECT, e.getMessage(), e);
        }
        try {
            return ConnectionConfig.resolve(url, info);
        } catch (IllegalArgumentException e) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, e.getMessage(), e);
        }
    }

    static TransportConfig transportConfig(ConnectionConfig config) throws SQLException {
        try {
            TransportConfig.Builder b = TransportConfig.builder();
            if (config.url().isInMemory()) {
                b.inProcess(EmbeddedServers.start(config.url().memName()));
            } else {
                for (org.kalamdb.jdbc.config.HostPort hp : config.url().hosts()) {
                    b.target(new HostPort(hp.host(), hp.port()));
                }
                String ca = config.get(ConnectionProperty.CA_CERT);
                if (config.getBoolean(ConnectionProperty.TLS) && (ca == null || ca.isBlank())) {
                    throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE,
                            "Connection property tls=true needs caCert: the driver trusts only the CA given there");
                }
                b.tls(new TlsConfig(ca, config.get(ConnectionProperty.CLIENT_CERT),
                        config.get(ConnectionProperty.CLIENT_KEY)));
                b.auth(AuthConfig.fromProperties(config.get(ConnectionProperty.AUTH_MODE),
                        config.get(ConnectionProperty.AUTH_HEADER), config.get(ConnectionProperty.USER),
                        config.get(ConnectionProperty.PASSWORD)));
            }
            b.connectTimeoutMillis(config.getInt(ConnectionProperty.CONNECT_TIMEOUT));
            b.timeoutMillis(config.getInt(ConnectionProperty.TIMEOUT));
            b.maxInboundMessageSize(config.getInt(ConnectionProperty.MAX_INBOUND_MESSAGE_SIZE));
            b.currentSchema(config.get(ConnectionProperty.CURRENT_SCHEMA));
            return b.build();
        } catch (TransportException e) {
            throw Errors.fromTransport(e);
        }
    }
}
