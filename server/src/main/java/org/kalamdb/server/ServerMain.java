package org.kalamdb.server;

import java.io.IOException;

/**
 * {@code serve --port <p> ...}: runs the standalone server until SIGTERM/SIGINT. Prints exactly
 * {@code listening on <host>:<port>} once it accepts calls. Exit codes: 2 for bad arguments,
 * 1 when the server cannot start.
 */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config;
        try {
            config = ServerArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(ServerArguments.USAGE);
            System.exit(2);
            return;
        }
        KalamServer server = new KalamServer(config);
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            System.err.println("error: cannot start the server: " + e.getMessage());
            server.close();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kalamdb-shutdown"));
        System.out.println("listening on " + config.host() + ":" + server.port());
        System.out.flush();
        server.awaitTermination();
    }
}
