package org.kalamdb.jdbc.exec;

import org.kalamdb.jdbc.KalamResultSet;

/**
 * The outcome of a parameter batch: one update count per parameter set, and the generated keys
 * of all inserted rows when they were asked for (else null).
 */
public record BatchResult(long[] counts, KalamResultSet generatedKeys) {
}
