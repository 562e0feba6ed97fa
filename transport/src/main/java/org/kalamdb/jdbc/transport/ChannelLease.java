package org.kalamdb.jdbc.transport;

import java.util.concurrent.atomic.AtomicBoolean;

import io.grpc.ManagedChannel;

/** One holder's reference to a registry channel; closing it gives the reference back, once. */
final class ChannelLease implements AutoCloseable {

    private final ChannelRegistry registry;
    private final ChannelKey key;
    private final ManagedChannel channel;
    private final boolean dedicated;
    private final AtomicBoolean released = new AtomicBoolean();

    ChannelLease(
            ChannelRegistry registry, ChannelKey key, ManagedChannel channel, boolean dedicated) {
        this.registry = registry;
        this.key = key;
        this.channel = channel;
        this.dedicated = dedicated;
    }

    ChannelKey key() {
        return key;
    }

    ManagedChannel channel() {
        return channel;
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
