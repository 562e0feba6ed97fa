package org.kalamdb.jdbc.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code jdbc:kalam:} URL (design.md section 1):
 * {@code jdbc:kalam://host[:port][,host2[:port2]...][/namespace][?prop=value&...]} or
 * {@code jdbc:kalam:mem:<name>[?prop=value&...]}.
 */
public record KalamUrl(List<HostPort> hosts, String memName, String namespace, Map<String, String> properties) {

    public static final String PREFIX = "jdbc:kalam:";

    public KalamUrl {
        hosts = List.copyOf(hosts);
        properties = Map.copyOf(properties);
    }

    public boolean isInMemory() {
        return memName != null;
    }

    public static boolean accepts(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * Parses a URL this driver accepts.
     *
     * @throws IllegalArgumentException with a message that says what is wrong and what a valid URL looks like
     */
    public static KalamUrl parse(String url) {
        if (!accepts(url)) {
            throw new IllegalArgumentException("Not a KalamDB URL: it must start with " + PREFIX);
        }
        String rest = url.substring(PREFIX.length());
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        Map<String, String> props = parseQuery(query);
        if (rest.regionMatches(true, 0, "mem:", 0, 4)) {
            String name = rest.substring(4);
            if (name.isEmpty()) {
                name = "default";
            }
            return new KalamUrl(List.of(), name, null, props);
        }
        if (!rest.startsWith("//")) {
            throw new IllegalArgumentException("Malformed KalamDB URL: expected jdbc:kalam://host[:port][/namespace] "
                    + "or jdbc:kalam:mem:<name>");
        }
        rest = rest.substring(2);
        String namespace = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            namespace = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
            if (namespace.isEmpty()) {
                namespace = null;
            }
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("Malformed KalamDB URL: no host; expected jdbc:kalam://host[:port]");
        }
        List<HostPort> hosts = new ArrayList<>();
        for (String part : rest.split(",")) {
            hosts.add(parseHost(part.trim()));
        }
        return new KalamUrl(hosts, null, namespace, props);
    }

    private static HostPort parseHost(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("Malformed KalamDB URL: empty host in the host list");
        }
        String host;
        String port = null;
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                throw new IllegalArgumentException("Malformed KalamDB URL: unclosed '[' in IPv6 host " + s);
            }
            host = s.substring(1, end);
            if (end + 1 < s.length()) {
                if (s.charAt(end + 1) != ':') {
                    throw new IllegalArgumentException("Malformed KalamDB URL: unexpected text after IPv6 host " + s);
                }
                port = s.substring(end + 2);
            }
        } else {
            int colon = s.lastIndexOf(':');
            if (colon >= 0) {
                host = s.substring(0, colon);
                port = s.substring(colon + 1);
            } else {
                host = s;
            }
        }
        int p = HostPort.DEFAULT_PORT;
        if (port != null) {
            try {
                p = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Malformed KalamDB URL: port '" + port + "' is not a number");
            }
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("Malformed KalamDB URL: port " + p + " is out of range 1-65535");
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("Malformed KalamDB URL: empty host name");
        }
        return new HostPort(host, p);
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> props = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return props;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                props.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Malformed KalamDB URL: bad percent-encoding in parameter '" + k + "'");
            }
        }
        return props;
    }

    @Override
    public String toString() {
        // Never print property values: they may hold credentials.
        return isInMemory() ? PREFIX + "mem:" + memName : PREFIX + "//" + hosts + (namespace == null ? "" : "/" + namespace);
    }
}
