package org.kalamdb.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;

import org.kalamdb.server.KalamNode;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.proto.InsertRpcRequest;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.proto.ScanRpcRequest;
import org.kalamdb.server.sql.KalamSqlExecutor;
import org.kalamdb.server.sql.SqlExecutor;
import org.kalamdb.server.store.DataAccess;

/**
 * A server on gRPC's in-process transport (the same service the Netty listener serves) plus a raw
 * blocking stub — tests talk the wire protocol, never a driver.
 */
public final class PgHarness implements AutoCloseable {

    public static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
            Metadata.ASCII_STRING_MARSHALLER);

    private final KalamNode node;
    private final Server server;
    private final ManagedChannel channel;

    private PgHarness(KalamNode node) {
        this.node = node;
        String name = "harness-" + UUID.randomUUID();
        try {
            this.server = InProcessServerBuilder.forName(name).addService(node.service())
                    .fallbackHandlerRegistry(node.fallbackRegistry()).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.channel = InProcessChannelBuilder.forName(name).maxInboundMessageSize(Integer.MAX_VALUE).build();
    }

    public static PgHarness start(ServerConfig config) {
        return new PgHarness(new KalamNode(config, KalamSqlExecutor::new));
    }

    public static PgHarness start(ServerConfig config, BiFunction<Catalog, DataAccess, SqlExecutor> sql) {
        return new PgHarness(new KalamNode(config, sql));
    }

    /** No authentication, pruning off: the plain fixture for data tests. */
    public static PgHarness open() {
        return start(ServerConfig.builder().idlePruneMs(0).build());
    }

    public PgServiceGrpc.PgServiceBlockingStub stub() {
        return PgServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    public PgServiceGrpc.PgServiceBlockingStub stub(String authorization) {
        Metadata md = new Metadata();
        md.put(AUTHORIZATION, authorization);
        return stub().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(md));
    }

    public ManagedChannel channel() {
        return channel;
    }

    public KalamNode node() {
        return node;
    }

    public Catalog catalog() {
        return node.catalog();
    }

    /** OpenSession with a fresh client-chosen UUID; returns the id. */
    public String openSession() {
        return stub().openSession(OpenSessionRequest.newBuilder().setSessionId(UUID.randomUUID().toString()).build())
                .getSessionId();
    }

    public long insert(String session, String ns, String table, String type, String userId, String... rows) {
        InsertRpcRequest.Builder b = InsertRpcRequest.newBuilder().setNamespace(ns).setTableName(table)
                .setTableType(type).setSessionId(session).addAllRowsJson(List.of(rows));
        if (userId != null) {
            b.setUserId(userId);
        }
        return stub().insert(b.build()).getAffectedRows();
    }

    public static ScanRpcRequest.Builder scanOf(String session, String ns, String table, String type) {
        return ScanRpcRequest.newBuilder().setSessionId(session).setNamespace(ns).setTableName(table).setTableType(type);
    }

    public Decoded scan(ScanRpcRequest request) {
        return Decoded.of(stub().scan(request).getIpcBatchesList());
    }

    @Override
    public void close() {
        channel.shutdownNow();
        server.shutdownNow();
        node.close();
    }
}
