package org.kalamdb.jdbc.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a benchmark has no result: the first line after JMH's {@code <failure>} marker in its
 * console log, attributed to the {@code # Benchmark:} and {@code # Parameters:} lines before it.
 */
public final class FailureLog {

    /** One failed benchmark run. */
    public record Failure(String benchmark, Map<String, String> params, String reason) {
    }

    private final List<Failure> failures;

    FailureLog(List<Failure> failures) {
        this.failures = List.copyOf(failures);
    }

    public static FailureLog empty() {
        return new FailureLog(List.of());
    }

    public static FailureLog parse(List<Path> logs) throws IOException {
        List<Failure> out = new ArrayList<>();
        for (Path log : logs) {
            if (Files.exists(log)) {
                out.addAll(parseLines(Files.readAllLines(log)));
            }
        }
        return new FailureLog(out);
    }

    static List<Failure> parseLines(List<String> lines) {
        List<Failure> out = new ArrayList<>();
        String benchmark = null;
        Map<String, String> params = Map.of();
        boolean failing = false;
        for (String line : lines) {
            if (line.startsWith("# Benchmark: ")) {
                String[] parts = line.substring("# Benchmark: ".length()).trim().split("\\.");
                benchmark = parts[parts.length - 2] + "." + parts[parts.length - 1];
                params = Map.of();
            } else if (line.startsWith("# Parameters: (") && line.endsWith(")")) {
                params = parameters(line.substring("# Parameters: (".length(), line.length() - 1));
            } else if (line.trim().equals("<failure>")) {
                failing = true;
            } else if (failing && !line.isBlank()) {
                failing = false;
                if (benchmark != null) {
                    out.add(new Failure(benchmark, params, line.trim()));
                }
            }
        }
        return out;
    }

    private static Map<String, String> parameters(String list) {
        Map<String, String> out = new HashMap<>();
        for (String pair : list.split(", ")) {
            int eq = pair.indexOf(" = ");
            if (eq > 0) {
                out.put(pair.substring(0, eq), pair.substring(eq + 3));
            }
        }
        return out;
    }

    /** The reason a run of {@code benchmark} with (at least) these parameters failed, if it did. */
    public Optional<String> reason(String benchmark, Map<String, String> params) {
        for (Failure f : failures) {
            if (f.benchmark().equals(benchmark) && f.params().entrySet().containsAll(params.entrySet())) {
                return Optional.of(f.reason());
            }
        }
        return Optional.empty();
    }
}
