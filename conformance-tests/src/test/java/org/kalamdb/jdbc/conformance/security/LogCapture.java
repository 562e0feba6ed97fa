package org.kalamdb.jdbc.conformance.security;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Records every java.util.logging record of the JVM at every level while open: the root logger and
 * the driver's, gRPC's and Netty's loggers are turned to ALL (and back on close), so that a
 * credential logged even at FINEST is seen. Each record is kept as its formatted text plus the
 * stack trace of its throwable.
 */
final class LogCapture implements AutoCloseable {

    private static final String[] LOGGERS = {"", "org.kalamdb", "io.grpc", "io.netty"};

    private final Map<String, Level> previousLevels = new HashMap<>();
    /** One captured record: the logger's name and the formatted text with the throwable's trace. */
    record Entry(String logger, String text) {
    }

    private final List<Entry> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(record.getLevel() + ": ");
            text.append(formatter.formatMessage(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append('\n').append(trace);
            }
            synchronized (records) {
                records.add(new Entry(String.valueOf(record.getLoggerName()), text.toString()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    // Strong references: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
    private final List<Logger> loggers = new ArrayList<>();

    LogCapture() {
        handler.setLevel(Level.ALL);
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            loggers.add(logger);
            previousLevels.put(name, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        Logger.getLogger("").addHandler(handler);
    }

    /**
     * Every record so far of the client side: the server runs in the same JVM in these tests, and
     * its own records (org.kalamdb.server, gRPC's server handler) are the server's business.
     */
    List<Entry> clientRecords() {
        return records().stream().filter(e -> !e.logger().startsWith("org.kalamdb.server")
                && !e.logger().equals("io.grpc.netty.NettyServerHandler")).toList();
    }

    /** Every record so far. */
    List<Entry> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
        for (Logger logger : loggers) {
            logger.setLevel(previousLevels.get(logger.getName()));
        }
    }
}
