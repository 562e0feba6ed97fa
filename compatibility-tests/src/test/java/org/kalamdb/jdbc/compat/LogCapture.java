package org.kalamdb.jdbc.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the WARNING and SEVERE records every java.util.logging logger publishes while it is
 * open. SchemaCrawler reports a metadata call that failed as a logged warning and carries on, so
 * "crawled with no error" means: nothing here.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final List<String> records = new ArrayList<>();

    LogCapture() {
        setLevel(Level.WARNING);
        root.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (isLoggable(record)) {
            Throwable t = record.getThrown();
            records.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
                    + (t == null ? "" : " (" + t + ")"));
        }
    }

    synchronized List<String> records() {
        return List.copyOf(records);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
