package org.kalamdb.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;

import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.tls.ServerSslContexts;

/**
 * The standalone server: a {@link KalamNode} on a Netty gRPC listener (plaintext h2c, or TLS/mTLS
 * per {@link ServerConfig#tls()}).
 *
 * <pre>{@code
 * try (KalamServer server = new KalamServer(ServerConfig.builder().port(0).build()).start()) {
 *     int port = server.port();
 * }
 * }</pre>
 */
public final class KalamServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KalamServer.class.getName());
    /**
     * The transport's own limit, above the protocol limit so that oversized requests reach the
     * size check and get the real server's OUT_OF_RANGE text; beyond it grpc-java answers
     * RESOURCE_EXHAUSTED (documented difference).
     */
    private static final int TRANSPORT_LIMIT_BYTES = 64 * 1024 * 1024;

    private final ServerConfig config;
    private final KalamNode node;
    private Server server;

    public KalamServer(ServerConfig config) {
        this.config = config;
        this.node = new KalamNode(config);
    }

    public synchronized KalamServer start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        FrameLogGuard.ensurePinned();
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(config.host(), config.port()))
                .addService(node.service())
                .fallbackHandlerRegistry(node.fallbackRegistry())
                .maxInboundMessageSize(Math.max(TRANSPORT_LIMIT_BYTES, config.maxRequestBytes()));
        if (config.tls() != null) {
            builder.sslContext(ServerSslContexts.build(config.tls()));
        }
        server = builder.build().start();
        LOG.info(() -> "PgService listening on " + config.host() + ":" + server.getPort()
                + (config.tls() == null ? "" : config.mutualTls() ? " (mTLS)" : " (TLS)"));
        return this;
    }

    /** The bound port (the chosen one when configured with port 0). */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getPort();
    }

    public String host() {
        return config.host();
    }

    public Catalog catalog() {
        return node.catalog();
    }

    public KalamNode node() {
        return node;
    }

    /** Blocks until the server has shut down. */
    public void awaitTermination() throws InterruptedException {
        Server s;
        synchronized (this) {
            s = server;
        }
        if (s != null) {
            s.awaitTermination();
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            try {
                if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                    server.shutdownNow();
                }
            } catch (InterruptedException e) {
                server.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        node.close();
    }
}
