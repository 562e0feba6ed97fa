package org.kalamdb.jdbc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hosts in a jdbc:kalam:// URL are host names or IP literals, checked when the URL is parsed. */
class KalamUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "db.example.com", "db-1.internal.", "10.0.0.5", "127.0.0.1", "[::1]",
            "[fe80::1%eth0]", "[::ffff:10.0.0.1]", "xn--bcher-kva.example"})
    void validHostsAreAccepted(String host) {
        KalamUrl url = KalamUrl.parse("jdbc:kalam://" + host + ":9188/app");
        String expected = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        assertEquals(List.of(new HostPort(expected, 9188)), url.hosts());
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "..", "%2", "%2e%2", "a b", "user@db", "-db", "db-", "a..b", "db_1", "dé.example",
            "[db.example]", "[::1:::]", "[::1%a$b]",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.example"})
    void invalidHostsAreRefusedWithTheirName(String host) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KalamUrl.parse("jdbc:kalam://" + host + ":9188"));
        assertTrue(e.getMessage().startsWith("Malformed KalamDB URL: '"), e.getMessage());
        assertTrue(e.getMessage().contains("is not a valid host name or IP address"), e.getMessage());
    }
}
