package org.kalamdb.jdbc.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The leader named in a "not leader" error, e.g. {@code Not leader for shard. Leader:
 * Some("http://10.0.0.2:8080")} (protocol.md 7.9). The address is the leader's HTTP API address;
 * its RPC listener is guessed the way the official client does: API port 8080 means RPC port 9188,
 * any other API port means API port + 1000; then the current RPC port is tried.
 *
 * @param host the leader's host
 * @param apiPort its API port, or -1 when the hint has none
 */
record LeaderHint(String host, int apiPort) {

    private static final String MARKER = "Leader:";

    /** The hint in an INTERNAL or FAILED_PRECONDITION message, if it names a usable leader. */
    static Optional<LeaderHint> parse(RpcCode code, String message) {
        if (code != RpcCode.INTERNAL && code != RpcCode.FAILED_PRECONDITION) {
            return Optional.empty();
        }
        int at = message.indexOf(MARKER);
        if (at < 0) {
            return Optional.empty();
        }
        String value = firstToken(message.substring(at + MARKER.length()).trim());
        if (value.startsWith("Some(")) {
            value = value.substring("Some(".length());
            int close = value.lastIndexOf(')');
            value = close >= 0 ? value.substring(0, close) : value;
        }
        value = value.replace("\\", "").replace("\"", "").replace("'", "");
        value = stripTrailing(value, ",;.)");
        if (value.isEmpty()
                || value.equalsIgnoreCase("none")
                || value.equalsIgnoreCase("unknown")) {
            return Optional.empty();
        }
        int scheme = value.indexOf("://");
        if (scheme >= 0) {
            value = value.substring(scheme + 3);
        }
        int slash = value.indexOf('/');
        if (slash >= 0) {
            value = value.substring(0, slash);
        }
        int userInfo = value.lastIndexOf('@');
        if (userInfo >= 0) {
            value = value.substring(userInfo + 1);
        }
        return hostAndPort(value);
    }

    /** RPC addresses to try for the leader, in order, without duplicates. */
    List<HostPort> rpcCandidates(int currentRpcPort) {
        List<HostPort> candidates = new ArrayList<>(2);
        if (apiPort > 0) {
            int mapped = apiPort == 8080 ? HostPort.DEFAULT_PORT : apiPort + 1000;
            if (mapped <= 65535) {
                candidates.add(new HostPort(host, mapped));
            }
        }
        HostPort current = new HostPort(host, currentRpcPort);
        if (!candidates.contains(current)) {
            candidates.add(current);
        }
        return candidates;
    }

    private static Optional<LeaderHint> hostAndPort(String value) {
        String host;
        String port = null;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (rest.startsWith(":")) {
                port = rest.substring(1);
            }
        } else {
            int colon = value.lastIndexOf(':');
            if (colon > 0 && value.indexOf(':') == colon) {
                host = value.substring(0, colon);
                port = value.substring(colon + 1);
            } else {
                host = value;
            }
        }
        if (host.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new LeaderHint(host, parsePort(port)));
    }

    private static int parsePort(String text) {
        if (text == null) {
            return -1;
        }
        try {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String firstToken(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static String stripTrailing(String text, String characters) {
        int end = text.length();
        while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
