package org.kalamdb.jdbc.exec;

import java.nio.ByteBuffer;
import java.util.UUID;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.json.ValueCoercer;

/**
 * Reads scanned cells as the canonical values of their column's KalamDB type, the form the query
 * engine takes rows in ({@link org.kalamdb.jdbc.engine.TableSource}): Boolean, Short, Integer,
 * Long, Float, Double, BigDecimal, String, byte[], UUID, Long microseconds for TIMESTAMP, DATETIME
 * and TIME, Integer days for DATE, float[] for EMBEDDING. A column whose Arrow type is the one
 * KalamDB uses for its type is read directly; any other layout goes through the evaluator's value
 * and type-mapping's coercion, so an unexpected but compatible reply still reads correctly.
 */
final class CanonicalCells {

    /** Reads one cell of a column chosen once per scanned column. */
    @FunctionalInterface
    interface Reader {
        Object read(ColumnVector vector, int row) throws java.sql.SQLException;
    }

    private CanonicalCells() {
    }

    /** The reader for a column of declared type {@code type} sent with Arrow type {@code arrow}. */
    static Reader forColumn(KalamType type, ArrowType arrow) {
        Reader direct = arrow.equals(type.arrowType()) ? direct(type, arrow) : null;
        Reader reader = direct != null ? direct : (v, r) -> coerced(v, r, type);
        return (v, r) -> v.isNull(r) ? null : reader.read(v, r);
    }

    private static Reader direct(KalamType type, ArrowType arrow) {
        return switch (type.kind()) {
            case BOOLEAN -> ColumnVector::getBoolean;
            case SMALLINT -> (v, r) -> (short) v.getLong(r);
            case INT -> (v, r) -> (int) v.getLong(r);
            case BIGINT -> ColumnVector::getLong;
            case FLOAT -> (v, r) -> (float) v.getDouble(r);
            case DOUBLE -> ColumnVector::getDouble;
            case DECIMAL -> ColumnVector::getDecimal;
            case TEXT, JSON, FILE -> ColumnVector::getString;
            case BYTES -> ColumnVector::getBytes;
            case UUID -> (v, r) -> {
                ByteBuffer b = ByteBuffer.wrap(v.getBytes(r));
                return new UUID(b.getLong(), b.getLong());
            };
            // KalamDB's own layouts: Date32 days, Time64 and Timestamp in microseconds.
            case DATE -> (v, r) -> (int) v.getLong(r);
            case TIME, TIMESTAMP, DATETIME -> ColumnVector::getLong;
            case EMBEDDING -> CanonicalCells::floats;
        };
    }

    private static Object floats(ColumnVector v, int row) {
        ColumnVector child = v.child();
        int start = v.listStart(row);
        int length = v.listLength(row);
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = child.isNull(start + i) ? 0f : (float) child.getDouble(start + i);
        }
        return out;
    }

    private static Object coerced(ColumnVector v, int row, KalamType type) throws java.sql.SQLException {
        try {
            return ValueCoercer.coerce(SqlValueReader.read(v, row), type);
        } catch (ValueConversionException e) {
            throw Errors.fromConversion(e);
        }
    }
}
