package org.kalamdb.jdbc.transport;

import java.util.concurrent.atomic.AtomicBoolean;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;

/** One holder's reference to a registry channel; closing it gives the reference back, once. */
final class ChannelLease implements AutoCloseable {

    private final ChannelRegistry registry;
    private final ChannelKey key;
    private final ManagedChannel channel;
    private final LinkWatch watch;
    private final boolean dedicated;
    private final AtomicBoolean released = new AtomicBoolean();

    ChannelLease(
            ChannelRegistry registry,
            ChannelKey key,
            ManagedChannel channel,
            LinkWatch watch,
            boolean dedicated) {
        this.registry = registry;
        this.key = key;
        this.channel = channel;
        this.watch = watch;
        this.dedicated = dedicated;
    }

    ChannelKey key() {
        return key;
    }

    ManagedChannel channel() {
        return channel;
    }

    /** Waits (bounded) for the channel's link to be up again; see {@link LinkWatch#awaitReady}. */
    boolean awaitReady(long boundMillis, boolean persistent) {
        return watch.awaitReady(channel, boundMillis, persistent);
    }

    /** The link is failing: the last connection attempt failed and no transport is ready. */
    boolean isFailing() {
        return channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE;
    }

    boolean dedicated() {
        return dedicated;
    }

    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            registry.release(this);
        }
    }
}
