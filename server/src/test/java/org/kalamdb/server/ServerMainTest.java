package org.kalamdb.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.proto.PingRequest;

/** The standalone entry point in a forked JVM: startup line, a real call, clean SIGTERM shutdown. */
class ServerMainTest {

    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    private static Process fork(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ServerMain.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(false).start();
    }

    /** Lines of the child's stdout, read by a daemon thread so waiting can be bounded. */
    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    queue.add(line);
                }
            } catch (IOException e) {
                queue.add("<stdout closed: " + e.getMessage() + ">");
            }
        }, "server-main-stdout");
        reader.setDaemon(true);
        reader.start();
        return queue;
    }

    @Test
    @DisplayName("serve --port 0 prints 'listening on <host>:<port>', answers Ping, and exits on SIGTERM")
    void startPingAndTerminate() throws Exception {
        Process p = fork("serve", "--port", "0", "--idle-prune-ms", "0");
        try {
            String line = lines(p).poll(60, TimeUnit.SECONDS);
            assertNotNull(line, "no startup line within 60 s");
            Matcher m = LISTENING.matcher(line);
            assertTrue(m.matches(), "unexpected startup line: " + line);
            int port = Integer.parseInt(m.group(1));
            ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
            try {
                assertTrue(PgServiceGrpc.newBlockingStub(ch).withDeadlineAfter(30, TimeUnit.SECONDS)
                        .ping(PingRequest.getDefaultInstance()).getOk());
            } finally {
                ch.shutdownNow();
            }
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
            assertFalse(p.isAlive());
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    @DisplayName("bad arguments exit with status 2 and a usage text")
    void badArguments() throws Exception {
        Process p = fork("--port", "x");
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, p.exitValue());
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(err.contains("--port needs a number, got 'x'"), err);
            assertTrue(err.contains("usage: serve --port <p>"), err);
        } finally {
            p.destroyForcibly();
        }
    }
}
