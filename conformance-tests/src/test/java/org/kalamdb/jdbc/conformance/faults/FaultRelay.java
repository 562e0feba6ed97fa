package org.kalamdb.jdbc.conformance.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A loopback TCP relay in front of a server, for fault injection: clients connect to
 * {@link #port()}, every accepted connection gets its own connection to the target, and bytes are
 * forwarded in chunks of at most {@code chunkSize} bytes, each direction on its own thread.
 *
 * <p>Faults, switchable at any time from the test thread:
 * <ul>
 * <li>{@link #down()}: the listening socket is closed (new connections are refused by the OS) and
 *     every live link is aborted with a TCP reset on both sides, as a crashed middlebox would;</li>
 * <li>{@link #up()}: listen again on the same port;</li>
 * <li>{@link #blackHole(Direction)}: hold every byte in that direction (the chunk already read
 *     waits, the rest stays in the socket buffers); nothing is lost, {@link #restore()} releases it;</li>
 * <li>{@link #delayEachChunk(Duration)}: every chunk waits this long before it is forwarded.</li>
 * </ul>
 * The relay never changes, reorders or drops bytes: a link either carries the exact byte stream
 * or is reset.
 */
public final class FaultRelay implements AutoCloseable {

    /** Which bytes a fault applies to. */
    public enum Direction {
        /** Requests: client to server. */
        TO_SERVER,
        /** Replies: server to client. */
        TO_CLIENT,
        /** Both. */
        BOTH;

        boolean covers(Direction d) {
            return this == BOTH || this == d;
        }
    }

    private static final Logger LOG = Logger.getLogger(FaultRelay.class.getName());
    private static final int DEFAULT_CHUNK_SIZE = 1024;

    private final InetSocketAddress target;
    private final int chunkSize;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong chunks = new AtomicLong();
    private final AtomicInteger held = new AtomicInteger();

    /** Guards the fault switches; every change signals {@link #changed}. */
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private Direction blackHoled;
    private long delayNanos;
    private ServerSocket listener;
    private Thread acceptor;
    private boolean closed;

    private FaultRelay(InetSocketAddress target, int chunkSize, ServerSocket listener) {
        this.target = target;
        this.chunkSize = chunkSize;
        this.listener = listener;
        this.port = listener.getLocalPort();
    }

    /** A relay on an ephemeral loopback port in front of {@code target}, forwarding 1 KiB chunks. */
    public static FaultRelay start(InetSocketAddress target) throws IOException {
        return start(target, DEFAULT_CHUNK_SIZE);
    }

    public static FaultRelay start(InetSocketAddress target, int chunkSize) throws IOException {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunkSize must be positive, got " + chunkSize);
        }
        FaultRelay relay = new FaultRelay(target, chunkSize, bind(0));
        relay.startAccepting(relay.listener);
        return relay;
    }

    /** The port clients connect to; the same across {@link #down()} and {@link #up()}. */
    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:<port>}. */
    public String hostPort() {
        return "127.0.0.1:" + port;
    }

    /** Links currently forwarding (accepted and not yet closed or aborted). */
    public int liveLinks() {
        return links.size();
    }

    /** Connections accepted since start. */
    public long acceptedLinks() {
        return accepted.get();
    }

    /** Chunks forwarded since start, both directions. */
    public long chunksForwarded() {
        return chunks.get();
    }

    /** Chunks read and now waiting in a black hole: proof that bytes were sent and are being held. */
    public int heldChunks() {
        return held.get();
    }

    /** Refuses new connections and aborts every live link with a reset. Idempotent. */
    public void down() {
        ServerSocket old;
        Thread oldAcceptor;
        lock.lock();
        try {
            old = listener;
            oldAcceptor = acceptor;
            listener = null;
            acceptor = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        closeQuietly(old);
        // The kernel keeps a listener that a thread is blocked on in accept() alive (and accepting into
        // its backlog) until that thread returns: only after it has, are new connections refused.
        joinQuietly(oldAcceptor);
        for (Link link : new ArrayList<>(links)) {
            link.abort();
        }
    }

    /** Accepts connections again on the same port. Idempotent. */
    public void up() throws IOException {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("relay is closed");
            }
            if (listener != null) {
                return;
            }
            listener = rebind(port);
            startAccepting(listener);
        } finally {
            lock.unlock();
        }
    }

    /** Holds every byte in {@code direction} until {@link #restore()} (replaces an earlier black hole). */
    public void blackHole(Direction direction) {
        lock.lock();
        try {
            blackHoled = direction;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Every chunk waits {@code delay} before it is forwarded (both directions); zero turns it off. */
    public void delayEachChunk(Duration delay) {
        lock.lock();
        try {
            delayNanos = delay.toNanos();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Ends black holes and delays: held bytes flow on. Does not bring a downed relay up. */
    public void restore() {
        lock.lock();
        try {
            blackHoled = null;
            delayNanos = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops listening and aborts every link. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
        down();
    }

    @Override
    public String toString() {
        return "FaultRelay[" + hostPort() + " -> " + target.getHostString() + ":" + target.getPort() + "]";
    }

    // ---- internals -------------------------------------------------------------------------------

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        // A link aborted by down() may leave the port in TIME_WAIT: up() must still get it back.
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress("127.0.0.1", port));
        return s;
    }

    /**
     * Binds the relay's port again. The kernel may still hold the old listener for a moment (its
     * accept thread releases it asynchronously), so a busy port is retried briefly.
     */
    private static ServerSocket rebind(int port) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                return bind(port);
            } catch (BindException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void startAccepting(ServerSocket socket) {
        Thread t = new Thread(() -> acceptLoop(socket), "fault-relay-accept-" + port);
        t.setDaemon(true);
        acceptor = t;
        t.start();
    }

    private static void joinQuietly(Thread t) {
        if (t == null) {
            return;
        }
        try {
            t.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return; // closed by down()
            }
            accepted.incrementAndGet();
            Socket upstream = new Socket();
            try {
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                upstream.connect(target);
            } catch (IOException e) {
                LOG.log(Level.FINE, "relay cannot reach " + target, e);
                abortSocket(client);
                closeQuietly(upstream);
                continue;
            }
            Link link = new Link(client, upstream);
            links.add(link);
            if (socket.isClosed()) {
                // down() ran between accept and registration: it must not miss this link.
                link.abort();
                continue;
            }
            link.start();
        }
    }

    /** Blocks while {@code direction} is black-holed, then waits out the chunk delay. */
    private void awaitPassage(Link link, Direction direction) throws InterruptedException {
        lock.lock();
        try {
            if (!link.isClosed() && blackHoled != null && blackHoled.covers(direction)) {
                held.incrementAndGet();
                try {
                    while (!link.isClosed() && blackHoled != null && blackHoled.covers(direction)) {
                        changed.await();
                    }
                } finally {
                    held.decrementAndGet();
                }
            }
            long deadline = System.nanoTime() + delayNanos;
            long left = delayNanos;
            while (!link.isClosed() && left > 0) {
                changed.awaitNanos(left);
                left = Math.min(deadline - System.nanoTime(), delayNanos);
            }
        } finally {
            lock.unlock();
        }
    }

    private void wakeWaiters() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static void abortSocket(Socket s) {
        try {
            // SO_LINGER 0: close sends RST instead of FIN, so the peer sees a reset connection.
            s.setSoLinger(true, 0);
        } catch (SocketException e) {
            // already closed
        }
        closeQuietly(s);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // nothing to do: the socket is gone either way
        }
    }

    /** One accepted client connection and its connection to the target. */
    private final class Link {
        private final Socket client;
        private final Socket upstream;
        private volatile boolean closed;

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        boolean isClosed() {
            return closed;
        }

        void start() {
            pump(client, upstream, Direction.TO_SERVER);
            pump(upstream, client, Direction.TO_CLIENT);
        }

        private void pump(Socket from, Socket to, Direction direction) {
            Thread t = new Thread(() -> forward(from, to, direction),
                    "fault-relay-" + port + "-" + direction.name().toLowerCase());
            t.setDaemon(true);
            t.start();
        }

        private void forward(Socket from, Socket to, Direction direction) {
            byte[] buffer = new byte[chunkSize];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    awaitPassage(this, direction);
                    if (closed) {
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    chunks.incrementAndGet();
                }
                close(); // orderly end of one side: end the link
            } catch (IOException e) {
                abort();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abort();
            }
        }

        /** Orderly close (FIN) of both sockets. */
        void close() {
            if (finish()) {
                closeQuietly(client);
                closeQuietly(upstream);
            }
        }

        /** Reset (RST) of both sockets. */
        void abort() {
            if (finish()) {
                abortSocket(client);
                abortSocket(upstream);
            }
        }

        private boolean finish() {
            synchronized (this) {
                if (closed) {
                    return false;
                }
                closed = true;
            }
            links.remove(this);
            wakeWaiters();
            return true;
        }
    }
}
