package org.kalamdb.jdbc.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording (e.g. from JMH's {@code -prof jfr}): the methods with the most CPU
 * samples on top of the stack (self time) and anywhere on it (total time), as percentages of all
 * samples, optionally only for threads whose name contains a filter. With {@code --alloc} the
 * same for the allocation samples, weighted by the bytes they stand for.
 *
 * <pre>java -cp benchmarks.jar org.kalamdb.jdbc.bench.profile.JfrHotMethods [--alloc] profile.jfr [top] [thread-filter]</pre>
 */
public final class JfrHotMethods {

    private JfrHotMethods() {
    }

    public static void main(String[] args) throws IOException {
        List<String> a = new java.util.ArrayList<>(List.of(args));
        boolean alloc = a.remove("--alloc");
        if (a.isEmpty()) {
            System.err.println("usage: JfrHotMethods [--alloc] <recording.jfr> [top=25] [thread name filter]");
            System.exit(2);
        }
        int top = a.size() > 1 ? Integer.parseInt(a.get(1)) : 25;
        String threadFilter = a.size() > 2 ? a.get(2) : null;
        String eventType = alloc ? "jdk.ObjectAllocationSample" : "jdk.ExecutionSample";
        String threadField = alloc ? "eventThread" : "sampledThread";
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        long weightSum = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(a.get(0)))) {
            if (!e.getEventType().getName().equals(eventType)) {
                continue;
            }
            if (threadFilter != null && (e.getThread(threadField) == null
                    || !String.valueOf(e.getThread(threadField).getJavaName()).contains(threadFilter))) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            long weight = alloc ? e.getLong("weight") : 1;
            weightSum += weight;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), weight, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                if (seen.add(name(f))) {
                    total.merge(name(f), weight, Long::sum);
                }
            }
        }
        System.out.println((alloc ? (weightSum >> 20) + " MiB of sampled allocations" : weightSum + " CPU samples")
                + (threadFilter == null ? "" : " on threads matching '" + threadFilter + "'"));
        print("self", self, weightSum, top);
        print("total (inclusive)", total, weightSum, top);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long samples, int top) {
        System.out.println("\n-- " + title + " --");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
