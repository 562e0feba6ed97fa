package org.kalamdb.jdbc.engine;

/**
 * One write a {@link PreparedMutation} found: for UPDATE the row's primary key and the new values
 * of the SET columns; for DELETE the primary key and no values; for INSERT no key and the values
 * of the target columns. Values are canonical values of the target columns' types.
 *
 * @param key    the primary key value of the row to change, null for INSERT
 * @param values the new values, in {@link PreparedMutation#columns()} order
 */
public record MutationRow(Object key, Object[] values) {
}
