package org.kalamdb.jdbc.types.arrow;

/**
 * Builds a {@link RecordBatch} row by row from plain Java values (CONTRACT: implementation
 * pending in issue 3). Accepted values per Arrow type, null always meaning a null slot:
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
 *     OffsetDateTime</li>
 * <li>FixedSizeList / List: float[], double[], long[], int[], Object[] or java.util.List of
 *     element values</li>
 * <li>Null: only null</li>
 * </ul>
 */
public final class RecordBatchBuilder {

    private final Schema schema;

    public RecordBatchBuilder(Schema schema) {
        this.schema = schema;
    }

    public Schema schema() {
        return schema;
    }

    /** Appends one row; {@code values.length} must equal the number of fields. */
    public RecordBatchBuilder appendRow(Object... values) {
        throw new UnsupportedOperationException("RecordBatchBuilder not implemented yet");
    }

    public int rowCount() {
        throw new UnsupportedOperationException("RecordBatchBuilder not implemented yet");
    }

    /** The batch of all rows appended so far. The builder may not be used afterwards. */
    public RecordBatch build() {
        throw new UnsupportedOperationException("RecordBatchBuilder not implemented yet");
    }
}
