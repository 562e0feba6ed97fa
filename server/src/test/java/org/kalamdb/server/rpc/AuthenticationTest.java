package org.kalamdb.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.grpc.Status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.OpenSessionResponse;
import org.kalamdb.server.proto.PingRequest;
import org.kalamdb.server.testing.Failures;
import org.kalamdb.server.testing.PgHarness;

class AuthenticationTest {

    private static final String TOKEN = "Bearer e2e-pg-shared-secret-token-for-testing";
    private PgHarness pg;

    @BeforeEach
    void setUp() {
        pg = PgHarness.start(ServerConfig.builder().authToken(TOKEN).user("admin:s3cret:dba").user("root:r00t:system")
                .user("reader:pw:user").idlePruneMs(0).build());
    }

    @AfterEach
    void tearDown() {
        pg.close();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private OpenSessionResponse open(String authorization) {
        return pg.stub(authorization).openSession(OpenSessionRequest.newBuilder().setSessionId("pg-1-a").build());
    }

    @Test
    @DisplayName("3.3/3.4: the static token (trimmed) opens a session; Basic DBA and system accounts do too")
    void acceptedCredentials() {
        assertEquals("pg-1-a", open("  " + TOKEN + " ").getSessionId());
        assertEquals("pg-1-a", open(basic("admin", "s3cret")).getSessionId());
        assertEquals("pg-1-a", open(basic("root", "r00t")).getSessionId());
        assertTrue(pg.stub(basic("admin", "s3cret")).ping(PingRequest.getDefaultInstance()).getOk());
        assertTrue(pg.stub(TOKEN).ping(PingRequest.getDefaultInstance()).getOk());
    }

    @Test
    @DisplayName("3.4: missing header, wrong password, non-admin account")
    void openSessionFailures() {
        Failures.expect(Status.Code.UNAUTHENTICATED, "missing authorization header on open_session",
                () -> pg.stub().openSession(OpenSessionRequest.getDefaultInstance()));
        Failures.expect(Status.Code.UNAUTHENTICATED, "authentication failed: Invalid credentials: Invalid username or password",
                () -> open(basic("admin", "wrong")));
        Failures.expect(Status.Code.UNAUTHENTICATED, "authentication failed: Invalid credentials: Invalid username or password",
                () -> open(basic("nobody", "x")));
        Failures.expect(Status.Code.PERMISSION_DENIED, "pg rpc requires a DBA or system account",
                () -> open(basic("reader", "pw")));
    }

    @Test
    @DisplayName("3.3: 'basic ' is routed to the Basic parser, which needs the exact 'Basic ' prefix")
    void basicPrefixCase() {
        String lower = "basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
        Failures.expect(Status.Code.UNAUTHENTICATED,
                "authentication failed: Malformed authorization header: Authorization header must start with 'Basic '",
                () -> open(lower));
        Failures.expect(Status.Code.UNAUTHENTICATED,
                "authentication failed: Malformed authorization header: Credentials must be in format 'username:password'",
                () -> open("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    @DisplayName("3.3: other headers go to the Bearer path; this server issues no JWTs, so none is valid")
    void bearerAndOtherHeaders() {
        Failures.expect(Status.Code.UNAUTHENTICATED, "authentication failed: Malformed authorization header: "
                + "Authorization header must start with 'Basic ' or 'Bearer '", () -> open("Token abc"));
        Failures.expect(Status.Code.UNAUTHENTICATED,
                "authentication failed: Malformed authorization header: Bearer token missing", () -> open("Bearer"));
        Failures.expect(Status.Code.UNAUTHENTICATED, () -> open("Bearer not-the-token"));
    }

    @Test
    @DisplayName("3.5: Ping checks credentials on every call with its own missing-header text")
    void pingAuthentication() {
        Failures.expect(Status.Code.UNAUTHENTICATED, "missing authorization header",
                () -> pg.stub().ping(PingRequest.getDefaultInstance()));
        Failures.expect(Status.Code.PERMISSION_DENIED, "pg rpc requires a DBA or system account",
                () -> pg.stub(basic("reader", "pw")).ping(PingRequest.getDefaultInstance()));
    }

    @Test
    @DisplayName("3.4 step 5: without any authentication configured, every caller is the anonymous bridge")
    void noAuthentication() {
        try (PgHarness open = PgHarness.start(ServerConfig.builder().build())) {
            assertTrue(open.stub().ping(PingRequest.getDefaultInstance()).getOk());
            OpenSessionResponse r = open.stub().openSession(OpenSessionRequest.getDefaultInstance());
            assertEquals(36, r.getSessionId().length());
        }
    }
}
