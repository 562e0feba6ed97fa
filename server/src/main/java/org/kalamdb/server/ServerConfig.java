package org.kalamdb.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.server.auth.UserSpec;
import org.kalamdb.server.tls.TlsSettings;

/**
 * Configuration of a server (both the Netty listener and the in-process one). Defaults are the
 * real server's: 30-minute session lease, 5-second idle pruning, 300-second transaction timeout,
 * 4 MiB request limit, 100 MiB transaction buffer. Without a token, users or mTLS the server runs
 * without authentication (a convenience the real server does not offer).
 */
public final class ServerConfig {

    public static final long DEFAULT_IDLE_PRUNE_MS = 5_000;
    public static final long DEFAULT_LEASE_MS = 1_800_000;
    public static final int DEFAULT_TRANSACTION_TIMEOUT_SECONDS = 300;
    public static final int DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    public static final long DEFAULT_MAX_TRANSACTION_BUFFER_BYTES = 100L * 1024 * 1024;

    private final String host;
    private final int port;
    private final String authToken;
    private final List<UserSpec> users;
    private final long idlePruneMs;
    private final long leaseMs;
    private final int transactionTimeoutSeconds;
    private final int maxRequestBytes;
    private final long maxTransactionBufferBytes;
    private final TlsSettings tls;
    private final Clock clock;

    private ServerConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.authToken = b.authToken == null || b.authToken.isBlank() ? null : b.authToken.trim();
        this.users = List.copyOf(b.users);
        this.idlePruneMs = b.idlePruneMs;
        this.leaseMs = b.leaseMs;
        this.transactionTimeoutSeconds = b.transactionTimeoutSeconds;
        this.maxRequestBytes = b.maxRequestBytes;
        this.maxTransactionBufferBytes = b.maxTransactionBufferBytes;
        this.tls = b.tls;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String host() {
        return host;
    }

    /** 0 = an ephemeral port chosen at start. */
    public int port() {
        return port;
    }

    /** The static pre-shared {@code authorization} value ({@code [auth] pg_auth_token}); null = none. */
    public String authToken() {
        return authToken;
    }

    /** Accounts for Basic login, created in the catalog at start. */
    public List<UserSpec> users() {
        return users;
    }

    /** Idle session pruning TTL (protocol.md 3.8); 0 disables pruning. */
    public long idlePruneMs() {
        return idlePruneMs;
    }

    public long leaseMs() {
        return leaseMs;
    }

    public int transactionTimeoutSeconds() {
        return transactionTimeoutSeconds;
    }

    public int maxRequestBytes() {
        return maxRequestBytes;
    }

    public long maxTransactionBufferBytes() {
        return maxTransactionBufferBytes;
    }

    /** TLS of the Netty listener; null = plaintext (h2c). */
    public TlsSettings tls() {
        return tls;
    }

    /** The server clock (leases, pruning, timeouts, {@code _seq}); tests may pass a controllable one. */
    public Clock clock() {
        return clock;
    }

    public boolean mutualTls() {
        return tls != null && tls.mutualTls();
    }

    /** Whether Basic account login is wired: whenever header authentication is configured. */
    public boolean accountLogin() {
        return authToken != null || !users.isEmpty();
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String authToken;
        private final List<UserSpec> users = new ArrayList<>();
        private long idlePruneMs = DEFAULT_IDLE_PRUNE_MS;
        private long leaseMs = DEFAULT_LEASE_MS;
        private int transactionTimeoutSeconds = DEFAULT_TRANSACTION_TIMEOUT_SECONDS;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long maxTransactionBufferBytes = DEFAULT_MAX_TRANSACTION_BUFFER_BYTES;
        private TlsSettings tls;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be in 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        public Builder authToken(String token) {
            this.authToken = token;
            return this;
        }

        public Builder user(UserSpec user) {
            this.users.add(user);
            return this;
        }

        /** {@code name:password:role}. */
        public Builder user(String spec) {
            return user(UserSpec.parse(spec));
        }

        public Builder idlePruneMs(long ms) {
            this.idlePruneMs = requireNonNegative(ms, "idlePruneMs");
            return this;
        }

        public Builder leaseMs(long ms) {
            this.leaseMs = requireNonNegative(ms, "leaseMs");
            return this;
        }

        public Builder transactionTimeoutSeconds(int seconds) {
            if (seconds <= 0) {
                throw new IllegalArgumentException("transactionTimeoutSeconds must be positive, got " + seconds);
            }
            this.transactionTimeoutSeconds = seconds;
            return this;
        }

        public Builder maxRequestBytes(int bytes) {
            this.maxRequestBytes = (int) requireNonNegative(bytes, "maxRequestBytes");
            return this;
        }

        public Builder maxTransactionBufferBytes(long bytes) {
            this.maxTransactionBufferBytes = requireNonNegative(bytes, "maxTransactionBufferBytes");
            return this;
        }

        public Builder tls(TlsSettings tls) {
            this.tls = tls;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(this);
        }

        private static long requireNonNegative(long v, String name) {
            if (v < 0) {
                throw new IllegalArgumentException(name + " must not be negative, got " + v);
            }
            return v;
        }
    }
}
