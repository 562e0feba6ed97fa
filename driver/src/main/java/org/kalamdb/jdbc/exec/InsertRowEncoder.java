package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.session.Tenant;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.json.TypedRowWriter;

/**
 * Turns the source rows of one INSERT into rows to send. What depends only on the statement's
 * target is decided once, when the encoder is made (per statement, and so once for a whole
 * parameter batch): for each user column of the table, which position of a source row holds its
 * value (or that it takes its DEFAULT), and the typed JSON writer of the columns. Each row is then
 * one pass over the columns, in table order: DEFAULT, NOT NULL check, coercion and JSON.
 * {@code _seq} values are ignored (read-only, as pg_kalam documents); a {@code _userid} value is
 * the row's owner. Not thread-safe: one encoder per statement execution.
 */
final class InsertRowEncoder {

    /** Marks a value position that asks for the column default. */
    static final Object DEFAULT = new Object();

    /**
     * One row ready to send.
     *
     * @param values the canonical value of each user column by name, in table order, for
     *               RETURNING and generated keys; null when the statement asks for neither
     * @param userId the row's owner (user and stream tables), else null
     * @param json   the row's typed JSON in UTF-8
     */
    record PreparedRow(Map<String, Object> values, String userId, byte[] json) {
    }

    private final TableSchema table;
    private final List<ColumnSchema> columns;
    /** Per column of {@link #columns}: the source-row position of its value, or -1 for its DEFAULT. */
    private final int[] sourcePositions;
    private final int userIdPosition;
    /** What the error names when a user or stream table row has no owner (built once, not per row). */
    private final String ownerlessInsert;
    private final boolean keepValues;
    private final TypedRowWriter writer;

    /**
     * @param positions  the target column of each source-row position (user columns, {@code _seq},
     *                   {@code _userid})
     * @param keepValues whether rows keep their canonical values (RETURNING, generated keys)
     */
    InsertRowEncoder(TableSchema table, List<String> positions, boolean keepValues) throws SQLException {
        this.table = table;
        this.columns = table.userColumns();
        this.sourcePositions = new int[columns.size()];
        List<String> names = new ArrayList<>(columns.size());
        List<KalamType> types = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            ColumnSchema column = columns.get(c);
            // a _userid position names the owner, never a stored column's value
            sourcePositions[c] = SystemColumns.USER_ID.equals(column.name()) ? -1 : positions.indexOf(column.name());
            names.add(column.name());
            types.add(column.type());
        }
        this.userIdPosition = positions.indexOf(SystemColumns.USER_ID);
        this.ownerlessInsert = "insert into " + table.type().wireName() + " table " + table.qualifiedName();
        this.keepValues = keepValues;
        try {
            this.writer = TypedRowWriter.of(names, types);
        } catch (ValueConversionException e) {
            throw Errors.fromConversion(e);
        }
    }

    /**
     * One source row, one value per position (a shorter row leaves the last positions to their
     * DEFAULTs), as the row to send.
     */
    PreparedRow encode(Object[] source, ExecutionContext context) throws SQLException {
        String userId = userIdFor(explicitUser(source), context);
        Map<String, Object> values = keepValues ? new LinkedHashMap<>() : null;
        writer.beginRow();
        for (int c = 0; c < sourcePositions.length; c++) {
            ColumnSchema column = columns.get(c);
            int position = sourcePositions[c];
            Object v = position >= 0 && position < source.length ? source[position] : DEFAULT;
            if (v == DEFAULT) {
                v = ColumnDefaults.valueFor(column, userId, context);
            }
            if (v == null && !column.nullable()) {
                throw Errors.create(SqlStates.NOT_NULL_VIOLATION, "null value in column \"" + column.name()
                        + "\" of relation \"" + table.name() + "\" violates not-null constraint");
            }
            Object canonical;
            try {
                canonical = writer.cell(c, v);
            } catch (ValueConversionException e) {
                throw InsertExecutor.conversionFailure(e, column);
            }
            if (values != null) {
                values.put(column.name(), canonical);
            }
        }
        try {
            return new PreparedRow(values, userId, writer.endRow());
        } catch (ValueConversionException e) {
            throw Errors.fromConversion(e);
        }
    }

    private String explicitUser(Object[] source) {
        if (userIdPosition < 0 || userIdPosition >= source.length) {
            return null;
        }
        Object v = source[userIdPosition];
        return v != DEFAULT && v != null ? String.valueOf(v) : null;
    }

    /**
     * The row's owner: an explicit {@code _userid} (user tables), else the connection's tenant.
     * Shared tables have none.
     */
    private String userIdFor(String explicitUser, ExecutionContext context) throws SQLException {
        if (!table.isTenantScoped()) {
            return null;
        }
        var tenant = context.session().tenant();
        if (explicitUser != null) {
            Tenant.checkExplicitUserId("_userid", explicitUser);
            if (tenant.isLocked() && !explicitUser.equals(tenant.userId())) {
                throw Errors.create(SqlStates.INSUFFICIENT_PRIVILEGE, "_userid '" + explicitUser
                        + "' differs from kalam.user_id, which is locked on this connection (userIdLocked=true)");
            }
            return explicitUser;
        }
        return tenant.require(ownerlessInsert);
    }
}
