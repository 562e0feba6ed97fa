/**
 * Column accessors behind the ResultSet getters: one stateless
 * {@link org.kalamdb.jdbc.types.access.ColumnAccessor} per column, chosen once by
 * {@link org.kalamdb.jdbc.types.access.Accessors#forField}. Conversion failures are
 * {@link org.kalamdb.jdbc.types.ValueConversionException}s carrying the SQLState (22003 out of
 * range, 22018 impossible), which the driver turns into SQLExceptions.
 */
package org.kalamdb.jdbc.types.access;
