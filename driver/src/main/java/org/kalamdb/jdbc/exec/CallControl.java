package org.kalamdb.jdbc.exec;

import java.sql.SQLException;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.transport.RpcOptions;

/**
 * The deadline and cancellation state of one statement execution. A statement may need several
 * RPCs (scan, then one Update per row); each gets what is left of {@code setQueryTimeout}, and
 * {@code Statement.cancel()} from another thread stops the loop at the next RPC (the RPC in
 * flight is cancelled by the transport).
 */
public final class CallControl {

    private final long deadlineNanos;
    private final long timeoutMillis;
    private final long networkTimeoutMillis;
    private volatile boolean cancelled;

    /**
     * @param queryTimeoutSeconds  Statement.setQueryTimeout, 0 = none
     * @param networkTimeoutMillis Connection.setNetworkTimeout, 0 = the connection's {@code timeout} property
     */
    public CallControl(int queryTimeoutSeconds, long networkTimeoutMillis) {
        this.timeoutMillis = queryTimeoutSeconds * 1000L;
        this.networkTimeoutMillis = networkTimeoutMillis;
        this.deadlineNanos = queryTimeoutSeconds > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
    }

    /** No query timeout, no network timeout. */
    public static CallControl none() {
        return new CallControl(0, 0);
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Fails with 57014 when cancelled or past the deadline; call before each RPC. */
    public void check() throws SQLException {
        if (cancelled) {
            throw Errors.cancelled("canceling statement due to user request", null);
        }
        if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos >= 0) {
            throw Errors.timeout("canceling statement due to statement timeout (" + timeoutMillis + " ms)", null);
        }
    }

    /** Options for the next RPC: the remaining query time and the network timeout, whichever is sooner. */
    public RpcOptions rpcOptions() throws SQLException {
        check();
        long remaining = 0;
        if (deadlineNanos != 0) {
            remaining = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000L);
        }
        long limit = remaining == 0 ? networkTimeoutMillis
                : networkTimeoutMillis == 0 ? remaining : Math.min(remaining, networkTimeoutMillis);
        return limit == 0 ? RpcOptions.DEFAULTS : RpcOptions.timeoutMillis(limit);
    }
}
