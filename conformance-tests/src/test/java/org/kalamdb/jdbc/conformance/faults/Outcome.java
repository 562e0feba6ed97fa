package org.kalamdb.jdbc.conformance.faults;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How a JDBC call ended: it returned, or it threw an SQLException. Any other throwable is a test
 * failure of its own and is rethrown by {@link #await}.
 */
public sealed interface Outcome<T> {

    record Returned<T>(T value) implements Outcome<T> {
    }

    record Failed<T>(SQLException exception) implements Outcome<T> {
    }

    /** A JDBC call to run elsewhere. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws SQLException;
    }

    /** Runs {@code call} on a new daemon thread; {@link #await} collects its outcome. */
    static <T> Future<Outcome<T>> start(String name, Call<T> call) {
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            return one.submit(() -> {
                try {
                    return new Returned<>(call.call());
                } catch (SQLException e) {
                    return new Failed<>(e);
                }
            });
        } finally {
            one.shutdown();
        }
    }

    /** The outcome, waiting at most {@code limit}: a call that does not end by then is a hang. */
    static <T> Outcome<T> await(Future<Outcome<T>> running, Duration limit) throws InterruptedException {
        try {
            return running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new AssertionError("the call did not end within " + limit.toMillis() + " ms (a hang)");
        } catch (ExecutionException e) {
            throw new AssertionError("the call threw something other than an SQLException", e.getCause());
        }
    }

    /** Runs {@code call} here and captures its outcome. */
    static <T> Outcome<T> of(Call<T> call) {
        try {
            return new Returned<>(call.call());
        } catch (SQLException e) {
            return new Failed<>(e);
        }
    }
}
