package org.kalamdb.jdbc.bench.jdbc;

/**
 * Guards the benchmarks against timing a wrong answer: a driver or engine that returns too few
 * rows would otherwise look fast. Thrown in setup or teardown, it fails the JMH run.
 */
public final class ResultCheck {

    private ResultCheck() {
    }

    public static void rows(String what, long expected, long actual) {
        if (expected != actual) {
            throw new IllegalStateException(what + " returned " + actual + " rows, expected " + expected);
        }
    }
}
