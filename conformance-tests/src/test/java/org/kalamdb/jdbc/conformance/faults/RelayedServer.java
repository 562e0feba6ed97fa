package org.kalamdb.jdbc.conformance.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.kalamdb.server.KalamServer;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.store.DataAccess.SessionView;
import org.kalamdb.server.store.DataAccess.TransactionView;

/**
 * The standalone server ({@link KalamServer} on a loopback port, account login on, a
 * {@link ServerClock}) with a {@link FaultRelay} in front of it. Connections made with
 * {@link #connect} go through the relay; {@link #connectDirect} bypasses it, to look at the
 * server's data while the relay is faulty. {@link #sessions()} and {@link #transactions()} are the
 * server's own {@code system.sessions} / {@code system.transactions} rows, read in-process.
 */
public final class RelayedServer implements AutoCloseable {

    public static final String ADMIN_USER = "fault-admin";
    /** Never printed by the fixture; security tests look for it in logs and messages. */
    public static final String ADMIN_PASSWORD = "f4ult-Adm1n-pw";
    /** Every RPC of a test connection gets this long at most (the driver's {@code timeout}). */
    public static final Duration RPC_TIMEOUT = Duration.ofSeconds(4);

    private final ServerClock clock;
    private final KalamServer server;
    private final FaultRelay relay;
    private final Map<Connection, String> sessionIds = Collections.synchronizedMap(new IdentityHashMap<>());

    private RelayedServer(ServerClock clock, KalamServer server, FaultRelay relay) {
        this.clock = clock;
        this.server = server;
        this.relay = relay;
    }

    /** The real server's defaults except that idle pruning is off (tests that want it turn it on). */
    public static RelayedServer start() {
        return start(b -> b);
    }

    /** @param customise changes to the configuration (pruning, lease, transaction timeout, ...) */
    public static RelayedServer start(UnaryOperator<ServerConfig.Builder> customise) {
        ServerClock clock = new ServerClock();
        ServerConfig.Builder builder = ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .user(ADMIN_USER + ":" + ADMIN_PASSWORD + ":dba")
                .idlePruneMs(0)
                .clock(clock);
        KalamServer server = new KalamServer(customise.apply(builder).build());
        try {
            server.start();
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
        try {
            FaultRelay relay = FaultRelay.start(new InetSocketAddress("127.0.0.1", server.port()));
            return new RelayedServer(clock, server, relay);
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
    }

    public ServerClock clock() {
        return clock;
    }

    public FaultRelay relay() {
        return relay;
    }

    public KalamServer server() {
        return server;
    }

    /** The URL through the relay. */
    public String url() {
        return "jdbc:kalam://" + relay.hostPort();
    }

    /** The URL of the server itself. */
    public String directUrl() {
        return "jdbc:kalam://127.0.0.1:" + server.port();
    }

    /** Credentials and the RPC timeout every test connection gets. */
    public static Properties baseProperties() {
        Properties p = new Properties();
        p.setProperty("user", ADMIN_USER);
        p.setProperty("password", ADMIN_PASSWORD);
        p.setProperty("timeout", String.valueOf(RPC_TIMEOUT.toMillis()));
        p.setProperty("connectTimeout", "2000");
        return p;
    }

    /** A connection through the relay. */
    public Connection connect() throws SQLException {
        return connect(new Properties());
    }

    /** A connection through the relay, with {@code extra} over the base properties. */
    public Connection connect(Properties extra) throws SQLException {
        Properties p = baseProperties();
        p.putAll(extra);
        return track(() -> DriverManager.getConnection(url(), p));
    }

    /** A connection that bypasses the relay (the observer's view of the server). */
    public Connection connectDirect() throws SQLException {
        return track(() -> DriverManager.getConnection(directUrl(), baseProperties()));
    }

    @FunctionalInterface
    private interface Opener {
        Connection open() throws SQLException;
    }

    /**
     * Opens a connection and learns its server session id from the server's side: the one session
     * that appeared meanwhile. Connections are opened one at a time for that reason.
     */
    private synchronized Connection track(Opener opener) throws SQLException {
        Set<String> before = sessionIds();
        Connection c = opener.open();
        Set<String> appeared = sessionIds();
        appeared.removeAll(before);
        if (appeared.size() != 1) {
            c.close();
            throw new IllegalStateException("expected one new server session for the connection, saw " + appeared);
        }
        sessionIds.put(c, appeared.iterator().next());
        return c;
    }

    private Set<String> sessionIds() {
        Set<String> ids = new HashSet<>();
        for (SessionView s : sessions()) {
            ids.add(s.sessionId());
        }
        return ids;
    }

    /** {@code system.sessions} (reading it prunes idle sessions, as on the real server). */
    public List<SessionView> sessions() {
        return server.node().dataAccess().sessions();
    }

    /** {@code system.transactions}: the live transactions. */
    public List<TransactionView> transactions() {
        return server.node().dataAccess().transactions();
    }

    public boolean hasSession(String sessionId) {
        return sessions().stream().anyMatch(s -> s.sessionId().equals(sessionId));
    }

    /** The live transaction owned by this session, if any. */
    public Optional<TransactionView> transactionOf(String sessionId) {
        return transactions().stream().filter(t -> t.ownerId().equals(sessionId)).findFirst();
    }

    /** Waits until the server has neither a session nor a transaction for {@code sessionId}. */
    public void awaitNoServerState(String sessionId, Duration limit) throws Exception {
        Poll.until(limit, "server state of session " + sessionId + " is gone",
                () -> !hasSession(sessionId) && transactionOf(sessionId).isEmpty());
    }

    /** The server session id of a connection made by this fixture. */
    public String sessionId(Connection c) {
        String id = sessionIds.get(c);
        if (id == null) {
            throw new IllegalArgumentException("not a connection of this fixture: " + c);
        }
        return id;
    }

    @Override
    public void close() {
        relay.close();
        server.close();
    }
}
