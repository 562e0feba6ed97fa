package org.kalamdb.server.sql;

import java.util.List;

import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * What one SQL statement produced. The RPC layer renders it (protocol.md 8): ExecuteSql answers
 * {@code OK (affected: <rows>)} for Rows and Affected and the text for Message; ExecuteQuery
 * answers {@code <n> row(s)} plus one IPC stream per batch for Rows, the text for Message and
 * {@code OK (affected: <n>)} for Affected.
 */
public sealed interface SqlOutcome {

    /** A result set. {@code batches} may be empty (then no schema reaches the client). */
    record Rows(Schema schema, List<RecordBatch> batches) implements SqlOutcome {
        public Rows {
            batches = List.copyOf(batches);
        }

        public long rowCount() {
            long n = 0;
            for (RecordBatch b : batches) {
                n += b.rowCount();
            }
            return n;
        }
    }

    /** A DDL-style success message, e.g. {@code Namespace 'app' created successfully}. */
    record Message(String text) implements SqlOutcome {
    }

    /** DML and other statements that report a count. */
    record Affected(long count) implements SqlOutcome {
    }
}
