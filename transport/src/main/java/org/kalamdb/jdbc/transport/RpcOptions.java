package org.kalamdb.jdbc.transport;

/**
 * Per-call settings, e.g. the deadline of {@code Statement.setQueryTimeout}.
 *
 * @param timeoutOverrideMillis null = the session's configured {@code timeout}; 0 = no deadline; a
 *     positive value = this deadline, covering the whole call including an automatic session
 *     re-open and retry
 */
public record RpcOptions(Long timeoutOverrideMillis) {

    /** Use the session's configured timeout. */
    public static final RpcOptions DEFAULTS = new RpcOptions(null);

    public RpcOptions {
        if (timeoutOverrideMillis != null && timeoutOverrideMillis < 0) {
            throw new IllegalArgumentException("timeout must be >= 0: " + timeoutOverrideMillis);
        }
    }

    public static RpcOptions timeoutMillis(long millis) {
        return new RpcOptions(millis);
    }

    public static RpcOptions noTimeout() {
        return new RpcOptions(0L);
    }

    /** The deadline to apply, in milliseconds (0 = none), given the session's default. */
    long effectiveTimeoutMillis(long configured) {
        return timeoutOverrideMillis == null ? configured : timeoutOverrideMillis;
    }
}
