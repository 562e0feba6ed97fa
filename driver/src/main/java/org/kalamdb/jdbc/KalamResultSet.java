package org.kalamdb.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kalamdb.jdbc.base.AbstractResultSet;
import org.kalamdb.jdbc.base.FetchHints;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.access.Accessors;
import org.kalamdb.jdbc.types.access.ColumnAccessor;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatch;

/**
 * A forward-only, read-only result over decoded record batches. Each batch's columns line up with
 * {@link #fields} (same Arrow types; the vectors' own fields may carry other names, e.g. the
 * scanned column under its label); the accessor of each column is chosen once, from the result's
 * field, and every getter is one accessor call on the current row. Results are fully materialised
 * before the statement returns (Scan replies arrive whole), so a result set stays readable after
 * commit and holds no server resource.
 */
public final class KalamResultSet extends AbstractResultSet {

    private final List<Field> fields;
    private final int columnCount;
    private final List<RecordBatch> batches;
    private final Statement statement;
    /** Lower-case label to 1-based index, the first column of a label winning; made on first use. */
    private Map<String, Integer> labels;

    private int batchIndex = -1;
    private int rowInBatch = -1;
    private RecordBatch batch;
    private ColumnVector[] vectors;
    /** One per field, chosen when the first batch is entered. */
    private ColumnAccessor[] accessors;
    private long rowNumber;
    private boolean afterLast;
    private boolean wasNull;
    private boolean closed;
    private int fetchSize;
    private SQLWarning warnings;

    /**
     * @param fields    the result's columns (labels and types), also when there are no batches
     * @param batches   data; each batch has exactly {@code fields.size()} columns in that order
     * @param statement the producing statement, or null (metadata results)
     */
    public KalamResultSet(List<Field> fields, List<RecordBatch> batches, Statement statement) {
        this.fields = List.copyOf(fields);
        this.columnCount = this.fields.size();
        this.batches = List.copyOf(batches);
        this.statement = statement;
        for (RecordBatch b : batches) {
            if (b.columns().size() != fields.size()) {
                throw new IllegalArgumentException("batch has " + b.columns().size() + " columns, result has "
                        + fields.size());
            }
            for (int i = 0; i < fields.size(); i++) {
                if (!b.column(i).field().type().equals(fields.get(i).type())) {
                    throw new IllegalArgumentException("column " + (i + 1) + " is " + fields.get(i).type()
                            + " in the result but " + b.column(i).field().type() + " in a batch");
                }
            }
        }
    }

    /** The column definitions of this result. */
    public List<Field> fields() {
        return fields;
    }

    /** The decoded batches behind this result (for the driver's own use, e.g. INSERT ... SELECT). */
    public List<RecordBatch> batches() {
        return batches;
    }

    /** Total number of rows (the result is materialised). */
    public long rowCount() {
        long n = 0;
        for (RecordBatch b : batches) {
            n += b.rowCount();
        }
        return n;
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (afterLast) {
            return false;
        }
        while (batch == null || rowInBatch + 1 >= batch.rowCount()) {
            batchIndex++;
            if (batchIndex >= batches.size()) {
                batch = null;
                afterLast = true;
                rowNumber++;
                return false;
            }
            enterBatch(batches.get(batchIndex));
        }
        rowInBatch++;
        rowNumber++;
        return true;
    }

    private void enterBatch(RecordBatch next) {
        batch = next;
        rowInBatch = -1;
        int n = fields.size();
        if (accessors == null) {
            accessors = new ColumnAccessor[n];
            for (int i = 0; i < n; i++) {
                accessors[i] = Accessors.forField(fields.get(i));
            }
        }
        if (vectors == null) {
            vectors = new ColumnVector[n];
        }
        for (int i = 0; i < n; i++) {
            vectors[i] = next.column(i);
        }
    }

