package org.kalamdb.jdbc.config;

import java.util.List;
import java.util.Locale;

/**
 * The one typed registry of connection properties (design.md section 1). URL parsing, defaults,
 * {@code Driver.getPropertyInfo} and the README table are all driven by it. The pg_kalam
 * snake_case spellings are accepted as aliases.
 */
public enum ConnectionProperty {

    USER("user", Kind.STRING, null, false, "Account name for account_login (sent as Basic on OpenSession and Ping)",
            List.of("login_user"), List.of()),
    PASSWORD("password", Kind.SECRET, null, false, "Account password for account_login",
            List.of("login_password"), List.of()),
    AUTH_HEADER("authHeader", Kind.SECRET, null, false,
            "Static authorization header sent verbatim, e.g. 'Bearer <token>' (static_header mode)",
            List.of("auth_header"), List.of()),
    AUTH_MODE("authMode", Kind.CHOICE, null, false,
            "none | static_header | account_login; inferred when absent (authHeader: static_header, user: account_login)",
            List.of("auth_mode"), List.of("none", "static_header", "account_login")),
    TLS("tls", Kind.BOOLEAN, "false", false, "Use TLS (implied by caCert)", List.of("ssl"), List.of("true", "false")),
    CA_CERT("caCert", Kind.STRING, null, false, "PEM CA bundle trusted for the server certificate (file path or inline PEM)",
            List.of("ca_cert"), List.of()),
    CLIENT_CERT("clientCert", Kind.STRING, null, false, "PEM client certificate for mTLS (file path or inline PEM)",
            List.of("client_cert"), List.of()),
    CLIENT_KEY("clientKey", Kind.SECRET, null, false, "PEM client private key for mTLS (file path or inline PEM)",
            List.of("client_key"), List.of()),
    CONNECT_TIMEOUT("connectTimeout", Kind.INT, "10000", false, "Connect timeout in milliseconds (0 = none)",
            List.of("connect_timeout"), List.of()),
    TIMEOUT("timeout", Kind.INT, "0", false, "Per-RPC timeout in milliseconds (0 = none)", List.of(), List.of()),
    USER_ID("userId", Kind.STRING, null, false, "Initial kalam.user_id (tenant) of the connection",
            List.of("user_id", "kalam.user_id"), List.of()),
    USER_ID_LOCKED("userIdLocked", Kind.BOOLEAN, "false", false,
            "Forbid changing the tenant (kalam.user_id) on this connection", List.of("user_id_locked"),
            List.of("true", "false")),
    CURRENT_SCHEMA("currentSchema", Kind.STRING, "default", false,
            "Namespace for unqualified table names", List.of("current_schema", "namespace", "search_path"), List.of()),
    DEFAULT_TABLE_TYPE("defaultTableType", Kind.CHOICE, "shared", false,
            "Table type of a plain CREATE TABLE without USING kalamdb / WITH (type = ...)",
            List.of("default_table_type"), List.of("shared", "user", "stream")),
    ALLOW_KALAM_EXEC("allowKalamExec", Kind.BOOLEAN, "true", false,
            "Allow kalam_exec(text); false refuses it with SQLState 42501", List.of("allow_kalam_exec"),
            List.of("true", "false")),
    MAX_INBOUND_MESSAGE_SIZE("maxInboundMessageSize", Kind.INT, String.valueOf(256 * 1024 * 1024), false,
            "Largest gRPC reply accepted, in bytes (a Scan reply is one message)",
            List.of("max_inbound_message_size"), List.of()),
    ENGINE_WARM_UP("engineWarmUp", Kind.BOOLEAN, "true", false,
            "Warm the query engine up on a background thread after the first statement (once per JVM)",
            List.of("engine_warm_up"), List.of("true", "false"));

    public enum Kind { STRING, SECRET, BOOLEAN, INT, CHOICE }

    private final String key;
    private final Kind kind;
    private final String defaultValue;
    private final boolean required;
    private final String description;
    private final List<String> aliases;
    private final List<String> choices;

    ConnectionProperty(String key, Kind kind, String defaultValue, boolean required, String description,
                       List<String> aliases, List<String> choices) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.required = required;
        this.description = description;
        this.aliases = aliases;
        this.choices = choices;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean required() {
        return required;
    }

    public String description() {
        return description;
    }

    public List<String> aliases() {
        return aliases;
    }

    public List<String> choices() {
        return choices;
    }

    public boolean isSecret() {
        return kind == Kind.SECRET;
    }

    /** The property named by this key or one of its aliases (case-insensitive), or null. */
    public static ConnectionProperty forKey(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ConnectionProperty p : values()) {
            if (p.key.toLowerCase(Locale.ROOT).equals(n)) {
                return p;
            }
            for (String a : p.aliases) {
                if (a.equals(n)) {
                    return p;
                }
            }
        }
        return null;
    }
}
