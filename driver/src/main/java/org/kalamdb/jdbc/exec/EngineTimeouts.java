package org.kalamdb.jdbc.exec;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fires the query timeouts of statements the query engine runs: its work is local, so no RPC
 * deadline can end it, and {@code Statement.setQueryTimeout} must. One daemon thread for the JVM,
 * started on the first timed engine statement; a timer that was not needed is removed at once.
 */
final class EngineTimeouts {

    private EngineTimeouts() {
    }

    private static final class Holder {
        static final ScheduledExecutorService TIMER = create();

        private static ScheduledExecutorService create() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "kalam-jdbc-query-timeout");
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }

    /** Runs {@code action} after {@code nanos}; cancel the returned future when it is no longer needed. */
    static ScheduledFuture<?> after(long nanos, Runnable action) {
        return Holder.TIMER.schedule(action, nanos, TimeUnit.NANOSECONDS);
    }
}
