package org.kalamdb.jdbc.meta;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kalamdb.jdbc.types.KalamType;

/**
 * getTypeInfo: one row per KalamDB column type (server.md 3), ordered by DATA_TYPE and, among
 * types sharing a JDBC type, closest match first (TEXT before JSON and FILE for VARCHAR). The
 * parameterised types are listed at their widest: DECIMAL(38, s), EMBEDDING(8192).
 */
final class TypeInfoRows {

    /** KalamDB's DECIMAL is Decimal128: at most 38 digits. */
    static final int MAX_DECIMAL_PRECISION = 38;
    /** EMBEDDING(n) takes 1 ≤ n ≤ 8192. */
    static final int MAX_EMBEDDING_DIMENSION = 8192;

    /** In closeness order within each JDBC type. */
    private static final List<KalamType> TYPES = List.of(KalamType.BOOLEAN, KalamType.SMALLINT, KalamType.INT,
            KalamType.BIGINT, KalamType.FLOAT, KalamType.DOUBLE,
            KalamType.decimal(MAX_DECIMAL_PRECISION, MAX_DECIMAL_PRECISION), KalamType.TEXT, KalamType.JSON,
            KalamType.FILE, KalamType.BYTES, KalamType.TIMESTAMP, KalamType.DATE, KalamType.DATETIME, KalamType.TIME,
            KalamType.UUID, KalamType.embedding(MAX_EMBEDDING_DIMENSION));

    private TypeInfoRows() {
    }

    static ResultSet typeInfo() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (KalamType t : TYPES) {
            rows.add(row(t));
        }
        // Stable: keeps the closeness order among equal DATA_TYPEs.
        rows.sort(Comparator.comparingInt(r -> (Integer) r[1]));
        return MetaColumns.TYPE_INFO.rows(rows);
    }

    private static Object[] row(KalamType t) {
        TypeFacts f = TypeFacts.of(t);
        KalamType.Kind kind = t.kind();
        boolean quoted = switch (kind) {
            case TEXT, JSON, FILE, DATE, TIME, TIMESTAMP, DATETIME, UUID -> true;
            case BOOLEAN, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL, BYTES, EMBEDDING -> false;
        };
        String createParams = switch (kind) {
            case DECIMAL -> "precision,scale";
            case EMBEDDING -> "dimension";
            case BOOLEAN, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, TEXT, BYTES, JSON, TIMESTAMP, DATE, DATETIME, TIME,
                 UUID, FILE -> null;
        };
        int searchable = switch (kind) {
            case TEXT, JSON, FILE -> DatabaseMetaData.typeSearchable;
            case EMBEDDING -> DatabaseMetaData.typePredNone;
            case BOOLEAN, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL, BYTES, TIMESTAMP, DATE, DATETIME, TIME,
                 UUID -> DatabaseMetaData.typePredBasic;
        };
        int minScale = f.decimalDigits() == null || kind == KalamType.Kind.DECIMAL ? 0 : f.decimalDigits();
        int maxScale = kind == KalamType.Kind.DECIMAL ? MAX_DECIMAL_PRECISION : minScale;
        return new Object[] {f.typeName(), f.sqlType(), f.columnSize(), quoted ? "'" : null, quoted ? "'" : null,
            createParams, DatabaseMetaData.typeNullable, TypeFacts.isCharacter(kind), searchable, false, false,
            // A BIGINT column with DEFAULT SNOWFLAKE_ID() fills itself.
            kind == KalamType.Kind.BIGINT, f.typeName(), minScale, maxScale, null, null, f.radix()};
    }
}
