package org.kalamdb.jdbc.conformance.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;

import org.kalamdb.jdbc.conformance.faults.RelayedServer;
import org.kalamdb.server.KalamNode;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.store.DataAccess.SessionView;

/**
 * The server's node (the same PgService the standalone server runs) on a loopback Netty listener
 * with a {@link PanicMonitor} and a {@link SqlRecorder} in front of it. Account login as in the fault fixture; idle pruning
 * off, so a session the driver leaks stays visible.
 */
final class MonitoredServer implements AutoCloseable {

    private final KalamNode node;
    private final Server server;
    private final PanicMonitor monitor = new PanicMonitor();
    private final SqlRecorder sql = new SqlRecorder();

    MonitoredServer() {
        node = new KalamNode(ServerConfig.builder()
                .user(RelayedServer.ADMIN_USER + ":" + RelayedServer.ADMIN_PASSWORD + ":dba")
                .idlePruneMs(0)
                .build());
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .addService(ServerInterceptors.intercept(node.service(), monitor, sql))
                    .fallbackHandlerRegistry(node.fallbackRegistry())
                    .maxInboundMessageSize(64 * 1024 * 1024)
                    .build()
                    .start();
        } catch (IOException e) {
            node.close();
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "jdbc:kalam://127.0.0.1:" + server.getPort();
    }

    int port() {
        return server.getPort();
    }

    Connection connect() throws SQLException {
        return connect(new Properties());
    }

    Connection connect(Properties extra) throws SQLException {
        Properties p = RelayedServer.baseProperties();
        p.putAll(extra);
        return DriverManager.getConnection(url(), p);
    }

    PanicMonitor monitor() {
        return monitor;
    }

    /** The SQL texts that reached ExecuteSql / ExecuteQuery. */
    SqlRecorder sql() {
        return sql;
    }

    List<SessionView> sessions() {
        return node.dataAccess().sessions();
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            node.close();
        }
    }
}
