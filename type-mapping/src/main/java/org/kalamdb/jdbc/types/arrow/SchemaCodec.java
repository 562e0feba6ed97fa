package org.kalamdb.jdbc.types.arrow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.flatbuffers.FlatBufferBuilder;

/** Converts schemas between the Arrow flatbuffers metadata (Schema.fbs) and our records. */
final class SchemaCodec {

    private static final int MAX_NESTING = 64;

    private SchemaCodec() {
    }

    // ---------------------------------------------------------------- reading

    static Schema decode(org.apache.arrow.flatbuf.Schema fb) {
        if (fb.endianness() != org.apache.arrow.flatbuf.Endianness.Little) {
            throw new ArrowFormatException("big-endian Arrow data is not supported");
        }
        // no capacity hints from the metadata: a corrupt length must not allocate
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < fb.fieldsLength(); i++) {
            fields.add(decodeField(fb.fields(i), 0));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < fb.customMetadataLength(); i++) {
            org.apache.arrow.flatbuf.KeyValue kv = fb.customMetadata(i);
            putMetadata(metadata, kv);
        }
        return new Schema(fields, metadata);
    }

    private static void putMetadata(Map<String, String> metadata, org.apache.arrow.flatbuf.KeyValue kv) {
        if (kv.key() != null) {
            metadata.put(kv.key(), kv.value() == null ? "" : kv.value());
        }
    }

    private static Field decodeField(org.apache.arrow.flatbuf.Field fb, int depth) {
        String name = fb.name() == null ? "" : fb.name();
        if (depth > MAX_NESTING) {
            // flatbuffers offsets are read as signed ints, so corrupt metadata can loop
            throw new ArrowFormatException("field '" + name + "' is nested more than " + MAX_NESTING + " levels deep");
        }
        if (fb.dictionary() != null) {
            throw new ArrowFormatException("field '" + name
                    + "' is dictionary-encoded; KalamDB never sends dictionaries and this reader does not decode them");
        }
        List<Field> children = new ArrayList<>();
        for (int i = 0; i < fb.childrenLength(); i++) {
            children.add(decodeField(fb.children(i), depth + 1));
        }
        ArrowType type = decodeType(fb, name);
        checkChildren(name, type, children.size());
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < fb.customMetadataLength(); i++) {
            putMetadata(metadata, fb.customMetadata(i));
        }
        return new Field(name, type, fb.nullable(), metadata, children);
    }

    private static void checkChildren(String name, ArrowType type, int count) {
        boolean list = type instanceof ArrowType.List || type instanceof ArrowType.LargeList
                || type instanceof ArrowType.FixedSizeList;
        if (list && count != 1) {
            throw new ArrowFormatException("list field '" + name + "' has " + count + " children instead of 1");
        }
        if (!list && !(type instanceof ArrowType.Struct) && count != 0) {
            throw new ArrowFormatException("field '" + name + "' of type " + type + " has children");
        }
    }

    private static ArrowType decodeType(org.apache.arrow.flatbuf.Field fb, String name) {
        byte typeType = fb.typeType();
        switch (typeType) {
            case org.apache.arrow.flatbuf.Type.Null:
                return new ArrowType.Null();
            case org.apache.arrow.flatbuf.Type.Bool:
                return new ArrowType.Bool();
            case org.apache.arrow.flatbuf.Type.Int: {
                var t = (org.apache.arrow.flatbuf.Int) fb.type(new org.apache.arrow.flatbuf.Int());
                int width = t.bitWidth();
                if (width != 8 && width != 16 && width != 32 && width != 64) {
                    throw new ArrowFormatException("field '" + name + "': Int bit width " + width + " is invalid");
                }
                return new ArrowType.Int(width, t.isSigned());
            }
            case org.apache.arrow.flatbuf.Type.FloatingPoint: {
                var t = (org.apache.arrow.flatbuf.FloatingPoint) fb.type(new org.apache.arrow.flatbuf.FloatingPoint());
                return new ArrowType.FloatingPoint(switch (t.precision()) {
                    case org.apache.arrow.flatbuf.Precision.HALF -> ArrowType.Precision.HALF;
                    case org.apache.arrow.flatbuf.Precision.SINGLE -> ArrowType.Precision.SINGLE;
                    case org.apache.arrow.flatbuf.Precision.DOUBLE -> ArrowType.Precision.DOUBLE;
                    default -> throw new ArrowFormatException("field '" + name + "': unknown float precision "
                            + t.precision());
                });
            }
            case org.apache.arrow.flatbuf.Type.Utf8:
                return new ArrowType.Utf8();
            case org.apache.arrow.flatbuf.Type.LargeUtf8:
                return new ArrowType.LargeUtf8();
            case org.apache.arrow.flatbuf.Type.Utf8View:
                return new ArrowType.Utf8View();
            case org.apache.arrow.flatbuf.Type.Binary:
                return new ArrowType.Binary();
            case org.apache.arrow.flatbuf.Type.LargeBinary:
                return new ArrowType.LargeBinary();
            case org.apache.arrow.flatbuf.Type.BinaryView:
                return new ArrowType.BinaryView();
            case org.apache.arrow.flatbuf.Type.FixedSizeBinary: {
                var t = (org.apache.arrow.flatbuf.FixedSizeBinary) fb.type(new org.apache.arrow.flatbuf.FixedSizeBinary());
                if (t.byteWidth() < 0) {
                    throw new ArrowFormatException("field '" + name + "': negative FixedSizeBinary width");
                }
                return new ArrowType.FixedSizeBinary(t.byteWidth());
            }
            case org.apache.arrow.flatbuf.Type.Decimal: {
                var t = (org.apache.arrow.flatbuf.Decimal) fb.type(new org.apache.arrow.flatbuf.Decimal());
                int width = t.bitWidth();
                if (width != 32 && width != 64 && width != 128 && width != 256) {
                    throw new ArrowFormatException("field '" + name + "': Decimal bit width " + width + " is invalid");
                }
                return new ArrowType.Decimal(t.precision(), t.scale(), width);
            }
            case org.apache.arrow.flatbuf.Type.Date: {
                var t = (org.apache.arrow.flatbuf.Date) fb.type(new org.apache.arrow.flatbuf.Date());
                return new ArrowType.Date(t.unit() == org.apache.arrow.flatbuf.DateUnit.DAY
                        ? ArrowType.DateUnit.DAY : ArrowType.DateUnit.MILLISECOND);
            }
            case org.apache.arrow.flatbuf.Type.Time: {
                var t = (org.apache.arrow.flatbuf.Time) fb.type(new org.apache.arrow.flatbuf.Time());
                ArrowType.TimeUnit unit = timeUnit(t.unit(), name);
                int expected = unit == ArrowType.TimeUnit.SECOND || unit == ArrowType.TimeUnit.MILLISECOND ? 32 : 64;
                if (t.bitWidth() != expected) {
                    throw new ArrowFormatException("field '" + name + "': Time(" + unit + ") must be " + expected
                            + " bits, not " + t.bitWidth());
                }
                return new ArrowType.Time(unit, expected);
            }
            case org.apache.arrow.flatbuf.Type.Timestamp: {
                var t = (org.apache.arrow.flatbuf.Timestamp) fb.type(new org.apache.arrow.flatbuf.Timestamp());
                String zone = t.timezone();
                return new ArrowType.Timestamp(timeUnit(t.unit(), name), zone == null || zone.isEmpty() ? null : zone);
            }
            case org.apache.arrow.flatbuf.Type.Duration: {
                var t = (org.apache.arrow.flatbuf.Duration) fb.type(new org.apache.arrow.flatbuf.Duration());
                return new ArrowType.Duration(timeUnit(t.unit(), name));
            }
            case org.apache.arrow.flatbuf.Type.List:
                return new ArrowType.List();
            case org.apache.arrow.flatbuf.Type.LargeList:
                return new ArrowType.LargeList();
            case org.apache.arrow.flatbuf.Type.FixedSizeList: {
                var t = (org.apache.arrow.flatbuf.FixedSizeList) fb.type(new org.apache.arrow.flatbuf.FixedSizeList());
                if (t.listSize() < 0) {
                    throw new ArrowFormatException("field '" + name + "': negative FixedSizeList size");
                }
                return new ArrowType.FixedSizeList(t.listSize());
            }
            case org.apache.arrow.flatbuf.Type.Struct_:
                return new ArrowType.Struct();
            default:
                throw new ArrowFormatException("field '" + name + "' has Arrow type "
                        + (typeType >= 0 && typeType < org.apache.arrow.flatbuf.Type.names.length
                                ? org.apache.arrow.flatbuf.Type.name(typeType) : "#" + typeType)
                        + ", which this reader does not support");
        }
    }

    private static ArrowType.TimeUnit timeUnit(short unit, String name) {
        return switch (unit) {
            case org.apache.arrow.flatbuf.TimeUnit.SECOND -> ArrowType.TimeUnit.SECOND;
            case org.apache.arrow.flatbuf.TimeUnit.MILLISECOND -> ArrowType.TimeUnit.MILLISECOND;
            case org.apache.arrow.flatbuf.TimeUnit.MICROSECOND -> ArrowType.TimeUnit.MICROSECOND;
            case org.apache.arrow.flatbuf.TimeUnit.NANOSECOND -> ArrowType.TimeUnit.NANOSECOND;
            default -> throw new ArrowFormatException("field '" + name + "': unknown time unit " + unit);
        };
    }

    // ---------------------------------------------------------------- writing

    /** Builds the Schema table; returns its offset. */
    static int encode(FlatBufferBuilder fbb, Schema schema) {
        int[] fields = new int[schema.fields().size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = encodeField(fbb, schema.fields().get(i));
        }
        int fieldsVector = org.apache.arrow.flatbuf.Schema.createFieldsVector(fbb, fields);
        int metadata = encodeMetadata(fbb, schema.metadata());
        org.apache.arrow.flatbuf.Schema.startSchema(fbb);
        org.apache.arrow.flatbuf.Schema.addEndianness(fbb, org.apache.arrow.flatbuf.Endianness.Little);
        org.apache.arrow.flatbuf.Schema.addFields(fbb, fieldsVector);
        if (metadata != 0) {
            org.apache.arrow.flatbuf.Schema.addCustomMetadata(fbb, metadata);
        }
        return org.apache.arrow.flatbuf.Schema.endSchema(fbb);
    }

    /** Key/value vector with keys sorted, so that equal schemas give equal bytes; 0 when empty. */
    private static int encodeMetadata(FlatBufferBuilder fbb, Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return 0;
        }
        List<Integer> entries = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(metadata).entrySet()) {
            int key = fbb.createString(e.getKey());
            int value = fbb.createString(e.getValue());
            entries.add(org.apache.arrow.flatbuf.KeyValue.createKeyValue(fbb, key, value));
        }
        return org.apache.arrow.flatbuf.Field.createCustomMetadataVector(fbb,
                entries.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int encodeField(FlatBufferBuilder fbb, Field field) {
        checkChildren(field.name(), field.type(), field.children().size());
        int name = fbb.createString(field.name());
        int[] children = new int[field.children().size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = encodeField(fbb, field.children().get(i));
        }
        int childrenVector = org.apache.arrow.flatbuf.Field.createChildrenVector(fbb, children);
        int metadata = encodeMetadata(fbb, field.metadata());
        byte typeType = typeTag(field.type());
        int type = encodeType(fbb, field.type());
        org.apache.arrow.flatbuf.Field.startField(fbb);
        org.apache.arrow.flatbuf.Field.addName(fbb, name);
        org.apache.arrow.flatbuf.Field.addNullable(fbb, field.nullable());
        org.apache.arrow.flatbuf.Field.addTypeType(fbb, typeType);
        org.apache.arrow.flatbuf.Field.addType(fbb, type);
        org.apache.arrow.flatbuf.Field.addChildren(fbb, childrenVector);
        if (metadata != 0) {
            org.apache.arrow.flatbuf.Field.addCustomMetadata(fbb, metadata);
        }
        return org.apache.arrow.flatbuf.Field.endField(fbb);
    }

    private static byte typeTag(ArrowType type) {
        if (type instanceof ArrowType.Null) {
            return org.apache.arrow.flatbuf.Type.Null;
        } else if (type instanceof ArrowType.Bool) {
            return org.apache.arrow.flatbuf.Type.Bool;
        } else if (type instanceof ArrowType.Int) {
            return org.apache.arrow.flatbuf.Type.Int;
        } else if (type instanceof ArrowType.FloatingPoint) {
            return org.apache.arrow.flatbuf.Type.FloatingPoint;
        } else if (type instanceof ArrowType.Utf8) {
            return org.apache.arrow.flatbuf.Type.Utf8;
        } else if (type instanceof ArrowType.LargeUtf8) {
            return org.apache.arrow.flatbuf.Type.LargeUtf8;
        } else if (type instanceof ArrowType.Utf8View) {
            return org.apache.arrow.flatbuf.Type.Utf8View;
        } else if (type instanceof ArrowType.Binary) {
            return org.apache.arrow.flatbuf.Type.Binary;
        } else if (type instanceof ArrowType.LargeBinary) {
            return org.apache.arrow.flatbuf.Type.LargeBinary;
        } else if (type instanceof ArrowType.BinaryView) {
            return org.apache.arrow.flatbuf.Type.BinaryView;
        } else if (type instanceof ArrowType.FixedSizeBinary) {
            return org.apache.arrow.flatbuf.Type.FixedSizeBinary;
        } else if (type instanceof ArrowType.Decimal) {
            return org.apache.arrow.flatbuf.Type.Decimal;
        } else if (type instanceof ArrowType.Date) {
            return org.apache.arrow.flatbuf.Type.Date;
        } else if (type instanceof ArrowType.Time) {
            return org.apache.arrow.flatbuf.Type.Time;
        } else if (type instanceof ArrowType.Timestamp) {
            return org.apache.arrow.flatbuf.Type.Timestamp;
        } else if (type instanceof ArrowType.Duration) {
            return org.apache.arrow.flatbuf.Type.Duration;
        } else if (type instanceof ArrowType.List) {
            return org.apache.arrow.flatbuf.Type.List;
        } else if (type instanceof ArrowType.LargeList) {
            return org.apache.arrow.flatbuf.Type.LargeList;
        } else if (type instanceof ArrowType.FixedSizeList) {
            return org.apache.arrow.flatbuf.Type.FixedSizeList;
        } else if (type instanceof ArrowType.Struct) {
            return org.apache.arrow.flatbuf.Type.Struct_;
        }
        throw new IllegalArgumentException("unknown Arrow type " + type);
    }

    private static int encodeType(FlatBufferBuilder fbb, ArrowType type) {
        if (type instanceof ArrowType.Int t) {
            return org.apache.arrow.flatbuf.Int.createInt(fbb, t.bitWidth(), t.signed());
        } else if (type instanceof ArrowType.FloatingPoint t) {
            return org.apache.arrow.flatbuf.FloatingPoint.createFloatingPoint(fbb, switch (t.precision()) {
                case HALF -> org.apache.arrow.flatbuf.Precision.HALF;
                case SINGLE -> org.apache.arrow.flatbuf.Precision.SINGLE;
                case DOUBLE -> org.apache.arrow.flatbuf.Precision.DOUBLE;
            });
        } else if (type instanceof ArrowType.FixedSizeBinary t) {
            return org.apache.arrow.flatbuf.FixedSizeBinary.createFixedSizeBinary(fbb, t.byteWidth());
        } else if (type instanceof ArrowType.Decimal t) {
            return org.apache.arrow.flatbuf.Decimal.createDecimal(fbb, t.precision(), t.scale(), t.bitWidth());
        } else if (type instanceof ArrowType.Date t) {
            return org.apache.arrow.flatbuf.Date.createDate(fbb, t.unit() == ArrowType.DateUnit.DAY
                    ? org.apache.arrow.flatbuf.DateUnit.DAY : org.apache.arrow.flatbuf.DateUnit.MILLISECOND);
        } else if (type instanceof ArrowType.Time t) {
            return org.apache.arrow.flatbuf.Time.createTime(fbb, timeUnit(t.unit()), t.bitWidth());
        } else if (type instanceof ArrowType.Timestamp t) {
            int zone = t.timezone() == null ? 0 : fbb.createString(t.timezone());
            return org.apache.arrow.flatbuf.Timestamp.createTimestamp(fbb, timeUnit(t.unit()), zone);
        } else if (type instanceof ArrowType.Duration t) {
            return org.apache.arrow.flatbuf.Duration.createDuration(fbb, timeUnit(t.unit()));
        } else if (type instanceof ArrowType.FixedSizeList t) {
            return org.apache.arrow.flatbuf.FixedSizeList.createFixedSizeList(fbb, t.listSize());
        }
        // the remaining types are empty tables
        fbb.startTable(0);
        return fbb.endTable();
    }

    private static short timeUnit(ArrowType.TimeUnit unit) {
        return switch (unit) {
            case SECOND -> org.apache.arrow.flatbuf.TimeUnit.SECOND;
            case MILLISECOND -> org.apache.arrow.flatbuf.TimeUnit.MILLISECOND;
            case MICROSECOND -> org.apache.arrow.flatbuf.TimeUnit.MICROSECOND;
            case NANOSECOND -> org.apache.arrow.flatbuf.TimeUnit.NANOSECOND;
        };
    }
}
