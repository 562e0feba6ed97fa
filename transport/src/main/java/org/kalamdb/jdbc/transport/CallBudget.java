package org.kalamdb.jdbc.transport;

import java.util.concurrent.TimeUnit;

import io.grpc.Deadline;

/**
 * The time allowed for one logical call. One deadline covers every attempt of the call (a session
 * re-open and its retry included), so a query timeout bounds what the caller waits for.
 *
 * @param timeoutMillis the configured limit (0 = none), for messages
 * @param deadline the absolute deadline, or null for none
 */
record CallBudget(long timeoutMillis, Deadline deadline) {

    static CallBudget of(long timeoutMillis) {
        return new CallBudget(
                timeoutMillis,
                timeoutMillis > 0 ? Deadline.after(timeoutMillis, TimeUnit.MILLISECONDS) : null);
    }

    /** This call's own deadline has passed. */
    boolean isExpired() {
        return deadline != null && deadline.isExpired();
    }

    /** The time left, capped at {@code cap} (also when there is no deadline); never negative. */
    long remainingMillis(long cap) {
        if (deadline == null) {
            return cap;
        }
        return Math.max(0, Math.min(cap, deadline.timeRemaining(TimeUnit.MILLISECONDS)));
    }

    /** A new budget of the same length starting now (for a retry after the first one ran out). */
    CallBudget renewed() {
        return of(timeoutMillis);
    }
}
