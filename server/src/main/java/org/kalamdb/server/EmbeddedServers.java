package org.kalamdb.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.grpc.Server;
import io.grpc.inprocess.InProcessServerBuilder;

import org.kalamdb.server.catalog.Catalog;

/**
 * In-process servers, one per name and shared by every caller in the JVM that names it (the
 * driver's {@code jdbc:kalam:mem:<name>}). Same PgService code as the Netty server, over gRPC's
 * in-process transport; no authentication, idle pruning on (the real server's defaults otherwise).
 *
 * <pre>{@code
 * ManagedChannel ch = InProcessChannelBuilder.forName(EmbeddedServers.start("demo")).build();
 * }</pre>
 */
public final class EmbeddedServers {

    private static final ConcurrentMap<String, Embedded> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedServers() {
    }

    private record Embedded(KalamNode node, Server server, String transportName) {
    }

    /** Starts the named server unless it runs already. @return the in-process server name to connect to */
    public static String start(String memName) {
        return RUNNING.computeIfAbsent(memName, EmbeddedServers::launch).transportName();
    }

    /** The catalog of a running embedded server, or null. */
    public static Catalog catalog(String memName) {
        Embedded e = RUNNING.get(memName);
        return e == null ? null : e.node().catalog();
    }

    /** Stops and forgets the named server (a later {@link #start} begins with an empty one). */
    public static void stop(String memName) {
        Embedded e = RUNNING.remove(memName);
        if (e != null) {
            e.server().shutdownNow();
            e.node().close();
        }
    }

    private static Embedded launch(String memName) {
        KalamNode node = new KalamNode(ServerConfig.builder().build());
        String transportName = "kalamdb-mem:" + memName;
        try {
            Server server = InProcessServerBuilder.forName(transportName)
                    .addService(node.service())
                    .fallbackHandlerRegistry(node.fallbackRegistry())
                    .build()
                    .start();
            return new Embedded(node, server, transportName);
        } catch (IOException e) {
            node.close();
            throw new UncheckedIOException("cannot start the in-process server '" + memName + "'", e);
        }
    }
}
