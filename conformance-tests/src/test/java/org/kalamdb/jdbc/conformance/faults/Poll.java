package org.kalamdb.jdbc.conformance.faults;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounded polling for state that another party (the server, a pool, the relay's threads) changes
 * without telling the test: check, wait a little, check again, and fail with a description once the
 * limit has passed. Used where no latch can be had, never as a stand-in for one.
 */
public final class Poll {

    private static final long STEP_MILLIS = 10;

    private Poll() {
    }

    /** A check that may throw (JDBC calls, server views). */
    @FunctionalInterface
    public interface Check {
        boolean holds() throws Exception;
    }

    /** Waits until {@code check} holds; AssertionError naming {@code what} after {@code limit}. */
    public static void until(Duration limit, String what, Check check) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + limit.toMillis() + " ms: " + what);
            }
            TimeUnit.MILLISECONDS.sleep(STEP_MILLIS);
        }
    }

    /** Like {@link #until} but describes the last observed value on failure. */
    public static <T> void until(Duration limit, String what, Supplier<T> observe, java.util.function.Predicate<T> ok)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        T last = observe.get();
        while (!ok.test(last)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + limit.toMillis() + " ms: " + what + " (last seen: " + last + ")");
            }
            TimeUnit.MILLISECONDS.sleep(STEP_MILLIS);
            last = observe.get();
        }
    }
}
