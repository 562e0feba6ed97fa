package org.kalamdb.jdbc.exec;

import java.util.Map;

import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.expr.RowValues;

/**
 * A row as written (INSERT, UPDATE) or removed (DELETE), for RETURNING and generated keys.
 *
 * @param values canonical values of the user columns by name (type-mapping's ValueCoercer form)
 * @param seq    the row's {@code _seq}, or null when not known
 * @param userId the tenant the row belongs to (user and stream tables), or null
 */
record WrittenRow(Map<String, Object> values, Long seq, String userId) {

    WrittenRow withSeq(Long newSeq) {
        return new WrittenRow(values, newSeq, userId);
    }

    /** The row as the expression evaluator reads it. */
    RowValues asRowValues(TableSchema table) {
        return column -> {
            if (SystemColumns.SEQ.equals(column)) {
                return seq;
            }
            if (SystemColumns.USER_ID.equals(column) && table.exposesUserId()) {
                return userId;
            }
            ColumnSchema c = table.column(column).filter(x -> !x.isSystemColumn()).orElseThrow(
                    () -> RowValues.undefinedColumn(column));
            return CanonicalValues.toRuntime(values.get(c.name()), c.type());
        };
    }
}
