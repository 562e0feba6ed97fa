package org.kalamdb.jdbc.meta;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kalamdb.jdbc.types.KalamType;

/**
 * getFunctions and getFunctionColumns: the helper functions of pg_kalam (extension.md 5.2) that
 * this driver evaluates itself, plus KalamDB's id generators usable in DEFAULT clauses. They
 * belong to no namespace (FUNCTION_SCHEM null), so they are listed when the schema argument does
 * not narrow: null, empty ("without a schema") or a pattern matching everything. KalamDB has no
 * stored procedures: getProcedures is empty.
 */
final class FunctionRows {

    /** One argument of a helper. */
    record Parameter(String name, KalamType type) {
    }

    /** One helper function and what it returns. */
    record Helper(String name, KalamType returns, boolean returnsNull, String remarks, List<Parameter> parameters) {
    }

    static final List<Helper> HELPERS = List.of(
            new Helper("kalam_compiled_mode", KalamType.TEXT, false, "Always 'remote'", List.of()),
            new Helper("kalam_exec", KalamType.TEXT, true, "Sends one statement to KalamDB as written (DBA identity, "
                    + "namespace default, outside the transaction); a SELECT returns its rows as a JSON array",
                    List.of(new Parameter("sql", KalamType.TEXT))),
            new Helper("kalam_user_id", KalamType.TEXT, true, "The session's kalam.user_id (tenant), NULL when unset",
                    List.of()),
            new Helper("kalam_user_id_guc_name", KalamType.TEXT, false, "The setting's name: kalam.user_id", List.of()),
            new Helper("kalam_version", KalamType.TEXT, false, "The driver version", List.of()),
            new Helper("snowflake_id", KalamType.BIGINT, false, "A new time-ordered BIGINT id (KalamDB layout: "
                    + "ms since 2024-01-01 << 22 | worker << 12 | sequence)", List.of()),
            new Helper("ulid", KalamType.TEXT, false, "A new ULID (26 characters, Crockford base32)", List.of()),
            new Helper("uuid_v7", KalamType.TEXT, false, "A new time-ordered UUID version 7 as text", List.of()));

    private FunctionRows() {
    }

    private static boolean listed(String catalogArgument, String schemaPattern) {
        NamePattern schema = NamePattern.of(schemaPattern);
        return TableRows.catalogMatches(catalogArgument)
                && (schemaPattern == null || schemaPattern.isEmpty() || schema.matchesEverything());
    }

    static ResultSet functions(String catalogArgument, String schemaPattern, String functionPattern)
            throws SQLException {
        if (!listed(catalogArgument, schemaPattern)) {
            return MetaColumns.FUNCTIONS.empty();
        }
        NamePattern names = NamePattern.of(functionPattern);
        List<Object[]> rows = new ArrayList<>();
        for (Helper h : HELPERS) {
            if (names.matches(h.name())) {
                rows.add(new Object[] {TableRows.CATALOG, null, h.name(), h.remarks(),
                    DatabaseMetaData.functionNoTable, h.name()});
            }
        }
        return MetaColumns.FUNCTIONS.rows(rows);
    }

    static ResultSet functionColumns(String catalogArgument, String schemaPattern, String functionPattern,
                                     String columnPattern) throws SQLException {
        if (!listed(catalogArgument, schemaPattern)) {
            return MetaColumns.FUNCTION_COLUMNS.empty();
        }
        NamePattern names = NamePattern.of(functionPattern);
        NamePattern columns = NamePattern.of(columnPattern);
        List<Object[]> rows = new ArrayList<>();
        for (Helper h : HELPERS) {
            if (!names.matches(h.name())) {
                continue;
            }
            // The return value is the column with an empty name at position 0.
            if (columns.matchesEverything() || columns.matches("")) {
                rows.add(column(h, "", h.returns(), DatabaseMetaData.functionReturn, h.returnsNull(), 0));
            }
            for (int i = 0; i < h.parameters().size(); i++) {
                Parameter p = h.parameters().get(i);
                if (columns.matches(p.name())) {
                    rows.add(column(h, p.name(), p.type(), DatabaseMetaData.functionColumnIn, true, i + 1));
                }
            }
        }
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[2]).thenComparingInt(r -> (Integer) r[14]));
        return MetaColumns.FUNCTION_COLUMNS.rows(rows);
    }

    private static Object[] column(Helper h, String name, KalamType type, int columnType, boolean nullable,
                                   int position) {
        TypeFacts f = TypeFacts.of(type);
        return new Object[] {TableRows.CATALOG, null, h.name(), name, columnType, f.sqlType(), f.typeName(),
            f.columnSize(), f.columnSize(), f.decimalDigits(), f.radix(),
            nullable ? DatabaseMetaData.functionNullable : DatabaseMetaData.functionNoNulls, null,
            f.charOctetLength(), position, nullable ? "YES" : "NO", h.name()};
    }
}
