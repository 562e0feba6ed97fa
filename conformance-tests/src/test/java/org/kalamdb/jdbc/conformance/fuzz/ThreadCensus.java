package org.kalamdb.jdbc.conformance.fuzz;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Live threads grouped by name with the digits taken out ({@code grpc-default-executor-#}), to
 * tell a leak (a group that keeps growing) from pools that merely exist.
 */
final class ThreadCensus {

    /** A group may grow by this much: cached pools keep a spare thread for a while. */
    private static final int SLACK = 2;

    private ThreadCensus() {
    }

    static Map<String, Integer> take() {
        Map<String, Integer> groups = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive()) {
                groups.merge(t.getName().replaceAll("\\d+", "#"), 1, Integer::sum);
            }
        }
        return groups;
    }

    /** Waits (bounded) until no group has grown beyond the slack since {@code before}; fails naming the groups. */
    static void assertNoLeak(Map<String, Integer> before, Duration settle) throws InterruptedException {
        long deadline = System.nanoTime() + settle.toNanos();
        Map<String, Integer> grown;
        while (!(grown = grown(before, take())).isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("threads leaked (group: count now): " + grown + "; before: " + before);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static Map<String, Integer> grown(Map<String, Integer> before, Map<String, Integer> now) {
        Map<String, Integer> out = new TreeMap<>();
        now.forEach((group, count) -> {
            if (count > before.getOrDefault(group, 0) + SLACK) {
                out.put(group, count);
            }
        });
        return out;
    }
}
