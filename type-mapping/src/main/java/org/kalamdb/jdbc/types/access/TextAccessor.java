package org.kalamdb.jdbc.types.access;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.kalamdb.jdbc.types.SqlStates;
import org.kalamdb.jdbc.types.TextValues;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * TEXT, JSON and FILE (Utf8, LargeUtf8, Utf8View): the text itself, and every other getter by
 * parsing it as PostgreSQL would cast text. Text that does not parse is 22018; a well-formed
 * number too large for the getter is 22003. getBytes gives the UTF-8 bytes.
 */
final class TextAccessor extends AbstractAccessor {

    private static final String INVALID = SqlStates.IMPOSSIBLE_CONVERSION;

    TextAccessor(Field field) {
        super(field);
    }

    @Override
    String string(ColumnVector v, int row) {
        return v.getString(row);
    }

    @Override
    Object object(ColumnVector v, int row) {
        return v.getString(row);
    }

    @Override
    boolean bool(ColumnVector v, int row) {
        return TextValues.parseBoolean(v.getString(row), INVALID);
    }

    @Override
    long longValue(ColumnVector v, int row) {
        String text = v.getString(row);
        try {
            return TextValues.parseLong(text, INVALID);
        } catch (ValueConversionException notAnInteger) {
            // "1.9" or "1e3": read as a number and truncate, like getInt on a DECIMAL
            BigDecimal decimal = TextValues.parseDecimal(text, INVALID);
            return Narrowing.toLong(decimal);
        }
    }

    @Override
    double doubleValue(ColumnVector v, int row) {
        return TextValues.parseDouble(v.getString(row), INVALID);
    }

    @Override
    BigDecimal decimal(ColumnVector v, int row) {
        return TextValues.parseDecimal(v.getString(row), INVALID);
    }

    @Override
    BigInteger bigInteger(ColumnVector v, int row) {
        return decimal(v, row).toBigInteger();
    }

    @Override
    byte[] bytes(ColumnVector v, int row) {
        return v.getBytes(row);
    }

    @Override
    LocalDate localDate(ColumnVector v, int row) {
        return TextValues.parseDate(v.getString(row), INVALID);
    }

    @Override
    LocalTime localTime(ColumnVector v, int row) {
        return TextValues.parseTime(v.getString(row), INVALID);
    }

    @Override
    LocalDateTime localDateTime(ColumnVector v, int row) {
        TextValues.ParsedTimestamp parsed = TextValues.parseTimestamp(v.getString(row), INVALID);
        return parsed.offset() == null ? parsed.local()
                : parsed.local().atOffset(parsed.offset()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    @Override
    OffsetDateTime offsetDateTime(ColumnVector v, int row) {
        return TextValues.parseTimestamp(v.getString(row), INVALID).atOffsetOr(ZoneOffset.UTC);
    }

    @Override
    UUID uuid(ColumnVector v, int row) {
        return TextValues.parseUuid(v.getString(row), INVALID);
    }

    @Override
    float[] floatArray(ColumnVector v, int row) {
        return TextValues.parseFloatArray(v.getString(row), INVALID);
    }
}
