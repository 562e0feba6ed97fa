package org.kalamdb.jdbc.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The runs of one or more JMH JSON result files, looked up by benchmark and parameters. */
public final class JmhResults {

    private final List<JmhRun> runs;

    private JmhResults(List<JmhRun> runs) {
        this.runs = List.copyOf(runs);
    }

    public static JmhResults load(List<Path> files) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JmhRun> runs = new ArrayList<>();
        for (Path file : files) {
            if (!Files.exists(file) || Files.size(file) == 0) {
                continue;
            }
            for (JsonNode entry : mapper.readTree(file.toFile())) {
                runs.add(parse(entry));
            }
        }
        return new JmhResults(runs);
    }

    public List<JmhRun> runs() {
        return runs;
    }

    /** The run of {@code benchmark} ({@code Class.method}) whose parameters include all of {@code params}. */
    public Optional<JmhRun> find(String benchmark, Map<String, String> params) {
        for (JmhRun run : runs) {
            if (run.benchmark().equals(benchmark) && run.params().entrySet().containsAll(params.entrySet())) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }

    public Optional<JmhRun> find(String benchmark) {
        return find(benchmark, Map.of());
    }

    private static JmhRun parse(JsonNode entry) {
        String fqn = entry.get("benchmark").asText();
        String[] parts = fqn.split("\\.");
        String benchmark = parts[parts.length - 2] + "." + parts[parts.length - 1];
        Map<String, String> params = new HashMap<>();
        JsonNode p = entry.get("params");
        if (p != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                params.put(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode primary = entry.get("primaryMetric");
        Map<String, Double> percentiles = new HashMap<>();
        JsonNode pct = primary.get("scorePercentiles");
        if (pct != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = pct.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                percentiles.put(e.getKey(), number(e.getValue()));
            }
        }
        Map<String, List<Double>> secondary = new HashMap<>();
        JsonNode sec = entry.get("secondaryMetrics");
        if (sec != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = sec.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                secondary.put(e.getKey(), iterations(e.getValue().get("rawData")));
            }
        }
        return new JmhRun(benchmark, entry.get("mode").asText(), params, metric(primary), percentiles, secondary);
    }

    /** rawData: one array per fork, one value per measurement iteration; flattened. */
    private static List<Double> iterations(JsonNode rawData) {
        List<Double> out = new ArrayList<>();
        if (rawData != null) {
            for (JsonNode fork : rawData) {
                for (JsonNode v : fork) {
                    out.add(number(v));
                }
            }
        }
        return out;
    }

    private static Metric metric(JsonNode node) {
        return new Metric(number(node.get("score")), number(node.get("scoreError")), node.get("scoreUnit").asText());
    }

    /** JMH writes NaN as the string "NaN". */
    private static double number(JsonNode node) {
        return node == null ? Double.NaN : node.isNumber() ? node.asDouble() : Double.parseDouble(node.asText());
    }
}
