package org.kalamdb.jdbc.exec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.KalamResultSet;
import org.kalamdb.jdbc.ResultSets;
import org.kalamdb.jdbc.engine.QueryResult;
import org.kalamdb.jdbc.engine.ResultColumn;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * Turns the query engine's results into the driver's {@link KalamResultSet}: each result column
 * becomes the Arrow field of its KalamDB type (with {@code kalam_data_type} metadata, so
 * ResultSetMetaData reports the computed column's type, precision, scale and nullability exactly
 * as for a scanned column of that type), and the canonical values go through the same record
 * batch builder as every other in-memory result, so all getters and conversions are the scans'.
 */
final class EngineResults {

    private static final int MAX_DECIMAL_PRECISION = 38;

    private EngineResults() {
    }

    /** The result's columns, for PreparedStatement.getMetaData before execution. */
    static List<Field> fields(List<ResultColumn> columns) {
        List<Field> out = new ArrayList<>(columns.size());
        for (ResultColumn c : columns) {
            out.add(field(c, c.type()));
        }
        return out;
    }

    /**
     * The rows as a result set; {@code maxRows} (Statement.setMaxRows, 0 = all) keeps the first
     * rows only.
     */
    static KalamResultSet resultSet(QueryResult result, long maxRows, Statement statement) throws SQLException {
        List<Object[]> rows = result.rows();
        if (maxRows > 0 && rows.size() > maxRows) {
            rows = rows.subList(0, (int) maxRows);
        }
        List<ResultColumn> columns = result.columns();
        List<Field> fields = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn c = columns.get(i);
            KalamType type = c.type().kind() == KalamType.Kind.DECIMAL ? decimalType(c.type(), rows, i) : c.type();
            fields.add(field(c, type));
        }
        List<Object[]> values = rows;
        if (hasDecimal(fields)) {
            values = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                values.add(atFieldScales(row, columns, fields));
            }
        }
        return ResultSets.of(fields, values, statement);
    }

    private static Field field(ResultColumn column, KalamType type) {
        return type.toArrowField(column.label(), column.nullable(), false);
    }

    /**
     * The declared DECIMAL(p, s) of a computed column, widened to the digits its values really
     * have: the engine's declared precision is a bound PostgreSQL does not enforce on expressions.
     */
    private static KalamType decimalType(KalamType declared, List<Object[]> rows, int column) throws SQLException {
        int scale = declared.scale();
        int integerDigits = declared.precision() - scale;
        for (Object[] row : rows) {
            if (row[column] instanceof BigDecimal d) {
                BigDecimal scaled = d.setScale(scale, RoundingMode.HALF_UP);
                integerDigits = Math.max(integerDigits, scaled.precision() - scaled.scale());
            }
        }
        int precision = integerDigits + scale;
        if (precision > MAX_DECIMAL_PRECISION) {
            throw Errors.create(SqlStates.NUMERIC_VALUE_OUT_OF_RANGE, "a value of result column is wider than "
                    + MAX_DECIMAL_PRECISION + " digits at scale " + scale);
        }
        return KalamType.decimal(Math.max(1, precision), scale);
    }

    private static boolean hasDecimal(List<Field> fields) {
        for (Field f : fields) {
            if (f.type() instanceof ArrowType.Decimal) {
                return true;
            }
        }
        return false;
    }

    /** The row with each decimal at its column's scale (PostgreSQL shows numeric results at their scale). */
    private static Object[] atFieldScales(Object[] row, List<ResultColumn> columns, List<Field> fields) {
        Object[] out = row.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof BigDecimal d && columns.get(i).type().kind() == KalamType.Kind.DECIMAL) {
                int scale = ((ArrowType.Decimal) fields.get(i).type()).scale();
                out[i] = d.setScale(scale, RoundingMode.HALF_UP);
            }
        }
        return out;
    }
}
