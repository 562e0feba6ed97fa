package org.kalamdb.jdbc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;

/**
 * Funnels the many {@link PreparedStatement} setters into one {@link #bind(int, Object)}: typed
 * setters box their value, streams and LOBs are read whole (a KalamDB value travels whole in one
 * request), and the types KalamDB does not have are refused with 0A000 here, so the concrete
 * statement deals only with plain Java values.
 */
abstract class PreparedStatementSetters extends KalamStatement implements PreparedStatement {

    PreparedStatementSetters(KalamConnection connection) {
        super(connection);
    }

    /** Stores the value of the 1-based parameter {@code index}; null binds SQL NULL. */
    abstract void bind(int index, Object value) throws SQLException;

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        bind(parameterIndex, null);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        bind(parameterIndex, null);
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        bind(parameterIndex, (short) x);
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setNString(int parameterIndex, String value) throws SQLException {
        bind(parameterIndex, value);
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        bind(parameterIndex, x == null ? null : x.clone());
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
        bind(parameterIndex, x == null || cal == null ? x : CalendarValues.dateIn(x, cal));
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
        bind(parameterIndex, x == null || cal == null ? x : CalendarValues.timeIn(x, cal));
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
        bind(parameterIndex, x == null || cal == null ? x : CalendarValues.timestampIn(x, cal));
    }

    @Override
    public void setURL(int parameterIndex, URL x) throws SQLException {
        bind(parameterIndex, x == null ? null : x.toString());
    }

    // ---- streams: read whole ----------------------------------------------------------------

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
        bind(parameterIndex, x == null ? null : new String(readBytes(x, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
        bind(parameterIndex, x == null ? null : new String(readBytes(x, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
        bind(parameterIndex, x == null ? null : new String(readBytes(x, -1), StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
        bind(parameterIndex, x == null ? null : new String(readBytes(x, length), StandardCharsets.UTF_8));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
        bind(parameterIndex, x == null ? null : readBytes(x, length));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
        bind(parameterIndex, x == null ? null : readBytes(x, length));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
        bind(parameterIndex, x == null ? null : readBytes(x, -1));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
        bind(parameterIndex, reader == null ? null : readChars(reader, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
        bind(parameterIndex, reader == null ? null : readChars(reader, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        bind(parameterIndex, reader == null ? null : readChars(reader, -1));
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
        bind(parameterIndex, value == null ? null : readChars(value, length));
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
        bind(parameterIndex, value == null ? null : readChars(value, -1));
    }

    // ---- LOBs: read whole --------------------------------------------------------------------

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        bind(parameterIndex, x == null ? null : x.getBytes(1, (int) x.length()));
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
        bind(parameterIndex, inputStream == null ? null : readBytes(inputStream, length));
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
        bind(parameterIndex, inputStream == null ? null : readBytes(inputStream, -1));
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        bind(parameterIndex, x == null ? null : x.getSubString(1, (int) x.length()));
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        bind(parameterIndex, reader == null ? null : readChars(reader, length));
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        bind(parameterIndex, reader == null ? null : readChars(reader, -1));
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        bind(parameterIndex, value == null ? null : value.getSubString(1, (int) value.length()));
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        bind(parameterIndex, reader == null ? null : readChars(reader, length));
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        bind(parameterIndex, reader == null ? null : readChars(reader, -1));
    }

    // ---- types KalamDB does not have ---------------------------------------------------------

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        throw Errors.notSupported("PreparedStatement.setRef");
    }

    @Override
    public void setArray(int parameterIndex, Array x) throws SQLException {
        throw Errors.notSupported("PreparedStatement.setArray (bind a float[] for EMBEDDING columns)");
    }

    @Override
    public void setRowId(int parameterIndex, RowId x) throws SQLException {
        throw Errors.notSupported("PreparedStatement.setRowId");
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
        throw Errors.notSupported("PreparedStatement.setSQLXML");
    }

    private static byte[] readBytes(InputStream in, long length) throws SQLException {
        try {
            if (length >= 0) {
                byte[] bytes = in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
                if (bytes.length < length) {
                    throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "The stream ended after " + bytes.length
                            + " bytes but its length was given as " + length);
                }
                return bytes;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "Reading the parameter stream failed: "
                    + e.getMessage(), e);
        }
    }

    private static String readChars(Reader reader, long length) throws SQLException {
        try {
            StringWriter out = new StringWriter();
            if (length < 0) {
                reader.transferTo(out);
                return out.toString();
            }
            char[] buffer = new char[8192];
            long left = length;
            while (left > 0) {
                int n = reader.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "The reader ended after "
                            + (length - left) + " characters but its length was given as " + length);
                }
                out.write(buffer, 0, n);
                left -= n;
            }
            return out.toString();
        } catch (IOException e) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "Reading the parameter reader failed: "
                    + e.getMessage(), e);
        }
    }
}
