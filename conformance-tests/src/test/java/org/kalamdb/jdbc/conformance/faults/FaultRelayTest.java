package org.kalamdb.jdbc.conformance.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.kalamdb.jdbc.conformance.faults.FaultRelay.Direction;

/** The relay itself, against a plain TCP echo server: every fault does exactly what it says. */
@Timeout(30)
class FaultRelayTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    /** How long "nothing arrives" is watched for: long enough to see a leak, short enough to be cheap. */
    private static final int QUIET_MILLIS = 200;

    private EchoServer echo;
    private FaultRelay relay;

    @BeforeEach
    void start() throws IOException {
        echo = new EchoServer();
        relay = FaultRelay.start(echo.address(), 512);
    }

    @AfterEach
    void stop() throws IOException {
        relay.close();
        echo.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), relay.port());
        s.setSoTimeout((int) LIMIT.toMillis());
        return s;
    }

    private static byte[] payload(int size) {
        byte[] b = new byte[size];
        new Random(42).nextBytes(b);
        return b;
    }

    private static byte[] readExactly(InputStream in, int size) throws IOException {
        return in.readNBytes(size);
    }

    @Test
    void forwardsTheExactByteStreamInChunks() throws Exception {
        byte[] sent = payload(10_000);
        try (Socket s = connect()) {
            s.getOutputStream().write(sent);
            assertArrayEquals(sent, readExactly(s.getInputStream(), sent.length));
        }
        // 10 000 bytes in chunks of at most 512, each way: at least 20 chunks per direction. The
        // relay counts a chunk after writing it, so the last count may land after our read returns.
        Poll.until(Duration.ofSeconds(5), "at least 40 chunks forwarded", relay::chunksForwarded, n -> n >= 40);
        assertEquals(1, relay.acceptedLinks());
    }

    @Test
    void downResetsLiveLinksAndRefusesNewOnes() throws Exception {
        try (Socket s = connect()) {
            s.getOutputStream().write(1);
            assertEquals(1, s.getInputStream().read());
            Poll.until(LIMIT, "link registered", () -> relay.liveLinks() == 1);

            relay.down();

            assertThrows(SocketException.class, () -> {
                // A reset shows either on the read or on the next write.
                s.getOutputStream().write(2);
                if (s.getInputStream().read() < 0) {
                    throw new SocketException("orderly close instead of reset");
                }
            });
        }
        assertEquals(0, relay.liveLinks());
        assertThrows(ConnectException.class, this::connect);
    }

    @Test
    void upAcceptsAgainOnTheSamePort() throws Exception {
        int port = relay.port();
        relay.down();
        assertThrows(ConnectException.class, this::connect);
        relay.up();
        assertEquals(port, relay.port());
        try (Socket s = connect()) {
            s.getOutputStream().write(7);
            assertEquals(7, s.getInputStream().read());
        }
    }

    @Test
    void blackHoleHoldsBytesUntilRestored() throws Exception {
        byte[] sent = payload(3_000);
        try (Socket s = connect()) {
            relay.blackHole(Direction.BOTH);
            s.getOutputStream().write(sent);
            Poll.until(LIMIT, "bytes held", () -> relay.heldChunks() == 1);
            s.setSoTimeout(QUIET_MILLIS);
            assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read());
            assertEquals(0, echo.bytesReceived(), "a black-holed request reached the server");

            relay.restore();

            s.setSoTimeout((int) LIMIT.toMillis());
            assertArrayEquals(sent, readExactly(s.getInputStream(), sent.length));
            assertEquals(0, relay.heldChunks());
        }
    }

    @Test
    void blackHoleOfRepliesLetsRequestsThrough() throws Exception {
        byte[] sent = payload(2_000);
        try (Socket s = connect()) {
            relay.blackHole(Direction.TO_CLIENT);
            s.getOutputStream().write(sent);
            Poll.until(LIMIT, "server received the request", () -> echo.bytesReceived() == sent.length);
            s.setSoTimeout(QUIET_MILLIS);
            assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read());

            relay.restore();

            s.setSoTimeout((int) LIMIT.toMillis());
            assertArrayEquals(sent, readExactly(s.getInputStream(), sent.length));
        }
    }

    @Test
    void delayedChunksArriveIntactAndNotEarly() throws Exception {
        Duration delay = Duration.ofMillis(40);
        relay.delayEachChunk(delay);
        byte[] sent = payload(1_500); // 3 chunks of at most 512 bytes each way
        try (Socket s = connect()) {
            long start = System.nanoTime();
            s.getOutputStream().write(sent);
            assertArrayEquals(sent, readExactly(s.getInputStream(), sent.length));
            long elapsed = System.nanoTime() - start;
            // A lower bound only: every byte crossed the relay twice, each time after the delay.
            assertTrue(elapsed >= 2 * delay.toNanos(), "delay not applied: " + elapsed + " ns");
        }
    }

    @Test
    void downWakesLinksHeldInABlackHole() throws Exception {
        try (Socket s = connect()) {
            relay.blackHole(Direction.BOTH);
            s.getOutputStream().write(payload(100));
            Poll.until(LIMIT, "link registered", () -> relay.liveLinks() == 1);
            relay.down();
            Poll.until(LIMIT, "held link aborted", () -> relay.liveLinks() == 0);
            assertThrows(IOException.class, () -> {
                if (s.getInputStream().read() < 0) {
                    throw new SocketException("orderly close instead of reset");
                }
            });
        }
    }
}
