package org.kalamdb.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServerArgumentsTest {

    @Test
    @DisplayName("every serve option maps onto ServerConfig; the 'serve' word is optional")
    void allOptions() {
        ServerConfig c = ServerArguments.parse(new String[] {"serve", "--port", "9188", "--host", "0.0.0.0",
                "--auth-token", "tok", "--user", "admin:pa:ss:dba", "--user", "r:x:readonly", "--idle-prune-ms", "0",
                "--lease-ms", "1000", "--transaction-timeout-s", "7", "--tls-cert", "-----BEGIN CERTIFICATE-----x",
                "--tls-key", "/k.pem", "--tls-ca", "/ca.pem", "--require-client-cert"});
        assertEquals(9188, c.port());
        assertEquals("0.0.0.0", c.host());
        assertEquals("tok", c.authToken());
        assertEquals("pa:ss", c.users().get(0).password());
        assertEquals("dba", c.users().get(0).role());
        assertEquals("user", c.users().get(1).role());
        assertEquals(0, c.idlePruneMs());
        assertEquals(1000, c.leaseMs());
        assertEquals(7, c.transactionTimeoutSeconds());
        assertTrue(c.mutualTls());
        assertTrue(c.tls().certificate().isInline());
        assertFalse(c.tls().privateKey().isInline());
    }

    @Test
    @DisplayName("defaults: loopback, no authentication, the real server's lease/prune/timeout values")
    void defaults() {
        ServerConfig c = ServerArguments.parse(new String[] {"--port", "0"});
        assertEquals("127.0.0.1", c.host());
        assertNull(c.authToken());
        assertFalse(c.accountLogin());
        assertEquals(5_000, c.idlePruneMs());
        assertEquals(1_800_000, c.leaseMs());
        assertEquals(300, c.transactionTimeoutSeconds());
        assertEquals(4_194_304, c.maxRequestBytes());
        assertNull(c.tls());
    }

    @Test
    @DisplayName("missing or inconsistent options are refused with a message")
    void errors() {
        assertEquals("--port is required (0 picks a free port)",
                assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse(new String[] {})).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ServerArguments.parse(new String[] {"--port", "1", "--tls-cert", "c"}));
        assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse(new String[] {"--port", "1",
                "--tls-cert", "c", "--tls-key", "k", "--require-client-cert"}));
        assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse(new String[] {"--port", "1",
                "--user", "nobody"}));
        assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse(new String[] {"--port", "1",
                "--user", "a:b:superuser"}));
        assertThrows(IllegalArgumentException.class, () -> ServerArguments.parse(new String[] {"--bogus"}));
    }
}
