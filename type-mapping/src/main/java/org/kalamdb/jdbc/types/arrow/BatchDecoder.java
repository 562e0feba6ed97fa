package org.kalamdb.jdbc.types.arrow;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one RecordBatch message (its flatbuffer header plus its body bytes) into heap vectors that
 * point into the body without copying. Walks the fields depth-first, taking one FieldNode per
 * field and the buffers its layout needs, and checks every buffer against the body and the slot
 * counts, so that a corrupt stream fails here with a clear message instead of yielding garbage.
 */
final class BatchDecoder {

    private final org.apache.arrow.flatbuf.RecordBatch header;
    private final byte[] bytes;
    private final int bodyStart;
    private final long bodyLength;
    private final org.apache.arrow.flatbuf.FieldNode node = new org.apache.arrow.flatbuf.FieldNode();
    private final org.apache.arrow.flatbuf.Buffer buffer = new org.apache.arrow.flatbuf.Buffer();
    private int nextNode;
    private int nextBuffer;
    private int nextVariadic;

    private BatchDecoder(org.apache.arrow.flatbuf.RecordBatch header, byte[] bytes, int bodyStart, long bodyLength) {
        this.header = header;
        this.bytes = bytes;
        this.bodyStart = bodyStart;
        this.bodyLength = bodyLength;
    }

    static RecordBatch decode(Schema schema, org.apache.arrow.flatbuf.RecordBatch header, byte[] bytes,
                              int bodyStart, long bodyLength) {
        if (header.compression() != null) {
            throw new ArrowFormatException("the record batch body is compressed (BodyCompression codec "
                    + header.compression().codec() + "); KalamDB sends uncompressed bodies and this reader "
                    + "does not decompress");
        }
        long length = header.length();
        if (length < 0 || length > Integer.MAX_VALUE) {
            throw new ArrowFormatException("record batch length " + length + " is out of range");
        }
        BatchDecoder decoder = new BatchDecoder(header, bytes, bodyStart, bodyLength);
        List<ColumnVector> columns = new ArrayList<>(schema.fields().size());
        for (Field field : schema.fields()) {
            HeapVector vector = decoder.vector(field);
            if (vector.size() != length) {
                throw new ArrowFormatException("column '" + field.name() + "' has " + vector.size()
                        + " slots but the batch has " + length + " rows");
            }
            columns.add(vector);
        }
        return new RecordBatch(schema, (int) length, columns);
    }

    private HeapVector vector(Field field) {
        if (nextNode >= header.nodesLength()) {
            throw new ArrowFormatException("record batch has too few field nodes (column '" + field.name() + "')");
        }
        header.nodes(node, nextNode++);
        long nodeLength = node.length();
        long nodeNulls = node.nullCount();
        if (nodeLength < 0 || nodeLength > Integer.MAX_VALUE || nodeNulls < 0 || nodeNulls > nodeLength) {
            throw new ArrowFormatException("field node of column '" + field.name() + "' is invalid: length "
                    + nodeLength + ", null count " + nodeNulls);
        }
        int size = (int) nodeLength;
        int nullCount = (int) nodeNulls;
        ArrowType type = field.type();
        if (type instanceof ArrowType.Null) {
            return new HeapNullVector(field, size);
        }
        BufferSlice validity = validity(field, size, nullCount);
        if (type instanceof ArrowType.Bool) {
            return new HeapBoolVector(field, size, validity, nullCount, fixed(field, size, 0, Bitmaps.bytesFor(size)));
        } else if (type instanceof ArrowType.Int t) {
            int width = t.bitWidth() / 8;
            return new HeapIntVector(field, size, validity, nullCount, fixed(field, size, width, 0), width, t.signed());
        } else if (type instanceof ArrowType.FloatingPoint t) {
            int width = switch (t.precision()) {
                case HALF -> 2;
                case SINGLE -> 4;
                case DOUBLE -> 8;
            };
            return new HeapFloatVector(field, size, validity, nullCount, fixed(field, size, width, 0), width);
        } else if (type instanceof ArrowType.Decimal t) {
            int width = t.bitWidth() / 8;
            return new HeapDecimalVector(field, size, validity, nullCount, fixed(field, size, width, 0), width,
                    t.scale());
        } else if (type instanceof ArrowType.Date t) {
            int width = t.unit() == ArrowType.DateUnit.DAY ? 4 : 8;
            return new HeapIntVector(field, size, validity, nullCount, fixed(field, size, width, 0), width, true);
        } else if (type instanceof ArrowType.Time t) {
            int width = t.bitWidth() / 8;
            return new HeapIntVector(field, size, validity, nullCount, fixed(field, size, width, 0), width, true);
        } else if (type instanceof ArrowType.Timestamp || type instanceof ArrowType.Duration) {
            return new HeapIntVector(field, size, validity, nullCount, fixed(field, size, 8, 0), 8, true);
        } else if (type instanceof ArrowType.FixedSizeBinary t) {
            return new HeapFixedBinaryVector(field, size, validity, nullCount, fixed(field, size, t.byteWidth(), 0),
                    t.byteWidth());
        } else if (type instanceof ArrowType.Utf8 || type instanceof ArrowType.Binary) {
            return varBinary(field, size, validity, nullCount, false, type instanceof ArrowType.Utf8);
        } else if (type instanceof ArrowType.LargeUtf8 || type instanceof ArrowType.LargeBinary) {
            return varBinary(field, size, validity, nullCount, true, type instanceof ArrowType.LargeUtf8);
        } else if (type instanceof ArrowType.Utf8View || type instanceof ArrowType.BinaryView) {
            return binaryView(field, size, validity, nullCount, type instanceof ArrowType.Utf8View);
        } else if (type instanceof ArrowType.List || type instanceof ArrowType.LargeList) {
            boolean large = type instanceof ArrowType.LargeList;
            BufferSlice offsets = offsets(field, size, large);
            HeapVector child = vector(field.children().get(0));
            checkOffsets(field, offsets, size, large, child.size());
            return new HeapListVector(field, size, validity, nullCount, offsets, large, child);
        } else if (type instanceof ArrowType.FixedSizeList t) {
            HeapVector child = vector(field.children().get(0));
            if ((long) size * t.listSize() > child.size()) {
                throw new ArrowFormatException("column '" + field.name() + "': " + size + " lists of "
                        + t.listSize() + " need more than the " + child.size() + " child slots sent");
            }
            return new HeapFixedSizeListVector(field, size, validity, nullCount, t.listSize(), child);
        } else if (type instanceof ArrowType.Struct) {
            List<HeapVector> members = new ArrayList<>(field.children().size());
            for (Field child : field.children()) {
                HeapVector member = vector(child);
                if (member.size() < size) {
                    throw new ArrowFormatException("struct member '" + child.name() + "' of column '"
                            + field.name() + "' is shorter than the struct");
                }
                members.add(member);
            }
            return new HeapStructVector(field, size, validity, nullCount, members);
        }
        throw new ArrowFormatException("column '" + field.name() + "' has Arrow type " + type
                + ", which this reader does not decode");
    }

