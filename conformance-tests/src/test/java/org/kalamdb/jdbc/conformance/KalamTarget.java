package org.kalamdb.jdbc.conformance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

/**
 * Where the suite runs: the in-process server ({@code jdbc:kalam:mem:}) or any KalamDB server
 * named by {@code KALAM_TEST_URL} (with {@code KALAM_TEST_USER} / {@code KALAM_TEST_PASSWORD}).
 */
public interface KalamTarget {

    /** The JDBC URL (without credentials). */
    String url();

    /** Properties every connection gets (credentials for a remote server). */
    Properties baseProperties();

    /** A new connection with {@link #baseProperties()} plus {@code extra}. */
    default Connection connect(Properties extra) throws SQLException {
        Properties p = new Properties();
        p.putAll(baseProperties());
        if (extra != null) {
            p.putAll(extra);
        }
        return DriverManager.getConnection(url(), p);
    }

    /** One in-process server for the whole run, under a name no other run uses. */
    static KalamTarget inMemory() {
        return InMemory.INSTANCE;
    }

    /** The server named by KALAM_TEST_URL. */
    static KalamTarget fromEnvironment() {
        return new Remote(System.getenv("KALAM_TEST_URL"), System.getenv("KALAM_TEST_USER"),
                System.getenv("KALAM_TEST_PASSWORD"));
    }

    /** The in-process target. */
    final class InMemory implements KalamTarget {
        static final InMemory INSTANCE = new InMemory();
        private final String url = "jdbc:kalam:mem:conformance-" + UUID.randomUUID();

        @Override
        public String url() {
            return url;
        }

        @Override
        public Properties baseProperties() {
            return new Properties();
        }
    }

    /** A remote server. */
    record Remote(String url, String user, String password) implements KalamTarget {
        @Override
        public Properties baseProperties() {
            Properties p = new Properties();
            if (user != null && !user.isBlank()) {
                p.setProperty("user", user);
            }
            if (password != null && !password.isBlank()) {
                p.setProperty("password", password);
            }
            return p;
        }

        @Override
        public String toString() {
            return "Remote[" + url + ", user=" + user + "]";
        }
    }
}
