package org.kalamdb.jdbc.meta;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kalamdb.jdbc.ResultSets;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.access.ColumnTypeInfo;

/** {@code getTypeInfo}: one row per KalamDB column type, ordered by DATA_TYPE as JDBC asks. */
final class TypeInfoRows {

    private TypeInfoRows() {
    }

    static ResultSet resultSet() throws SQLException {
        List<KalamType> types = List.of(KalamType.BOOLEAN, KalamType.SMALLINT, KalamType.INT, KalamType.BIGINT,
                KalamType.FLOAT, KalamType.DOUBLE, KalamType.decimal(38, 10), KalamType.TEXT, KalamType.BYTES,
                KalamType.JSON, KalamType.TIMESTAMP, KalamType.DATE, KalamType.DATETIME, KalamType.TIME,
                KalamType.UUID, KalamType.embedding(1), KalamType.FILE);
        List<Object[]> rows = new ArrayList<>();
        for (KalamType t : types) {
            ColumnTypeInfo info = ColumnTypeInfo.of(t.toArrowField("x", true, false));
            String name = switch (t.kind()) {
                case DECIMAL -> "DECIMAL";
                case EMBEDDING -> "EMBEDDING";
                default -> t.sqlName();
            };
            String params = switch (t.kind()) {
                case DECIMAL -> "precision,scale";
                case EMBEDDING -> "dimension";
                default -> null;
            };
            boolean quoted = switch (t.kind()) {
                case TEXT, JSON, FILE, DATE, TIME, TIMESTAMP, DATETIME, UUID -> true;
                default -> false;
            };
            boolean numeric = switch (t.kind()) {
                case SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL -> true;
                default -> false;
            };
            rows.add(new Object[] {name, info.sqlType(), info.precision(), quoted ? "'" : null, quoted ? "'" : null,
                params, (short) DatabaseMetaData.typeNullable, t.kind() == KalamType.Kind.TEXT,
                (short) DatabaseMetaData.typeSearchable, numeric ? Boolean.FALSE : Boolean.TRUE, false, false, name,
                (short) 0, (short) (t.kind() == KalamType.Kind.DECIMAL ? 38 : 0), null, null, numeric ? 10 : null});
        }
        rows.sort(Comparator.comparingInt(r -> (Integer) r[1]));
        return ResultSets.of(MetaColumns.fields(MetaColumns.TYPE_INFO), rows);
    }
}
