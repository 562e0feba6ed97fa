package org.kalamdb.server.sql.dml;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.sql.SqlErrors;
import org.kalamdb.server.sql.query.ArrowTypes;
import org.kalamdb.server.sql.query.CastFailure;
import org.kalamdb.server.sql.query.ValueCasts;

/**
 * coerce_rows for SQL DML: a value of some Arrow type written to a column becomes the column's
 * canonical Java value, or fails with {@code Invalid operation: Schema coercion failed: ...}
 * (server.md 3 "How values are coerced on write").
 */
final class ColumnCoercion {

    private ColumnCoercion() {
    }

    static Object coerce(Object value, ArrowType sourceType, ColumnDef column) {
        if (value == null) {
            return null;
        }
        KalamType target = column.type();
        try {
            return ValueCasts.cast(value, target);
        } catch (ValueCasts.EmbeddingDimensionMismatch e) {
            throw failed("Embedding dimension mismatch for column '" + column.name() + "': expected " + e.expected()
                    + ", got " + e.actual());
        } catch (CastFailure e) {
            if (target.kind() == KalamType.Kind.UUID && value instanceof String s) {
                throw failed("Invalid UUID literal '" + s + "' for column '" + column.name() + "': " + e.getMessage());
            }
            throw failed("Unable to cast value " + ArrowTypes.display(sourceType) + " to "
                    + ArrowTypes.display(target.arrowType()) + " for column '" + column.name() + "': " + e.getMessage());
        }
    }

    private static RuntimeException failed(String message) {
        return SqlErrors.invalidOperation("Schema coercion failed: " + message);
    }
}
