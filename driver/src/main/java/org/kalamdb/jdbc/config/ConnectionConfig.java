package org.kalamdb.jdbc.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The resolved settings of one connection: the URL's hosts plus every {@link ConnectionProperty}
 * with its default applied. URL parameters override the {@code Properties} passed to
 * {@code connect} (as pgjdbc does). Unknown keys are kept as warnings, not errors: tools such as
 * DBeaver pass their own properties to every driver.
 */
public final class ConnectionConfig {

    private final KalamUrl url;
    private final Map<ConnectionProperty, String> values;
    private final List<String> warnings;

    private ConnectionConfig(KalamUrl url, Map<ConnectionProperty, String> values, List<String> warnings) {
        this.url = url;
        this.values = values;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * @throws IllegalArgumentException for a malformed URL or an invalid property value; the
     *         message names the property and the accepted values, never a secret value
     */
    public static ConnectionConfig resolve(String rawUrl, Properties info) {
        KalamUrl url = KalamUrl.parse(rawUrl);
        Map<ConnectionProperty, String> values = new EnumMap<>(ConnectionProperty.class);
        List<String> warnings = new ArrayList<>();
        if (info != null) {
            for (String name : info.stringPropertyNames()) {
                put(values, warnings, name, info.getProperty(name));
            }
        }
        for (Map.Entry<String, String> e : url.properties().entrySet()) {
            put(values, warnings, e.getKey(), e.getValue());
        }
        if (url.namespace() != null && !values.containsKey(ConnectionProperty.CURRENT_SCHEMA)) {
            values.put(ConnectionProperty.CURRENT_SCHEMA, url.namespace());
        }
        for (ConnectionProperty p : ConnectionProperty.values()) {
            String v = values.get(p);
            if (v == null) {
                continue;
            }
            validate(p, v);
        }
        return new ConnectionConfig(url, values, warnings);
    }

    private static void put(Map<ConnectionProperty, String> values, List<String> warnings, String name, String value) {
        ConnectionProperty p = ConnectionProperty.forKey(name);
        if (p == null) {
            warnings.add("Unknown connection property '" + name + "' was ignored");
            return;
        }
        if (value != null) {
            values.put(p, value);
        }
    }

    private static void validate(ConnectionProperty p, String v) {
        switch (p.kind()) {
            case BOOLEAN -> {
                String s = v.trim().toLowerCase(Locale.ROOT);
                if (!s.equals("true") && !s.equals("false")) {
                    throw new IllegalArgumentException("Connection property " + p.key() + " must be true or false, got '"
                            + v + "'");
                }
            }
            case INT -> {
                try {
                    long n = Long.parseLong(v.trim());
                    if (n < 0 || n > Integer.MAX_VALUE) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Connection property " + p.key()
                            + " must be a non-negative whole number, got '" + v + "'");
                }
            }
            case CHOICE -> {
                if (!p.choices().contains(v.trim().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("Connection property " + p.key() + " must be one of "
                            + String.join(", ", p.choices()) + ", got '" + v + "'");
                }
            }
            case STRING, SECRET -> {
                // free text
            }
        }
    }

    public KalamUrl url() {
        return url;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The value (or its default), null when unset and without default. */
    public String get(ConnectionProperty p) {
        String v = values.get(p);
        return v != null ? v : p.defaultValue();
    }

    public boolean isSet(ConnectionProperty p) {
        return values.containsKey(p);
    }

    public boolean getBoolean(ConnectionProperty p) {
        return Boolean.parseBoolean(get(p).trim());
    }

    public int getInt(ConnectionProperty p) {
        return Integer.parseInt(get(p).trim());
    }

    /** Lowercase CHOICE value, or null. */
    public String getChoice(ConnectionProperty p) {
        String v = get(p);
        return v == null ? null : v.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ConnectionConfig[").append(url);
        for (Map.Entry<ConnectionProperty, String> e : values.entrySet()) {
            sb.append(", ").append(e.getKey().key()).append('=')
                    .append(e.getKey().isSecret() ? "***" : e.getValue());
        }
        return sb.append(']').toString();
    }
}
