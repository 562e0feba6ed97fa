package org.kalamdb.jdbc.transport;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.grpc.ManagedChannel;

/**
 * Shared, reference-counted gRPC channels: one channel per {@link ChannelKey} (target, TLS
 * settings, limits), used by every session with that key, shut down when its last session releases
 * it. The Netty and executor threads live exactly as long as at least one channel does, so after
 * the last session closes no {@code kalam-jdbc-*} thread remains.
 *
 * <p>Besides shared channels, a registry hands out dedicated ones: a fresh connection for the one
 * retry of CloseSession/RollbackTransaction after a transport failure.
 */
public final class ChannelRegistry {

    private static final Logger LOG = Logger.getLogger(ChannelRegistry.class.getName());
    private static final long CHANNEL_SHUTDOWN_WAIT_SECONDS = 5;
    private static final ChannelRegistry SHARED = new ChannelRegistry();

    private final Map<ChannelKey, SharedChannel> shared = new HashMap<>();
    private int dedicatedCount;
    private ThreadResources threads;

    private ChannelRegistry() {}

    /** The JVM-wide registry every {@link PgSession} uses by default. */
    public static ChannelRegistry shared() {
        return SHARED;
    }

    /** A registry of its own, for tests that count channels without interference. */
    static ChannelRegistry isolated() {
        return new ChannelRegistry();
    }

    /** Channels currently open: shared ones plus dedicated retry channels. */
    public synchronized int liveChannelCount() {
        return shared.size() + dedicatedCount;
    }

    /** A reference to the shared channel for {@code key}, created on first use. */
    synchronized ChannelLease acquire(ChannelKey key) {
        SharedChannel entry = shared.get(key);
        if (entry == null) {
            LinkWatch watch = new LinkWatch();
            entry = new SharedChannel(createChannel(key, watch), watch);
            shared.put(key, entry);
            LOG.fine(() -> "opened shared channel to " + key.target());
        }
        entry.references++;
        return new ChannelLease(this, key, entry.channel, entry.watch, false);
    }

    /** A new channel used by one holder only, closed when that holder releases it. */
    synchronized ChannelLease acquireDedicated(ChannelKey key) {
        LinkWatch watch = new LinkWatch();
        ManagedChannel channel = createChannel(key, watch);
        dedicatedCount++;
        return new ChannelLease(this, key, channel, watch, true);
    }

    void release(ChannelLease lease) {
        ManagedChannel toClose = null;
        ThreadResources toStop = null;
        synchronized (this) {
            if (lease.dedicated()) {
                dedicatedCount--;
                toClose = lease.channel();
            } else {
                SharedChannel entry = shared.get(lease.key());
                if (entry != null && entry.channel == lease.channel() && --entry.references == 0) {
                    shared.remove(lease.key());
                    toClose = entry.channel;
                }
            }
            if (shared.isEmpty() && dedicatedCount == 0 && threads != null) {
                toStop = threads;
                threads = null;
            }
        }
        // Blocking waits happen outside the lock: other sessions may keep acquiring meanwhile.
        if (toClose != null) {
            closeChannel(toClose, lease.key());
        }
        if (toStop != null) {
            toStop.shutdown();
        }
    }

    // Called with the lock held. Threads start with the first channel; if that channel cannot be
    // built (e.g. an unreadable caCert), they stop again at once.
    private ManagedChannel createChannel(ChannelKey key, LinkWatch watch) {
        if (threads == null) {
            threads = ThreadResources.create();
        }
        try {
            return ChannelFactory.create(key, threads, watch);
        } catch (RuntimeException e) {
            if (shared.isEmpty() && dedicatedCount == 0) {
                threads.shutdown();
                threads = null;
            }
            throw e;
        }
    }

    private static void closeChannel(ManagedChannel channel, ChannelKey key) {
        channel.shutdown();
        try {
            if (!channel.awaitTermination(CHANNEL_SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                channel.shutdownNow();
                channel.awaitTermination(CHANNEL_SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
            LOG.log(Level.FINE, "interrupted while closing channel", e);
        }
        LOG.fine(() -> "closed channel to " + key.target());
    }

    private static final class SharedChannel {
        final ManagedChannel channel;
        final LinkWatch watch;
        int references;

        SharedChannel(ManagedChannel channel, LinkWatch watch) {
            this.channel = channel;
            this.watch = watch;
        }
    }
}
