package org.kalamdb.server.store;

/** Lifecycle of an explicit transaction (protocol.md 7.1), with the real server's state strings. */
public enum TransactionState {
    OPEN_READ("open_read"), OPEN_WRITE("open_write"), COMMITTING("committing"), COMMITTED("committed"),
    ROLLING_BACK("rolling_back"), ROLLED_BACK("rolled_back"), TIMED_OUT("timed_out"), ABORTED("aborted");

    private final String text;

    TransactionState(String text) {
        this.text = text;
    }

    /** {@code open_read}, {@code timed_out}, ... as in error texts and system.transactions. */
    public String text() {
        return text;
    }

    public boolean isOpen() {
        return this == OPEN_READ || this == OPEN_WRITE;
    }

    /** Listed by system.transactions (non-terminal handles). */
    public boolean isLive() {
        return isOpen() || this == COMMITTING || this == ROLLING_BACK;
    }

    /** system.sessions.transaction_state: open states read {@code active}. */
    public String sessionViewText() {
        return isOpen() ? "active" : text;
    }
}
