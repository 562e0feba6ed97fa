package org.kalamdb.jdbc.transport;

import java.util.Objects;

/**
 * One KalamDB RPC listener: a host name or IP literal and a TCP port.
 *
 * <p>IPv6 literals are kept without brackets in {@link #host()}; {@link #toString()} adds them, so
 * the text is always usable as {@code host:port}.
 */
public record HostPort(String host, int port) {

    /** The port of KalamDB's RPC listener when none is given (protocol.md 1.1). */
    public static final int DEFAULT_PORT = 9188;

    public HostPort {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw TransportException.invalidConfiguration("connection property 'host' is required");
        }
        if (port < 1 || port > 65535) {
            throw TransportException.invalidConfiguration(
                    "connection property 'port' must be a valid port number (1-65535): " + port);
        }
    }

    /**
     * Parses {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}; a missing port is
     * {@link #DEFAULT_PORT}.
     */
    public static HostPort parse(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.trim();
        if (value.isEmpty()) {
            throw TransportException.invalidConfiguration("connection property 'host' is required");
        }
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw TransportException.invalidConfiguration(
                        "connection property 'host' has an unterminated IPv6 literal: " + value);
            }
            String host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (rest.isEmpty()) {
                return new HostPort(host, DEFAULT_PORT);
            }
            if (!rest.startsWith(":")) {
                throw TransportException.invalidConfiguration(
                        "connection property 'host' is not of the form [address]:port: " + value);
            }
            return new HostPort(host, parsePort(rest.substring(1)));
        }
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            return new HostPort(value, DEFAULT_PORT);
        }
        if (value.indexOf(':') != colon) {
            // Several colons and no brackets: a bare IPv6 literal without a port.
            return new HostPort(value, DEFAULT_PORT);
        }
        return new HostPort(value.substring(0, colon), parsePort(value.substring(colon + 1)));
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw TransportException.invalidConfiguration(
                    "connection property 'port' must be a valid port number (1-65535): " + text);
        }
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