    private BufferSlice nextBuffer(Field field) {
        if (nextBuffer >= header.buffersLength()) {
            throw new ArrowFormatException("record batch has too few buffers (column '" + field.name() + "')");
        }
        header.buffers(buffer, nextBuffer++);
        long offset = buffer.offset();
        long length = buffer.length();
        if (offset < 0 || length < 0 || offset + length > bodyLength) {
            throw new ArrowFormatException("buffer [" + offset + ", +" + length + ") of column '" + field.name()
                    + "' lies outside the " + bodyLength + "-byte message body");
        }
        return new BufferSlice(bytes, bodyStart + (int) offset, (int) length);
    }

    private BufferSlice validity(Field field, int size, int nullCount) {
        BufferSlice slice = nextBuffer(field);
        if (nullCount == 0) {
            return null;    // absent or ignorable: every slot is valid
        }
        if (slice.length() < Bitmaps.bytesFor(size)) {
            throw new ArrowFormatException("validity bitmap of column '" + field.name() + "' is too short ("
                    + slice.length() + " bytes for " + size + " slots)");
        }
        return slice;
    }

    /** A fixed-width buffer of {@code width} bytes per slot, or of {@code minBytes} for bitmaps. */
    private BufferSlice fixed(Field field, int size, int width, int minBytes) {
        BufferSlice slice = nextBuffer(field);
        long needed = width == 0 ? minBytes : (long) size * width;
        if (slice.length() < needed) {
            throw new ArrowFormatException("values buffer of column '" + field.name() + "' has " + slice.length()
                    + " bytes; " + size + " slots need " + needed);
        }
        return slice;
    }

    private BufferSlice offsets(Field field, int size, boolean large) {
        BufferSlice slice = nextBuffer(field);
        int width = large ? 8 : 4;
        if (size > 0 && slice.length() < (long) (size + 1) * width) {
            throw new ArrowFormatException("offsets buffer of column '" + field.name() + "' is too short");
        }
        return slice;
    }

    /** Offsets must start at 0 or more, never decrease and end inside the data (or child). */
    private static void checkOffsets(Field field, BufferSlice offsets, int size, boolean large, long limit) {
        if (size == 0) {
            return;
        }
        byte[] a = offsets.array();
        long previous = -1;
        for (int i = 0; i <= size; i++) {
            long value = large ? LittleEndian.getLong(a, offsets.offset() + i * 8)
                    : LittleEndian.getInt(a, offsets.offset() + i * 4);
            if (value < Math.max(previous, 0) || value > limit) {
                throw new ArrowFormatException("offset " + i + " of column '" + field.name() + "' is " + value
                        + " (previous " + previous + ", limit " + limit + ")");
            }
            previous = value;
        }
    }

    private HeapVector varBinary(Field field, int size, BufferSlice validity, int nullCount, boolean large,
                                 boolean utf8) {
        BufferSlice offsets = offsets(field, size, large);
        BufferSlice data = nextBuffer(field);
        checkOffsets(field, offsets, size, large, data.length());
        if (size == 0) {
            return new HeapVarBinaryVector(field, 0, validity, nullCount,
                    new BufferSlice(new byte[8], 0, 8), data, large, utf8);
        }
        return new HeapVarBinaryVector(field, size, validity, nullCount, offsets, data, large, utf8);
    }

    private HeapVector binaryView(Field field, int size, BufferSlice validity, int nullCount, boolean utf8) {
        BufferSlice views = fixed(field, size, HeapBinaryViewVector.VIEW_WIDTH, 0);
        if (nextVariadic >= header.variadicBufferCountsLength()) {
            throw new ArrowFormatException("column '" + field.name() + "' is a view type but the batch gives no "
                    + "variadic buffer count for it");
        }
        long count = header.variadicBufferCounts(nextVariadic++);
        if (count < 0 || count > header.buffersLength()) {
            throw new ArrowFormatException("column '" + field.name() + "' has an invalid variadic buffer count "
                    + count);
        }
        List<BufferSlice> data = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            data.add(nextBuffer(field));
        }
        HeapBinaryViewVector vector = new HeapBinaryViewVector(field, size, validity, nullCount, views, data, utf8);
        vector.validate();
        return vector;
    }
}
