package org.kalamdb.jdbc.engine;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of one scan, pulled one at a time so that a source may stream its batches. Each row
 * holds one canonical value per requested column (see {@link TableSource}).
 */
public interface RowCursor extends AutoCloseable {

    /** The next row, or null when there are no more. */
    Object[] next() throws SQLException;

    /** Releases the scan; called once, also when the query stops early. */
    @Override
    void close() throws SQLException;

    /** A cursor over rows already in memory. */
    static RowCursor of(List<Object[]> rows) {
        Iterator<Object[]> it = rows.iterator();
        return new RowCursor() {
            @Override
            public Object[] next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }
}
