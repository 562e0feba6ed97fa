package org.kalamdb.jdbc.transport;

import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.grpc.Attributes;
import io.grpc.ClientTransportFilter;
import io.grpc.ConnectivityState;
import io.grpc.Context;
import io.grpc.ManagedChannel;

/**
 * Brings one channel's link back after an outage, within a bound, and says whether it did.
 *
 * <p>After a failed connection attempt a gRPC channel waits out a reconnect backoff (1 s, growing
 * to 2 min) and meanwhile fails every call at once with the last error, even when the server is
 * reachable again. {@link #awaitReady} resets that backoff (a new attempt starts at once) and waits
 * until the channel is READY. The channel's state alone cannot say that the new attempt failed
 * (gRPC keeps reporting TRANSIENT_FAILURE throughout), so this filter, installed on the channel,
 * counts the connection attempts that ended without ever becoming ready.
 */
final class LinkWatch extends ClientTransportFilter {

    /** Marks a transport that became ready, so that its later end is not a failed attempt. */
    private static final Attributes.Key<Boolean> WAS_READY =
            Attributes.Key.create("org.kalamdb.jdbc.transport.wasReady");

    /** How often a persistent wait starts a new attempt while the server still refuses. */
    static final long RETRY_INTERVAL_MILLIS = 200;

    private static final Executor DIRECT = Runnable::run;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long events;
    private long failedAttempts;

    @Override
    public Attributes transportReady(Attributes attributes) {
        signal(false);
        return attributes.toBuilder().set(WAS_READY, Boolean.TRUE).build();
    }

    @Override
    public void transportTerminated(Attributes attributes) {
        signal(!Boolean.TRUE.equals(attributes.get(WAS_READY)));
    }

    /**
     * Resets the channel's reconnect backoff and waits until it is READY.
     *
     * @param boundMillis the longest wait (positive)
     * @param persistent false: give up as soon as one new connection attempt fails (the server
     *     refuses, so it is down now); true: keep starting attempts (every {@link
     *     #RETRY_INTERVAL_MILLIS}) until the bound
     * @return true when the channel is READY; false when it is not (bound reached, attempt failed,
     *     channel shut down, the current gRPC context cancelled, or the thread interrupted, whose
     *     flag is then set again)
     */
    boolean awaitReady(ManagedChannel channel, long boundMillis, boolean persistent) {
        // The wait belongs to a call: cancelling the call (close, abort, Statement.cancel) ends it.
        Context call = Context.current();
        Context.CancellationListener wake = cancelled -> signal(false);
        call.addListener(wake, DIRECT);
        try {
            return awaitReady(channel, boundMillis, persistent, call);
        } finally {
            call.removeListener(wake);
        }
    }

    private boolean awaitReady(
            ManagedChannel channel, long boundMillis, boolean persistent, Context call) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(boundMillis);
        long failuresBefore = failedAttempts();
        long nextAttempt = startAttempt(channel);
        while (true) {
            long seen = events();
            ConnectivityState state = channel.getState(true);
            if (state == ConnectivityState.READY) {
                return true;
            }
            long now = System.nanoTime();
            if (state == ConnectivityState.SHUTDOWN || now - end >= 0 || call.isCancelled()) {
                return false;
            }
            if (!persistent && failedAttempts() > failuresBefore) {
                return false;
            }
            if (persistent && now - nextAttempt >= 0) {
                nextAttempt = startAttempt(channel);
                continue;
            }
            long waitUntil = persistent && nextAttempt - end < 0 ? nextAttempt : end;
            channel.notifyWhenStateChanged(state, () -> signal(false));
            if (!awaitEvent(seen, waitUntil - now)) {
                return false;
            }
        }
    }

    // Ends the backoff of a channel in TRANSIENT_FAILURE (a no-op while it connects or is ready);
    // returns when the next attempt may be started.
    private static long startAttempt(ManagedChannel channel) {
        channel.resetConnectBackoff();
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RETRY_INTERVAL_MILLIS);
    }

    private long failedAttempts() {
        lock.lock();
        try {
            return failedAttempts;
        } finally {
            lock.unlock();
        }
    }

    private long events() {
        lock.lock();
        try {
            return events;
        } finally {
            lock.unlock();
        }
    }

    private void signal(boolean failedAttempt) {
        lock.lock();
        try {
            events++;
            if (failedAttempt) {
                failedAttempts++;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // Waits until an event after `seen` or the time is up; false only when interrupted.
    private boolean awaitEvent(long seen, long nanos) {
        lock.lock();
        try {
            long left = nanos;
            while (events == seen && left > 0) {
                left = changed.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }
}
