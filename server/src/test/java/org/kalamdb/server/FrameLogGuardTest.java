package org.kalamdb.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;

import org.junit.jupiter.api.Test;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.proto.PingRequest;

/**
 * With gRPC's loggers at ALL, the server logs no client's authorization header: grpc-netty's server
 * frame logger (which prints HEADERS frames) is pinned at INFO when the listener starts.
 */
class FrameLogGuardTest {

    private static final String TOKEN = "Bearer s3rver-Frame-T0ken";

    @Test
    void theServerFrameLoggerNeverPrintsTheAuthorizationHeader() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger grpc = Logger.getLogger("io.grpc"); // a strong reference keeps its level
        Level before = grpc.getLevel();
        grpc.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        try (KalamServer server = new KalamServer(ServerConfig.builder().host("127.0.0.1").port(0)
                .authToken(TOKEN).build()).start()) {
            Metadata auth = new Metadata();
            auth.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), TOKEN);
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
            try {
                assertTrue(PgServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS)
                        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(auth))
                        .ping(PingRequest.getDefaultInstance()).getOk());
            } finally {
                channel.shutdownNow();
                channel.awaitTermination(10, TimeUnit.SECONDS);
            }
        } finally {
            Logger.getLogger("").removeHandler(capture);
            grpc.setLevel(before);
        }
        SimpleFormatter formatter = new SimpleFormatter();
        synchronized (records) {
            assertFalse(records.isEmpty(), "logging at ALL recorded nothing: the capture is broken");
            for (LogRecord r : records) {
                // The test's own raw client logs its frames (the driver pins that logger, not the server).
                if (!"io.grpc.netty.NettyClientHandler".equals(r.getLoggerName())) {
                    assertFalse(formatter.format(r).contains("s3rver-Frame-T0ken"),
                            "the token in a record of " + r.getLoggerName());
                }
            }
        }
        assertEquals(Level.INFO, Logger.getLogger(FrameLogGuard.SERVER_FRAME_LOGGER).getLevel());
    }
}
