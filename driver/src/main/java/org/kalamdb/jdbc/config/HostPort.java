package org.kalamdb.jdbc.config;

/** One server address of a {@code jdbc:kalam://} URL. */
public record HostPort(String host, int port) {

    public static final int DEFAULT_PORT = 9188;

    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
