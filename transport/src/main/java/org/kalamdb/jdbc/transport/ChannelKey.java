package org.kalamdb.jdbc.transport;

import java.util.Objects;

/**
 * The identity of a shared channel: sessions with equal keys share one channel. Besides target and
 * TLS settings it holds the two other channel-level settings (inbound limit, connect timeout), so
 * that a session never gets a channel built with someone else's limits.
 */
record ChannelKey(
        ChannelTarget target, TlsConfig tls, int maxInboundMessageSize, long connectTimeoutMillis) {

    ChannelKey {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(tls, "tls");
    }

    static ChannelKey of(ChannelTarget target, TransportConfig config) {
        if (target instanceof ChannelTarget.InProcess) {
            // In process there is neither TLS nor a TCP connect.
            return new ChannelKey(target, TlsConfig.plaintext(), config.maxInboundMessageSize(), 0);
        }
        return new ChannelKey(
                target,
                config.tls(),
                config.maxInboundMessageSize(),
                config.connectTimeoutMillis());
    }
}
