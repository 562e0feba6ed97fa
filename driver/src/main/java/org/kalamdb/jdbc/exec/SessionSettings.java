package org.kalamdb.jdbc.exec;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.kalamdb.jdbc.config.ConnectionConfig;
import org.kalamdb.jdbc.config.ConnectionProperty;
import org.kalamdb.jdbc.sql.plan.TableType;

/**
 * Per-connection settings the SQL layer reads: the connection properties that shape execution
 * ({@code defaultTableType}, {@code allowKalamExec}, the initial tenant and namespace that RESET
 * restores), Connection.setReadOnly, and PostgreSQL settings that KalamDB ignores but SHOW and
 * current_setting() should echo back.
 */
public final class SessionSettings {

    private final TableType defaultTableType;
    private final boolean allowKalamExec;
    private final boolean engineWarmUp;
    private final String initialUserId;
    private final String initialNamespace;
    private final String loginUser;
    private volatile boolean readOnly;
    private volatile boolean transactionReadOnly;
    private final Map<String, String> ignored = new TreeMap<>();

    SessionSettings(ConnectionConfig config) {
        String type = config.getChoice(ConnectionProperty.DEFAULT_TABLE_TYPE);
        this.defaultTableType = type == null ? TableType.SHARED : TableType.parse(type, "defaultTableType");
        this.allowKalamExec = config.getBoolean(ConnectionProperty.ALLOW_KALAM_EXEC);
        this.engineWarmUp = config.getBoolean(ConnectionProperty.ENGINE_WARM_UP);
        this.initialUserId = config.get(ConnectionProperty.USER_ID);
        this.initialNamespace = config.get(ConnectionProperty.CURRENT_SCHEMA);
        this.loginUser = config.get(ConnectionProperty.USER);
        ignored.put("client_encoding", "UTF8");
        ignored.put("datestyle", "ISO, MDY");
        ignored.put("timezone", "UTC");
        ignored.put("transaction_isolation", "repeatable read");
        ignored.put("server_version", "16.0");
        ignored.put("standard_conforming_strings", "on");
        ignored.put("application_name", "");
    }

    public TableType defaultTableType() {
        return defaultTableType;
    }

    public boolean allowKalamExec() {
        return allowKalamExec;
    }

    /** Whether this connection may start the JVM's background engine warm-up (engineWarmUp). */
    public boolean engineWarmUp() {
        return engineWarmUp;
    }

    /** The {@code userId} connection property (what RESET kalam.user_id restores), or null. */
    public String initialUserId() {
        return initialUserId;
    }

    /** The {@code currentSchema} connection property (what RESET search_path restores). */
    public String initialNamespace() {
        return initialNamespace;
    }

    /** The account name the connection logged in with, or null. */
    public String loginUser() {
        return loginUser;
    }

    /** Connection.setReadOnly(true), or a BEGIN READ ONLY transaction in progress. */
    public boolean readOnly() {
        return readOnly || transactionReadOnly;
    }

    void setTransactionReadOnly(boolean on) {
        this.transactionReadOnly = on;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Remembers a setting KalamDB ignores; null removes it. */
    public synchronized void setIgnored(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (value == null) {
            ignored.remove(key);
        } else {
            ignored.put(key, value);
        }
    }

    /** A remembered setting, or null. */
    public synchronized String ignored(String name) {
        return ignored.get(name.toLowerCase(Locale.ROOT));
    }

    public synchronized Map<String, String> allIgnored() {
        return new TreeMap<>(ignored);
    }
}