    @Override
    public void close() {
        closed = true;
        batch = null;
        vectors = null;
        accessors = null;
        if (statement instanceof KalamStatement ks) {
            ks.resultSetClosed(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw Errors.closed("ResultSet");
        }
    }

    /** Validates the cursor and the index; returns the 0-based column. */
    private int column(int columnIndex) throws SQLException {
        checkOpen();
        if (columnIndex < 1 || columnIndex > columnCount) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_INDEX, "The column index " + columnIndex
                    + " is out of range: the result has " + columnCount + " column(s)");
        }
        if (batch == null || rowInBatch < 0) {
            throw Errors.create(SqlStates.INVALID_CURSOR_STATE, afterLast
                    ? "The ResultSet is positioned after the last row"
                    : "The ResultSet is positioned before the first row: call next() first");
        }
        return columnIndex - 1;
    }

    /*
     * Every getter reads one cell the same way: the cursor and index checked, wasNull set, the
     * accessor called, its failures turned into SQLExceptions. Written out per getter rather than
     * through one generic reader so that primitives are not boxed and no lambda is allocated per
     * cell (a full scan reads millions of them).
     */

    /** A getter's failure as the SQLException to throw: 22xxx conversion errors keep their SQLState. */
    private SQLException readFailure(int c, RuntimeException e) {
        if (e instanceof ValueConversionException conversion) {
            return Errors.fromConversion(conversion);
        }
        if (e instanceof IllegalStateException || e instanceof IllegalArgumentException
                || e instanceof ArithmeticException) {
            return Errors.create(SqlStates.INVALID_CHARACTER_VALUE_FOR_CAST, "Column "
                    + fields.get(c).name() + ": " + e.getMessage(), e);
        }
        throw e;
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getString(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getBoolean(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getByte(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getShort(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getInt(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getLong(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getFloat(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getDouble(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal v = getBigDecimal(columnIndex);
        return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getBigDecimal(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getBytes(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        return getDate(columnIndex, null);
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        return getTime(columnIndex, null);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        return getTimestamp(columnIndex, null);
    }

    @Override
    public Date getDate(int columnIndex, Calendar cal) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getDate(vectors[c], rowInBatch, cal);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public Time getTime(int columnIndex, Calendar cal) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getTime(vectors[c], rowInBatch, cal);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getTimestamp(vectors[c], rowInBatch, cal);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getAsciiStream(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        throw Errors.notSupported("ResultSet.getUnicodeStream (deprecated; use getCharacterStream)");
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getBinaryStream(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getCharacterStream(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getObject(vectors[c], rowInBatch);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (type == null) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "getObject: the type must not be null");
        }
        int c = column(columnIndex);
        try {
            wasNull = accessors[c].isNull(vectors[c], rowInBatch);
            return accessors[c].getObject(vectors[c], rowInBatch, type);
        } catch (RuntimeException e) {
            throw readFailure(c, e);
        }
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        if (labels == null) {
            Map<String, Integer> byLabel = new HashMap<>();
            for (int i = fields.size() - 1; i >= 0; i--) {
                byLabel.put(fields.get(i).name().toLowerCase(Locale.ROOT), i + 1);
            }
            labels = byLabel;
        }
        Integer index = columnLabel == null ? null : labels.get(columnLabel.toLowerCase(Locale.ROOT));
        if (index == null) {
            throw Errors.create(SqlStates.UNDEFINED_COLUMN, "The column name " + columnLabel
                    + " was not found in this ResultSet");
        }
        return index;
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new KalamResultSetMetaData(fields);
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return rowNumber == 0 && rowCount() > 0;
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return afterLast && rowCount() > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return rowNumber == 1 && !afterLast;
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        return !afterLast && rowNumber > 0 && rowNumber == rowCount();
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return afterLast || rowNumber > Integer.MAX_VALUE ? 0 : (int) rowNumber;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        FetchHints.requireForward(direction);
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        fetchSize = FetchHints.checkedSize(rows);
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }
}
