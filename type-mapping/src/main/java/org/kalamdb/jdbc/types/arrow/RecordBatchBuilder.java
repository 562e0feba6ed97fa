package org.kalamdb.jdbc.types.arrow;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link RecordBatch} row by row from plain Java values. A row is appended entirely or,
 * when a value is refused ({@link IllegalArgumentException} naming the column), not at all.
 * Accepted values per Arrow type, null always meaning a null slot:
 * <ul>
 * <li>Bool: Boolean</li>
 * <li>Int/UInt of any width: any Number (range-checked); UInt64 also BigInteger</li>
 * <li>FloatingPoint: any Number</li>
 * <li>Utf8, LargeUtf8, Utf8View: String (any CharSequence)</li>
 * <li>Binary kinds, FixedSizeBinary: byte[]; FixedSizeBinary(16) also java.util.UUID</li>
 * <li>Decimal: BigDecimal (rescaled exactly to the field's scale, else IllegalArgumentException),
 *     or any integral Number</li>
 * <li>Date(DAY): LocalDate or Number of days; Date(MILLISECOND): LocalDate or Number of ms</li>
 * <li>Time: LocalTime or Number in the field's unit</li>
 * <li>Timestamp: Number in the field's unit since the epoch, Instant, LocalDateTime (as UTC),
 *     OffsetDateTime (also ZonedDateTime)</li>
 * <li>Duration: Number in the field's unit or java.time.Duration</li>
 * <li>FixedSizeList / List: float[], double[], long[], int[], Object[] or java.util.List of
 *     element values</li>
 * <li>Struct: Map of member name to value, or Object[] / List in member order</li>
 * <li>Null: only null</li>
 * </ul>
 */
public final class RecordBatchBuilder {

    private final Schema schema;
    private final List<ColumnBuilder> columns;
    private int rowCount;
    private boolean built;

    public RecordBatchBuilder(Schema schema) {
        this.schema = schema;
        this.columns = new ArrayList<>(schema.fields().size());
        for (Field field : schema.fields()) {
            columns.add(ColumnBuilder.forField(field));
        }
    }

    public Schema schema() {
        return schema;
    }

    /** Appends one row; {@code values.length} must equal the number of fields. */
    public RecordBatchBuilder appendRow(Object... values) {
        checkOpen();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values but the schema has "
                    + columns.size() + " fields");
        }
        Object[] prepared = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            prepared[i] = columns.get(i).prepareNullable(values[i]);
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).append(prepared[i]);
        }
        rowCount++;
        return this;
    }

    /** Appends row {@code row} of a batch whose columns have this builder's types (e.g. to slice or merge). */
    public RecordBatchBuilder appendRowFrom(RecordBatch batch, int row) {
        checkOpen();
        if (batch.columns().size() != columns.size()) {
            throw new IllegalArgumentException("batch has " + batch.columns().size() + " columns, builder "
                    + columns.size());
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!batch.column(i).field().type().equals(schema.fields().get(i).type())) {
                throw new IllegalArgumentException("column " + i + " is " + batch.column(i).field().type()
                        + ", builder expects " + schema.fields().get(i).type());
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).copy(batch.column(i), row);
        }
        rowCount++;
        return this;
    }

    public int rowCount() {
        return rowCount;
    }

    /** The batch of all rows appended so far. The builder may not be used afterwards. */
    public RecordBatch build() {
        checkOpen();
        built = true;
        List<ColumnVector> vectors = new ArrayList<>(columns.size());
        for (ColumnBuilder column : columns) {
            vectors.add(column.build());
        }
        return new RecordBatch(schema, rowCount, vectors);
    }

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("this RecordBatchBuilder has already built its batch");
        }
    }
}
