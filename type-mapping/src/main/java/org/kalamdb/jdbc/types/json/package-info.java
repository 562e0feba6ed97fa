/**
 * JSON out: {@link org.kalamdb.jdbc.types.json.ValueCoercer} (JDBC value → canonical value of a
 * KalamDB column type), {@link org.kalamdb.jdbc.types.json.TypedRowEncoder} (rows in the typed
 * dialect of protocol.md 6.2/6.4, one at a time, as text),
 * {@link org.kalamdb.jdbc.types.json.TypedRowWriter} (the many rows of an Insert, straight to
 * UTF-8 through {@link org.kalamdb.jdbc.types.json.Utf8JsonOutput}, per-column work done once)
 * and {@link org.kalamdb.jdbc.types.json.PlainJsonRenderer} (plain JSON of a value, for
 * {@code kalam_exec}). All JSON is written by hand.
 */
package org.kalamdb.jdbc.types.json;
