package org.kalamdb.jdbc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.describe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.kalamdb.jdbc.conformance.faults.RelayedServer;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.proto.ScanRpcRequest;

/**
 * Identifiers and user ids the real server crashes on ({@code ..}, {@code /}, {@code \}, NUL —
 * protocol.md 4.3) are refused by the driver with an SQLException before anything is sent: the
 * {@link PanicMonitor} in front of the server records no request carrying one, whatever the SQL
 * path (table names quoted or not, DML, DDL, the tenant setting, {@code _userid}, parameters,
 * connection properties).
 */
@Timeout(60)
class ForbiddenIdentifierTest {

    private static final List<String> BAD = List.of("a..b", "a/b", "a\\b", "a\u0000b", "..", "/");

    private static MonitoredServer server;
    private static Connection c;

    @BeforeAll
    static void start() throws SQLException {
        server = new MonitoredServer();
        c = server.connect();
        FuzzSchema.ensure(c);
    }

    @BeforeEach
    void forgetEarlierRequests() {
        server.monitor().clear();
    }

    @AfterAll
    static void stop() throws Exception {
        c.close();
        server.close();
    }

    static Stream<String> statements() {
        List<String> out = new ArrayList<>();
        for (String bad : BAD) {
            String q = "\"" + bad + "\"";
            out.add("SELECT * FROM " + q + ".t");
            out.add("SELECT * FROM fuzz." + q);
            out.add("SELECT * FROM fuzz." + q + " WHERE id = 1");
            out.add("SELECT count(*) FROM fuzz." + q + " a JOIN fuzz.t b ON a.id = b.id");
            out.add("INSERT INTO fuzz." + q + " (id) VALUES (1)");
            out.add("INSERT INTO " + q + ".t (id, s, n) VALUES (1, 'x', 1)");
            out.add("UPDATE fuzz." + q + " SET n = 1 WHERE id = 1");
            out.add("DELETE FROM " + q + "." + q + " WHERE id = 1");
            out.add("CREATE TABLE fuzz." + q + " (id BIGINT PRIMARY KEY) USING kalamdb WITH (type='shared')");
            out.add("CREATE SCHEMA " + q);
            out.add("SET kalam.user_id = '" + bad + "'");
            out.add("SELECT set_config('kalam.user_id', '" + bad + "', false)");
        }
        return out.stream();
    }

    static Stream<String> explicitUserids() {
        return BAD.stream().map(bad -> "INSERT INTO fuzz.u (_userid, id, v) VALUES ('" + bad + "', 1, 'x')");
    }

    @ParameterizedTest
    @MethodSource("statements")
    void refusedBeforeSending(String sql) throws SQLException {
        assertRefusedBeforeSending(sql);
    }

    @ParameterizedTest
    @MethodSource("explicitUserids")
    void anExplicitUseridIsRefusedBeforeSending(String sql) throws SQLException {
        assertRefusedBeforeSending(sql);
    }

    private static void assertRefusedBeforeSending(String sql) throws SQLException {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }, () -> "accepted: " + SqlFuzzTest.printable(sql));
        assertTrue(e.getSQLState() != null && e.getSQLState().length() == 5, () -> describe(e));
        assertEquals(List.of(), server.monitor().violations(), () -> "sent: " + SqlFuzzTest.printable(sql));
        assertFalse(c.isClosed());
    }

    @Test
    void parametersCannotSmuggleABadUserId() throws SQLException {
        for (String bad : BAD) {
            assertThrows(SQLException.class, () -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO fuzz.u (_userid, id, v) VALUES (?, ?, ?)")) {
                    ps.setString(1, bad);
                    ps.setLong(2, 1);
                    ps.setString(3, "x");
                    ps.executeUpdate();
                }
            }, () -> "accepted _userid " + SqlFuzzTest.printable(bad));
            assertThrows(SQLException.class, () -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT set_config('kalam.user_id', ?, false)")) {
                    ps.setString(1, bad);
                    ps.executeQuery().close();
                }
            });
        }
        assertEquals(List.of(), server.monitor().violations());
    }

    @Test
    void aBadUserIdPropertyIsRefusedAtConnect() {
        for (String bad : BAD) {
            Properties p = RelayedServer.baseProperties();
            p.setProperty("userId", bad);
            SQLException e = assertThrows(SQLException.class, () -> {
                try (Connection bad0 = DriverManager.getConnection(server.url(), p);
                     Statement s = bad0.createStatement()) {
                    s.executeQuery("SELECT * FROM fuzz.u").close();
                }
            }, () -> "accepted userId " + SqlFuzzTest.printable(bad));
            assertTrue(e.getSQLState() != null && e.getSQLState().length() == 5, () -> describe(e));
        }
        assertEquals(List.of(), server.monitor().violations());
    }

    @Test
    void theMonitorSeesAForbiddenIdentifierWhenOneIsSent() throws Exception {
        // Positive control, without the driver: a raw Scan naming table "a/b".
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
        try {
            Metadata auth = new Metadata();
            auth.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Basic "
                    + java.util.Base64.getEncoder().encodeToString((RelayedServer.ADMIN_USER + ":"
                    + RelayedServer.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            PgServiceGrpc.PgServiceBlockingStub stub = PgServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(5, TimeUnit.SECONDS);
            String session = java.util.UUID.randomUUID().toString();
            stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(auth))
                    .openSession(OpenSessionRequest.newBuilder().setSessionId(session).build());
            assertThrows(StatusRuntimeException.class, () -> stub.scan(ScanRpcRequest.newBuilder()
                    .setNamespace("fuzz").setTableName("a/b").setTableType("shared").setSessionId(session).build()));
            assertEquals(1, server.monitor().violations().size(), "the monitor recorded the crash");
        } finally {
            channel.shutdownNow();
            channel.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
