package org.kalamdb.jdbc.types.json;

import java.util.List;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.ValueConversionException;

/**
 * Encodes many rows of one column list as {@code rows_json} entries of an Insert (the typed dialect
 * of {@link TypedRowEncoder}), straight to UTF-8. What depends only on the columns — each
 * column's escaped JSON key, its coercion and its value encoding — is decided once, when the
 * writer is made; a row is then one pass over its values:
 * <pre>
 * writer.beginRow();
 * for each column i, in order: canonical = writer.cell(i, value);
 * byte[] json = writer.endRow();
 * </pre>
 * A value that cannot be coerced fails in {@link #cell}, before anything of it is written. A
 * string that cannot be encoded (a lone surrogate, 22021) is reported by {@link #endRow}, after
 * every value of the row was coerced: the caller checks values column by column and reports the
 * first bad value before an encoding failure, wherever the two are in the row.
 * <p>
 * Not thread-safe: it reuses one buffer for every row.
 */
public final class TypedRowWriter {

    private final byte[][] keys;
    private final TypedValueWriter[] values;
    private final Utf8JsonOutput out = new Utf8JsonOutput();
    private int nextColumn;
    private ValueConversionException encodingFailure;

    private TypedRowWriter(byte[][] keys, TypedValueWriter[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * @param columns the column names, in the order of the cells of every row (names come from
     *                the server's catalogue and are valid UTF-8; one that is not is refused here)
     * @param types   their KalamDB types
     */
    public static TypedRowWriter of(List<String> columns, List<KalamType> types) {
        if (columns.size() != types.size()) {
            throw new IllegalArgumentException(columns.size() + " columns but " + types.size() + " types");
        }
        byte[][] keys = new byte[columns.size()][];
        TypedValueWriter[] values = new TypedValueWriter[columns.size()];
        Utf8JsonOutput key = new Utf8JsonOutput(64);
        for (int i = 0; i < keys.length; i++) {
            key.reset();
            if (i > 0) {
                key.ascii(',');
            }
            keys[i] = key.string(columns.get(i)).ascii(':').toByteArray();
            values[i] = TypedValueWriter.forType(types.get(i));
        }
        return new TypedRowWriter(keys, values);
    }

    public int columnCount() {
        return keys.length;
    }

    /** Starts a row (forgetting any row left unfinished by a failure). */
    public void beginRow() {
        out.reset();
        out.ascii('{');
        nextColumn = 0;
        encodingFailure = null;
    }

    /**
     * Coerces and writes the value of the next column.
     *
     * @param column the column's index: cells come in column order, each exactly once
     * @return the canonical value written ({@link ValueCoercer}'s form), null for null
     * @throws ValueConversionException when the value cannot become the column's type
     */
    public Object cell(int column, Object value) {
        if (column != nextColumn) {
            throw new IllegalStateException("cell " + column + " written where cell " + nextColumn + " was due");
        }
        TypedValueWriter writer = values[column];
        Object canonical = writer.coerce(value);
        nextColumn++;
        out.raw(keys[column]);
        if (encodingFailure == null) {
            try {
                writer.write(out, canonical);
            } catch (ValueConversionException e) {
                encodingFailure = e; // reported by endRow: a later cell may hold a bad value to report first
            }
        }
        return canonical;
    }

    /**
     * The row's JSON, {@code {"col":{typed value},...}}, in UTF-8.
     *
     * @throws ValueConversionException when a string of the row could not be encoded
     */
    public byte[] endRow() {
        if (nextColumn != keys.length) {
            throw new IllegalStateException("the row has " + nextColumn + " of " + keys.length + " cells");
        }
        if (encodingFailure != null) {
            throw encodingFailure;
        }
        return out.ascii('}').toByteArray();
    }
}
