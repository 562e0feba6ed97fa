package org.kalamdb.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * Turns in-memory rows into the same {@link KalamResultSet} a query returns: rows go through
 * {@link RecordBatchBuilder} into one record batch, so metadata results, function results and
 * engine results get exactly the getters and conversions of scanned data.
 */
public final class ResultSets {

    private ResultSets() {
    }

    /**
     * A result with these columns and rows. Values follow {@link RecordBatchBuilder}'s conventions
     * for each field's Arrow type (e.g. String for Utf8, Long or Integer for Int64, Boolean).
     */
    public static KalamResultSet of(List<Field> fields, List<Object[]> rows) throws SQLException {
        return of(fields, rows, null);
    }

    /** As {@link #of(List, List)}, reporting {@code statement} from {@link ResultSet#getStatement()}. */
    public static KalamResultSet of(List<Field> fields, List<Object[]> rows, Statement statement) throws SQLException {
        try {
            RecordBatchBuilder builder = new RecordBatchBuilder(new Schema(fields));
            for (Object[] row : rows) {
                builder.appendRow(row);
            }
            RecordBatch batch = builder.build();
            return new KalamResultSet(fields, List.of(batch), statement);
        } catch (IllegalArgumentException e) {
            throw Errors.create(SqlStates.INTERNAL_ERROR, "Cannot build the result: " + e.getMessage(), e);
        }
    }

    /** A result with these columns and no rows. */
    public static KalamResultSet empty(List<Field> fields) {
        return new KalamResultSet(fields, List.of(), null);
    }
}
