package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TransportConfigTest {

    @Test
    void defaults() {
        TransportConfig config = TransportConfig.builder().target("db", 9188).build();
        assertEquals(List.of(new HostPort("db", 9188)), config.targets());
        assertEquals(256 * 1024 * 1024, config.maxInboundMessageSize());
        assertEquals(0, config.timeoutMillis());
        assertEquals(TransportConfig.DEFAULT_CONNECT_TIMEOUT_MILLIS, config.connectTimeoutMillis());
        assertEquals(AuthMode.NONE, config.auth().mode());
        assertFalse(config.tls().isEnabled());
        assertNull(config.currentSchema());
        assertFalse(config.inProcess());
    }

    @Test
    void needsExactlyOneKindOfTarget() {
        assertEquals(
                "connection property 'host' is required",
                assertThrows(TransportException.class, () -> TransportConfig.builder().build())
                        .getMessage());
        assertThrows(
                TransportException.class,
                () -> TransportConfig.builder().target("db", 1).inProcess("mem").build());
        assertTrue(TransportConfig.builder().inProcess("mem").build().inProcess());
    }

    @Test
    void numericLimits() {
        TransportException timeout =
                assertThrows(
                        TransportException.class,
                        () -> TransportConfig.builder().target("db", 1).timeoutMillis(-1).build());
        assertEquals(
                "connection property 'timeout' must be a valid integer (milliseconds) >= 0: -1",
                timeout.getMessage());
        assertEquals("22023", timeout.sqlState());
        assertThrows(
                TransportException.class,
                () -> TransportConfig.builder().target("db", 1).connectTimeoutMillis(-5).build());
        assertThrows(
                TransportException.class,
                () -> TransportConfig.builder().target("db", 1).maxInboundMessageSize(0).build());
    }

    @Test
    void blankCurrentSchemaIsAbsent() {
        assertNull(
                TransportConfig.builder()
                        .target("db", 1)
                        .currentSchema("  ")
                        .build()
                        .currentSchema());
        assertEquals(
                "app",
                TransportConfig.builder()
                        .target("db", 1)
                        .currentSchema(" app ")
                        .build()
                        .currentSchema());
    }

    @Test
    void hostPortParsing() {
        assertEquals(new HostPort("db", 9188), HostPort.parse("db"));
        assertEquals(new HostPort("db", 7000), HostPort.parse(" db:7000 "));
        assertEquals(new HostPort("::1", 9188), HostPort.parse("[::1]"));
        assertEquals(new HostPort("::1", 7000), HostPort.parse("[::1]:7000"));
        assertEquals(new HostPort("fe80::1", 9188), HostPort.parse("fe80::1"));
        assertEquals("[::1]:7000", new HostPort("::1", 7000).toString());
        assertEquals(
                "connection property 'port' must be a valid port number (1-65535): x",
                assertThrows(TransportException.class, () -> HostPort.parse("db:x")).getMessage());
        assertThrows(TransportException.class, () -> HostPort.parse("db:70000"));
        assertThrows(TransportException.class, () -> HostPort.parse(""));
    }

    @Test
    void tlsClientCertificateAndKeyComeTogether() {
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () -> TlsConfig.mutual("/ca.pem", "/c.pem", null));
        assertEquals(
                "connection properties 'clientCert' and 'clientKey' must both be provided for mTLS",
                e.getMessage());
        assertEquals("22023", e.sqlState());
        assertThrows(TransportException.class, () -> TlsConfig.mutual("/ca.pem", " ", "/k.pem"));
        assertThrows(TransportException.class, () -> TlsConfig.mutual(null, "/c.pem", "/k.pem"));
        assertTrue(TlsConfig.mutual("/ca.pem", "/c.pem", "/k.pem").isMutual());
        assertTrue(TlsConfig.trusting("/ca.pem").isEnabled());
        assertFalse(TlsConfig.plaintext().isEnabled());
    }

    @Test
    void rpcOptions() {
        assertEquals(500, RpcOptions.DEFAULTS.effectiveTimeoutMillis(500));
        assertEquals(0, RpcOptions.noTimeout().effectiveTimeoutMillis(500));
        assertEquals(20, RpcOptions.timeoutMillis(20).effectiveTimeoutMillis(500));
        assertThrows(IllegalArgumentException.class, () -> RpcOptions.timeoutMillis(-1));
    }
}
