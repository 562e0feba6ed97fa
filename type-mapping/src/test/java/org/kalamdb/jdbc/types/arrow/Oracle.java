package org.kalamdb.jdbc.types.arrow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.VariableWidthFieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.LargeListVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * The arrow-vector oracle (test scope only): converts our schema to theirs, fills their vectors
 * from canonical values, writes and reads their IPC streams, and reads values back in the same
 * canonical form our vectors are read in ({@link #canonical(ColumnVector, int)}).
 * <p>
 * Canonical values: Boolean; Long for every integer-backed type (raw, in the type's unit); Double
 * for floats; BigDecimal; String for the Utf8 kinds; lower-case hex for every binary kind; List for
 * list kinds and structs; null for null slots.
 */
final class Oracle {

    private Oracle() {
    }

    // ------------------------------------------------------------ schema conversion

    static org.apache.arrow.vector.types.pojo.Schema toPojo(Schema schema) {
        List<org.apache.arrow.vector.types.pojo.Field> fields = new ArrayList<>();
        for (Field f : schema.fields()) {
            fields.add(toPojo(f));
        }
        return new org.apache.arrow.vector.types.pojo.Schema(fields, schema.metadata());
    }

    static org.apache.arrow.vector.types.pojo.Field toPojo(Field field) {
        List<org.apache.arrow.vector.types.pojo.Field> children = new ArrayList<>();
        for (Field c : field.children()) {
            children.add(toPojo(c));
        }
        return new org.apache.arrow.vector.types.pojo.Field(field.name(),
                new FieldType(field.nullable(), toPojo(field.type()), null,
                        field.metadata().isEmpty() ? null : field.metadata()), children);
    }

    static org.apache.arrow.vector.types.pojo.ArrowType toPojo(ArrowType type) {
        if (type instanceof ArrowType.Null) {
            return org.apache.arrow.vector.types.pojo.ArrowType.Null.INSTANCE;
        } else if (type instanceof ArrowType.Bool) {
            return org.apache.arrow.vector.types.pojo.ArrowType.Bool.INSTANCE;
        } else if (type instanceof ArrowType.Int t) {
            return new org.apache.arrow.vector.types.pojo.ArrowType.Int(t.bitWidth(), t.signed());
        } else if (type instanceof ArrowType.FloatingPoint t) {
            return new org.apache.arrow.vector.types.pojo.ArrowType.FloatingPoint(
                    FloatingPointPrecision.valueOf(t.precision().name()));
        } else if (type instanceof ArrowType.Utf8) {
            return org.apache.arrow.vector.types.pojo.ArrowType.Utf8.INSTANCE;
        } else if (type instanceof ArrowType.LargeUtf8) {
            return org.apache.arrow.vector.types.pojo.ArrowType.LargeUtf8.INSTANCE;
        } else if (type instanceof ArrowType.Utf8View) {
            return org.apache.arrow.vector.types.pojo.ArrowType.Utf8View.INSTANCE;
        } else if (type instanceof ArrowType.Binary) {
            return org.apache.arrow.vector.types.pojo.ArrowType.Binary.INSTANCE;
        } else if (type instanceof ArrowType.LargeBinary) {
            return org.apache.arrow.vector.types.pojo.ArrowType.LargeBinary.INSTANCE;
        } else if (type instanceof ArrowType.BinaryView) {
            return org.apache.arrow.vector.types.pojo.ArrowType.BinaryView.INSTANCE;
        } else if (type instanceof ArrowType.FixedSizeBinary t) {
            return new org.apache.arrow.vector.types.pojo.ArrowType.FixedSizeBinary(t.byteWidth());
        } else if (type instanceof ArrowType.Decimal t) {
            return new org.apache.arrow.vector.types.pojo.ArrowType.Decimal(t.precision(), t.scale(), t.bitWidth());
        } else if (type instanceof ArrowType.Date t) {
            return new org.apache.arrow.vector.types.pojo.ArrowType.Date(DateUnit.valueOf(t.unit().name()));
        } else if (type instanceof ArrowType.Time t) {
            return new org.apache.arrow.vector.types.pojo.ArrowType.Time(TimeUnit.valueOf(t.unit().name()), t.bitWidth());
        } else if (type instanceof ArrowType.Timestamp t) {
            return new org.apache.arrow.vector.types.pojo.ArrowType.Timestamp(TimeUnit.valueOf(t.unit().name()),
                    t.timezone());
        } else if (type instanceof ArrowType.Duration t) {
            return new org.apache.arrow.vector.types.pojo.ArrowType.Duration(TimeUnit.valueOf(t.unit().name()));
        } else if (type instanceof ArrowType.List) {
            return org.apache.arrow.vector.types.pojo.ArrowType.List.INSTANCE;
        } else if (type instanceof ArrowType.LargeList) {
            return org.apache.arrow.vector.types.pojo.ArrowType.LargeList.INSTANCE;
        } else if (type instanceof ArrowType.FixedSizeList t) {
            return new org.apache.arrow.vector.types.pojo.ArrowType.FixedSizeList(t.listSize());
        } else if (type instanceof ArrowType.Struct) {
            return org.apache.arrow.vector.types.pojo.ArrowType.Struct.INSTANCE;
        }
        throw new IllegalArgumentException(type.toString());
    }

    // ------------------------------------------------------------ streams

    /** Their writer: one stream with one batch per entry of {@code batches} (rows of canonical values). */
    static byte[] writeWithArrow(BufferAllocator allocator, Schema schema, List<List<List<Object>>> batches,
                                 IpcOption option) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VectorSchemaRoot root = VectorSchemaRoot.create(toPojo(schema), allocator);
             ArrowStreamWriter writer = new ArrowStreamWriter(root, null, Channels.newChannel(out), option)) {
            writer.start();
            for (List<List<Object>> rows : batches) {
                fillRoot(root, schema, rows);
                writer.writeBatch();
            }
            writer.end();
        }
        return out.toByteArray();
    }

    static void fillRoot(VectorSchemaRoot root, Schema schema, List<List<Object>> rows) {
        root.clear();
        root.allocateNew();
        for (int c = 0; c < schema.fields().size(); c++) {
            FieldVector vector = root.getVector(c);
            for (int r = 0; r < rows.size(); r++) {
                fill(vector, schema.fields().get(c), r, rows.get(r).get(c));
            }
        }
        root.setRowCount(rows.size());
    }

    /** Their reader: every batch of the stream as rows of canonical values; also returns the schema. */
    static Read readWithArrow(BufferAllocator allocator, byte[] stream) throws Exception {
        List<List<List<Object>>> batches = new ArrayList<>();
        try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(stream), allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            while (reader.loadNextBatch()) {
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r < root.getRowCount(); r++) {
                    List<Object> row = new ArrayList<>();
                    for (FieldVector v : root.getFieldVectors()) {
                        row.add(canonical(v, r));
                    }
                    rows.add(row);
                }
                batches.add(rows);
            }
            return new Read(root.getSchema(), batches);
        }
    }

    record Read(org.apache.arrow.vector.types.pojo.Schema schema, List<List<List<Object>>> batches) {
    }

    /** Our batches as rows of canonical values. */
    static List<List<List<Object>>> rowsOf(List<RecordBatch> batches) {
        List<List<List<Object>>> out = new ArrayList<>();
        for (RecordBatch b : batches) {
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r < b.rowCount(); r++) {
                List<Object> row = new ArrayList<>();
                for (ColumnVector v : b.columns()) {
                    row.add(canonical(v, r));
                }
                rows.add(row);
            }
            out.add(rows);
        }
        return out;
    }

    // ------------------------------------------------------------ filling their vectors

    private static void fill(FieldVector vector, Field field, int row, Object value) {
        if (vector instanceof NullVector) {
            return;
        }
        if (value == null) {
            if (vector instanceof BaseFixedWidthVector f) {
                while (row >= f.getValueCapacity()) {
                    f.reAlloc();
                }
                f.setNull(row);
            } else if (vector instanceof VariableWidthFieldVector v) {
                v.setNull(row);
            } else if (vector instanceof ListVector l) {
                l.setNull(row);
            } else if (vector instanceof LargeListVector l) {
                l.setNull(row);
            } else if (vector instanceof FixedSizeListVector l) {
                l.setNull(row);
            } else if (vector instanceof StructVector s) {
                s.setNull(row);
            } else {
                throw new IllegalArgumentException(vector.getClass().getName());
            }
            return;
        }
        ArrowType type = field.type();
        if (vector instanceof BitVector b) {
            b.setSafe(row, (Boolean) value ? 1 : 0);
        } else if (vector instanceof Float2Vector f) {
            while (row >= f.getValueCapacity()) {
                f.reAlloc();
            }
            f.setWithPossibleTruncate(row, ((Double) value).floatValue());
        } else if (vector instanceof Float4Vector f) {
            f.setSafe(row, ((Double) value).floatValue());
        } else if (vector instanceof Float8Vector f) {
            f.setSafe(row, (Double) value);
        } else if (vector instanceof DecimalVector d) {
            d.setSafe(row, (BigDecimal) value);
        } else if (vector instanceof Decimal256Vector d) {
            d.setSafe(row, (BigDecimal) value);
        } else if (vector instanceof FixedSizeBinaryVector f) {
            f.setSafe(row, HexFormat.of().parseHex((String) value));
        } else if (vector instanceof VariableWidthFieldVector v) {
            byte[] bytes = isUtf8(type) ? ((String) value).getBytes(StandardCharsets.UTF_8)
                    : HexFormat.of().parseHex((String) value);
            v.setSafe(row, bytes);
        } else if (vector instanceof BaseFixedWidthVector f) {
            // integer-backed types: write the raw little-endian value
            while (row >= f.getValueCapacity()) {
                f.reAlloc();
            }
            int width = f.getTypeWidth();
            ArrowBuf data = f.getDataBuffer();
            long v = (Long) value;
            switch (width) {
                case 1 -> data.setByte((long) row, (byte) v);
                case 2 -> data.setShort((long) row * 2, (short) v);
                case 4 -> data.setInt((long) row * 4, (int) v);
                default -> data.setLong((long) row * 8, v);
            }
            BitVectorHelper.setBit(f.getValidityBuffer(), row);
        } else if (vector instanceof ListVector l) {
            List<?> elements = (List<?>) value;
            int start = l.startNewValue(row);
            for (int i = 0; i < elements.size(); i++) {
                fill(l.getDataVector(), field.children().get(0), start + i, elements.get(i));
            }
            l.endValue(row, elements.size());
        } else if (vector instanceof LargeListVector l) {
            List<?> elements = (List<?>) value;
            long start = l.startNewValue((long) row);
            for (int i = 0; i < elements.size(); i++) {
                fill(l.getDataVector(), field.children().get(0), (int) start + i, elements.get(i));
            }
            l.endValue(row, elements.size());
        } else if (vector instanceof FixedSizeListVector l) {
            List<?> elements = (List<?>) value;
            int start = l.startNewValue(row);
            for (int i = 0; i < elements.size(); i++) {
                fill(l.getDataVector(), field.children().get(0), start + i, elements.get(i));
            }
        } else if (vector instanceof StructVector s) {
            List<?> members = (List<?>) value;
            for (int i = 0; i < members.size(); i++) {
                fill((FieldVector) s.getChildByOrdinal(i), field.children().get(i), row, members.get(i));
            }
            s.setIndexDefined(row);
        } else {
            throw new IllegalArgumentException(vector.getClass().getName());
        }
    }

    private static boolean isUtf8(ArrowType type) {
        return type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8 || type instanceof ArrowType.Utf8View;
    }

    // ------------------------------------------------------------ canonical values

    static Object canonical(FieldVector vector, int row) {
        if (vector instanceof NullVector || vector.isNull(row)) {
            return null;
        }
        if (vector instanceof BitVector b) {
            return b.get(row) == 1;
        } else if (vector instanceof Float2Vector f) {
            return f.getValueAsDouble(row);
        } else if (vector instanceof Float4Vector f) {
            return (double) f.get(row);
        } else if (vector instanceof Float8Vector f) {
            return f.get(row);
        } else if (vector instanceof DecimalVector d) {
            return d.getObject(row);
        } else if (vector instanceof Decimal256Vector d) {
            return d.getObject(row);
        } else if (vector instanceof FixedSizeBinaryVector f) {
            return HexFormat.of().formatHex(f.get(row));
        } else if (vector instanceof VariableWidthFieldVector v) {
            byte[] bytes = v.get(row);
            org.apache.arrow.vector.types.pojo.ArrowType t = vector.getField().getType();
            boolean utf8 = t instanceof org.apache.arrow.vector.types.pojo.ArrowType.Utf8
                    || t instanceof org.apache.arrow.vector.types.pojo.ArrowType.LargeUtf8
                    || t instanceof org.apache.arrow.vector.types.pojo.ArrowType.Utf8View;
            return utf8 ? new String(bytes, StandardCharsets.UTF_8) : HexFormat.of().formatHex(bytes);
        } else if (vector instanceof BaseFixedWidthVector f) {
            int width = f.getTypeWidth();
            ArrowBuf data = f.getDataBuffer();
            org.apache.arrow.vector.types.pojo.ArrowType t = vector.getField().getType();
            boolean unsigned = t instanceof org.apache.arrow.vector.types.pojo.ArrowType.Int i && !i.getIsSigned();
            return switch (width) {
                case 1 -> unsigned ? data.getByte(row) & 0xFFL : (long) data.getByte(row);
                case 2 -> unsigned ? data.getShort((long) row * 2) & 0xFFFFL : (long) data.getShort((long) row * 2);
                case 4 -> unsigned ? data.getInt((long) row * 4) & 0xFFFF_FFFFL : (long) data.getInt((long) row * 4);
                default -> data.getLong((long) row * 8);
            };
        } else if (vector instanceof ListVector l) {
            List<Object> out = new ArrayList<>();
            for (int i = l.getElementStartIndex(row); i < l.getElementEndIndex(row); i++) {
                out.add(canonical(l.getDataVector(), i));
            }
            return out;
        } else if (vector instanceof LargeListVector l) {
            List<Object> out = new ArrayList<>();
            for (long i = l.getElementStartIndex(row); i < l.getElementEndIndex(row); i++) {
                out.add(canonical(l.getDataVector(), (int) i));
            }
            return out;
        } else if (vector instanceof FixedSizeListVector l) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.getListSize(); i++) {
                out.add(canonical(l.getDataVector(), row * l.getListSize() + i));
            }
            return out;
        } else if (vector instanceof StructVector s) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                out.add(canonical((FieldVector) s.getChildByOrdinal(i), row));
            }
            return out;
        }
        throw new IllegalArgumentException(vector.getClass().getName());
    }

    static Object canonical(ColumnVector vector, int row) {
        if (vector.isNull(row)) {
            return null;
        }
        ArrowType type = vector.field().type();
        if (type instanceof ArrowType.Bool) {
            return vector.getBoolean(row);
        } else if (type instanceof ArrowType.Int || type instanceof ArrowType.Date || type instanceof ArrowType.Time
                || type instanceof ArrowType.Timestamp || type instanceof ArrowType.Duration) {
            return vector.getLong(row);
        } else if (type instanceof ArrowType.FloatingPoint) {
            return vector.getDouble(row);
        } else if (type instanceof ArrowType.Decimal) {
            return vector.getDecimal(row);
        } else if (isUtf8(type)) {
            return vector.getString(row);
        } else if (type instanceof ArrowType.Binary || type instanceof ArrowType.LargeBinary
                || type instanceof ArrowType.BinaryView || type instanceof ArrowType.FixedSizeBinary) {
            return HexFormat.of().formatHex(vector.getBytes(row));
        } else if (type instanceof ArrowType.List || type instanceof ArrowType.LargeList
                || type instanceof ArrowType.FixedSizeList) {
            List<Object> out = new ArrayList<>();
            int start = vector.listStart(row);
            for (int i = start; i < start + vector.listLength(row); i++) {
                out.add(canonical(vector.child(), i));
            }
            return out;
        } else if (type instanceof ArrowType.Struct) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < vector.childCount(); i++) {
                out.add(canonical(vector.child(i), row));
            }
            return out;
        }
        throw new IllegalArgumentException(type.toString());
    }

    /** A canonical value as a RecordBatchBuilder input (hex strings back to byte[], lists to arrays). */
    static Object builderValue(Object canonical, ArrowType type) {
        if (canonical instanceof String s && !isUtf8(type)) {
            return HexFormat.of().parseHex(s);
        }
        return canonical;
    }
}
