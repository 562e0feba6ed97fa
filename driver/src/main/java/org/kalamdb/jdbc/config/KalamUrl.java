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

    /** The longest DNS name (RFC 1035), and the longest label in it. */
    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

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
        if (s.startsWith("[") ? !isIpv6Literal(host) : !isHostName(host)) {
            throw new IllegalArgumentException("Malformed KalamDB URL: '" + host + "' is not a valid host name or "
                    + "IP address; expected e.g. jdbc:kalam://db.example.com:9188, jdbc:kalam://10.0.0.5 or "
                    + "jdbc:kalam://[::1]:9188");
        }
        return new HostPort(host, p);
    }

    /**
     * A DNS host name (RFC 1123: dot-separated labels of letters, digits and inner hyphens, an
     * optional final dot) or a dotted IPv4 address, which has the same shape. Checked here so that a
     * malformed URL is an SQLException naming the host, not an error deep in the network stack.
     */
    static boolean isHostName(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.length() > MAX_HOST_LENGTH) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH
                    || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                if (!ascii && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The inside of {@code [...]}: hex groups separated by colons (at least two), an optional
     * dotted IPv4 tail and an optional zone id after {@code %}. The exact address is checked when
     * it is resolved; this keeps anything that is not address-shaped out.
     */
    static boolean isIpv6Literal(String host) {
        int percent = host.indexOf('%');
        String address = percent < 0 ? host : host.substring(0, percent);
        String zone = percent < 0 ? null : host.substring(percent + 1);
        if (zone != null && !zone.matches("[A-Za-z0-9_.-]+")) {
            return false;
        }
        return address.chars().filter(c -> c == ':').count() >= 2
                && address.matches("[0-9A-Fa-f:.]+")
                && !address.contains(":::");
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
