/**
 * The heap-only Arrow IPC codec (design.md D2): {@link org.kalamdb.jdbc.types.arrow.ArrowIpcReader}
 * and {@link org.kalamdb.jdbc.types.arrow.ArrowIpcWriter} work on byte arrays with nothing but the
 * flatbuffers metadata classes of arrow-format, so the driver runs on JDK 17+ without
 * {@code --add-opens}. Decoded {@link org.kalamdb.jdbc.types.arrow.ColumnVector}s read values in
 * place from the IPC bytes (little-endian VarHandle views, no per-value objects for primitives);
 * {@link org.kalamdb.jdbc.types.arrow.RecordBatchBuilder} builds batches from Java values row by
 * row (each row all-or-nothing); {@link org.kalamdb.jdbc.types.arrow.ColumnBatchBuilder} builds a
 * whole batch of trusted values straight into its column buffers (the server's Scan replies).
 */
package org.kalamdb.jdbc.types.arrow;
