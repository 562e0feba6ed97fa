package org.kalamdb.server.sql.query;

/** An input (or group) row and the output row computed from it; ORDER BY may read either. */
record RowPair(Object[] input, Object[] output) {
}
