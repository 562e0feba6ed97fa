package org.kalamdb.jdbc.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link PgSession} needs to reach a KalamDB PgService: where (a list of RPC listeners
 * tried in order, or the name of an in-process server), how (TLS, credentials, limits, deadlines)
 * and the observability-only {@code currentSchema} sent on OpenSession.
 *
 * <p>Invalid values fail with a {@link TransportException} classified as an invalid configuration
 * (SQLState 22023). {@link #toString()} masks every secret.
 *
 * @param targets RPC listeners, tried in order at connect; empty for an in-process target
 * @param inProcessName name of an in-process server, or null for network targets
 * @param tls TLS settings (ignored in process)
 * @param auth credentials sent on Ping and OpenSession
 * @param connectTimeoutMillis TCP connect limit; 0 = the transport's default
 * @param timeoutMillis deadline of every RPC unless a call overrides it; 0 = none
 * @param maxInboundMessageSize largest response accepted, in bytes
 * @param currentSchema sent on OpenSession (shown in system.sessions), or null
 */
public record TransportConfig(
        List<HostPort> targets,
        String inProcessName,
        TlsConfig tls,
        AuthConfig auth,
        long connectTimeoutMillis,
        long timeoutMillis,
        int maxInboundMessageSize,
        String currentSchema) {

    /**
     * 256 MiB: Scan and ExecuteQuery replies are not size-capped by the server (protocol.md 1.2).
     */
    public static final int DEFAULT_MAX_INBOUND_MESSAGE_SIZE = 256 * 1024 * 1024;

    public static final long DEFAULT_CONNECT_TIMEOUT_MILLIS = 10_000;

    public TransportConfig {
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        inProcessName = inProcessName == null || inProcessName.isBlank() ? null : inProcessName;
        tls = Objects.requireNonNull(tls, "tls");
        auth = Objects.requireNonNull(auth, "auth");
        currentSchema =
                currentSchema == null || currentSchema.isBlank() ? null : currentSchema.trim();
        if (inProcessName == null && targets.isEmpty()) {
            throw TransportException.invalidConfiguration("connection property 'host' is required");
        }
        if (inProcessName != null && !targets.isEmpty()) {
            throw TransportException.invalidConfiguration(
                    "an in-process target cannot be combined with network hosts");
        }
        if (connectTimeoutMillis < 0) {
            throw TransportException.invalidConfiguration(
                    "connection property 'connectTimeout' must be a valid integer (milliseconds) >="
                        + " 0: "
                            + connectTimeoutMillis);
        }
        if (connectTimeoutMillis > Integer.MAX_VALUE) {
            throw TransportException.invalidConfiguration(
                    "connection property 'connectTimeout' is too large (milliseconds): "
                            + connectTimeoutMillis);
        }
        if (timeoutMillis < 0) {
            throw TransportException.invalidConfiguration(
                    "connection property 'timeout' must be a valid integer (milliseconds) >= 0: "
                            + timeoutMillis);
        }
        if (maxInboundMessageSize <= 0) {
            throw TransportException.invalidConfiguration(
                    "connection property 'maxInboundMessageSize' must be a positive number of"
                        + " bytes: "
                            + maxInboundMessageSize);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean inProcess() {
        return inProcessName != null;
    }

    /** A builder with the defaults: no TLS, no credentials, no RPC deadline, 256 MiB replies. */
    public static final class Builder {
        private final List<HostPort> targets = new ArrayList<>();
        private String inProcessName;
        private TlsConfig tls = TlsConfig.plaintext();
        private AuthConfig auth = AuthConfig.none();
        private long connectTimeoutMillis = DEFAULT_CONNECT_TIMEOUT_MILLIS;
        private long timeoutMillis;
        private int maxInboundMessageSize = DEFAULT_MAX_INBOUND_MESSAGE_SIZE;
        private String currentSchema;

        private Builder() {}

        /** Adds a network target; targets are tried in the order added. */
        public Builder target(HostPort target) {
            targets.add(Objects.requireNonNull(target, "target"));
            return this;
        }

        public Builder target(String host, int port) {
            return target(new HostPort(host, port));
        }

        public Builder targets(List<HostPort> all) {
            targets.clear();
            all.forEach(this::target);
            return this;
        }

        /** Targets the in-process server registered under {@code name} (jdbc:kalam:mem:). */
        public Builder inProcess(String name) {
            this.inProcessName = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder tls(TlsConfig value) {
            this.tls = Objects.requireNonNull(value, "tls");
            return this;
        }

        public Builder auth(AuthConfig value) {
            this.auth = Objects.requireNonNull(value, "auth");
            return this;
        }

        public Builder connectTimeoutMillis(long value) {
            this.connectTimeoutMillis = value;
            return this;
        }

        public Builder timeoutMillis(long value) {
            this.timeoutMillis = value;
            return this;
        }

        public Builder maxInboundMessageSize(int value) {
            this.maxInboundMessageSize = value;
            return this;
        }

        public Builder currentSchema(String value) {
            this.currentSchema = value;
            return this;
        }

        public TransportConfig build() {
            return new TransportConfig(
                    targets,
                    inProcessName,
                    tls,
                    auth,
                    connectTimeoutMillis,
                    timeoutMillis,
                    maxInboundMessageSize,
                    currentSchema);
        }
    }
}
