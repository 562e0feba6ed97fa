package org.kalamdb.server.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;

import org.kalamdb.jdbc.types.arrow.ArrowIpcReader;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.Schema;

/** Scan/ExecuteQuery replies decoded with type-mapping's ArrowIpcReader, one stream per entry. */
public record Decoded(Schema schema, List<Map<String, Object>> rows, int entries) {

    public static Decoded of(List<ByteString> ipcBatches) {
        Schema schema = null;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ByteString entry : ipcBatches) {
            IpcStream stream = ArrowIpcReader.read(entry.toByteArray());
            if (schema == null) {
                schema = stream.schema();
            }
            for (RecordBatch batch : stream.batches()) {
                for (int r = 0; r < batch.rowCount(); r++) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 0; c < batch.columns().size(); c++) {
                        ColumnVector v = batch.column(c);
                        row.put(v.field().name(), v.isNull(r) ? null : value(v, r));
                    }
                    rows.add(row);
                }
            }
        }
        return new Decoded(schema, rows, ipcBatches.size());
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        schema.fields().forEach(f -> names.add(f.name()));
        return names;
    }

    public List<Object> column(String name) {
        List<Object> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get(name)));
        return out;
    }

    private static Object value(ColumnVector v, int r) {
        ArrowType t = v.field().type();
        if (t instanceof ArrowType.Bool) {
            return v.getBoolean(r);
        }
        if (t instanceof ArrowType.Int || t instanceof ArrowType.Timestamp || t instanceof ArrowType.Date
                || t instanceof ArrowType.Time) {
            return v.getLong(r);
        }
        if (t instanceof ArrowType.FloatingPoint) {
            return v.getDouble(r);
        }
        if (t instanceof ArrowType.Utf8) {
            return v.getString(r);
        }
        if (t instanceof ArrowType.Decimal) {
            return v.getDecimal(r);
        }
        if (t instanceof ArrowType.FixedSizeList) {
            ColumnVector child = v.child();
            float[] out = new float[v.listLength(r)];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) child.getDouble(v.listStart(r) + i);
            }
            return out;
        }
        return v.getBytes(r);
    }
}
