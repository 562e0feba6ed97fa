package org.kalamdb.jdbc.meta;

import static org.kalamdb.jdbc.meta.ColumnSet.big;
import static org.kalamdb.jdbc.meta.ColumnSet.bool;
import static org.kalamdb.jdbc.meta.ColumnSet.integer;
import static org.kalamdb.jdbc.meta.ColumnSet.small;
import static org.kalamdb.jdbc.meta.ColumnSet.text;

/**
 * The column sets of the DatabaseMetaData result sets, exactly as the {@link java.sql.DatabaseMetaData}
 * javadoc lists them (name, order, Java type). The single addition is {@code KALAM_TABLE_TYPE} at the
 * end of {@link #TABLES}: JDBC allows extra trailing columns, and tools read the standard ones by name.
 */
final class MetaColumns {

    static final ColumnSet CATALOGS = ColumnSet.of(text("TABLE_CAT"));

    static final ColumnSet SCHEMAS = ColumnSet.of(text("TABLE_SCHEM"), text("TABLE_CATALOG"));

    static final ColumnSet TABLE_TYPES = ColumnSet.of(text("TABLE_TYPE"));

    static final ColumnSet TABLES = ColumnSet.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"),
            text("TABLE_TYPE"), text("REMARKS"), text("TYPE_CAT"), text("TYPE_SCHEM"), text("TYPE_NAME"),
            text("SELF_REFERENCING_COL_NAME"), text("REF_GENERATION"), text("KALAM_TABLE_TYPE"));

    static final ColumnSet COLUMNS = ColumnSet.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"),
            text("COLUMN_NAME"), integer("DATA_TYPE"), text("TYPE_NAME"), integer("COLUMN_SIZE"),
            integer("BUFFER_LENGTH"), integer("DECIMAL_DIGITS"), integer("NUM_PREC_RADIX"), integer("NULLABLE"),
            text("REMARKS"), text("COLUMN_DEF"), integer("SQL_DATA_TYPE"), integer("SQL_DATETIME_SUB"),
            integer("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"), text("IS_NULLABLE"), text("SCOPE_CATALOG"),
            text("SCOPE_SCHEMA"), text("SCOPE_TABLE"), small("SOURCE_DATA_TYPE"), text("IS_AUTOINCREMENT"),
            text("IS_GENERATEDCOLUMN"));

    static final ColumnSet PRIMARY_KEYS = ColumnSet.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"),
            text("COLUMN_NAME"), small("KEY_SEQ"), text("PK_NAME"));

    static final ColumnSet INDEX_INFO = ColumnSet.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"),
            bool("NON_UNIQUE"), text("INDEX_QUALIFIER"), text("INDEX_NAME"), small("TYPE"), small("ORDINAL_POSITION"),
            text("COLUMN_NAME"), text("ASC_OR_DESC"), big("CARDINALITY"), big("PAGES"), text("FILTER_CONDITION"));

    /** getImportedKeys, getExportedKeys and getCrossReference share one shape. */
    static final ColumnSet KEYS = ColumnSet.of(text("PKTABLE_CAT"), text("PKTABLE_SCHEM"), text("PKTABLE_NAME"),
            text("PKCOLUMN_NAME"), text("FKTABLE_CAT"), text("FKTABLE_SCHEM"), text("FKTABLE_NAME"),
            text("FKCOLUMN_NAME"), small("KEY_SEQ"), small("UPDATE_RULE"), small("DELETE_RULE"), text("FK_NAME"),
            text("PK_NAME"), small("DEFERRABILITY"));

    static final ColumnSet BEST_ROW_IDENTIFIER = ColumnSet.of(small("SCOPE"), text("COLUMN_NAME"),
            integer("DATA_TYPE"), text("TYPE_NAME"), integer("COLUMN_SIZE"), integer("BUFFER_LENGTH"),
            small("DECIMAL_DIGITS"), small("PSEUDO_COLUMN"));

    static final ColumnSet VERSION_COLUMNS = ColumnSet.of(small("SCOPE"), text("COLUMN_NAME"), integer("DATA_TYPE"),
            text("TYPE_NAME"), integer("COLUMN_SIZE"), integer("BUFFER_LENGTH"), small("DECIMAL_DIGITS"),
            small("PSEUDO_COLUMN"));

    static final ColumnSet PSEUDO_COLUMNS = ColumnSet.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"),
            text("COLUMN_NAME"), integer("DATA_TYPE"), integer("COLUMN_SIZE"), integer("DECIMAL_DIGITS"),
            integer("NUM_PREC_RADIX"), text("COLUMN_USAGE"), text("REMARKS"), integer("CHAR_OCTET_LENGTH"),
            text("IS_NULLABLE"));

    static final ColumnSet TYPE_INFO = ColumnSet.of(text("TYPE_NAME"), integer("DATA_TYPE"), integer("PRECISION"),
            text("LITERAL_PREFIX"), text("LITERAL_SUFFIX"), text("CREATE_PARAMS"), small("NULLABLE"),
            bool("CASE_SENSITIVE"), small("SEARCHABLE"), bool("UNSIGNED_ATTRIBUTE"), bool("FIXED_PREC_SCALE"),
            bool("AUTO_INCREMENT"), text("LOCAL_TYPE_NAME"), small("MINIMUM_SCALE"), small("MAXIMUM_SCALE"),
            integer("SQL_DATA_TYPE"), integer("SQL_DATETIME_SUB"), integer("NUM_PREC_RADIX"));

    static final ColumnSet PROCEDURES = ColumnSet.of(text("PROCEDURE_CAT"), text("PROCEDURE_SCHEM"),
            text("PROCEDURE_NAME"), text("RESERVED1"), text("RESERVED2"), text("RESERVED3"), text("REMARKS"),
            small("PROCEDURE_TYPE"), text("SPECIFIC_NAME"));

    static final ColumnSet PROCEDURE_COLUMNS = ColumnSet.of(text("PROCEDURE_CAT"), text("PROCEDURE_SCHEM"),
            text("PROCEDURE_NAME"), text("COLUMN_NAME"), small("COLUMN_TYPE"), integer("DATA_TYPE"), text("TYPE_NAME"),
            integer("PRECISION"), integer("LENGTH"), small("SCALE"), small("RADIX"), small("NULLABLE"), text("REMARKS"),
            text("COLUMN_DEF"), integer("SQL_DATA_TYPE"), integer("SQL_DATETIME_SUB"), integer("CHAR_OCTET_LENGTH"),
            integer("ORDINAL_POSITION"), text("IS_NULLABLE"), text("SPECIFIC_NAME"));

    static final ColumnSet FUNCTIONS = ColumnSet.of(text("FUNCTION_CAT"), text("FUNCTION_SCHEM"),
            text("FUNCTION_NAME"), text("REMARKS"), small("FUNCTION_TYPE"), text("SPECIFIC_NAME"));

    static final ColumnSet FUNCTION_COLUMNS = ColumnSet.of(text("FUNCTION_CAT"), text("FUNCTION_SCHEM"),
            text("FUNCTION_NAME"), text("COLUMN_NAME"), small("COLUMN_TYPE"), integer("DATA_TYPE"), text("TYPE_NAME"),
            integer("PRECISION"), integer("LENGTH"), small("SCALE"), small("RADIX"), small("NULLABLE"), text("REMARKS"),
            integer("CHAR_OCTET_LENGTH"), integer("ORDINAL_POSITION"), text("IS_NULLABLE"), text("SPECIFIC_NAME"));

    static final ColumnSet COLUMN_PRIVILEGES = ColumnSet.of(text("TABLE_CAT"), text("TABLE_SCHEM"),
            text("TABLE_NAME"), text("COLUMN_NAME"), text("GRANTOR"), text("GRANTEE"), text("PRIVILEGE"),
            text("IS_GRANTABLE"));

    static final ColumnSet TABLE_PRIVILEGES = ColumnSet.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"),
            text("GRANTOR"), text("GRANTEE"), text("PRIVILEGE"), text("IS_GRANTABLE"));

    static final ColumnSet UDTS = ColumnSet.of(text("TYPE_CAT"), text("TYPE_SCHEM"), text("TYPE_NAME"),
            text("CLASS_NAME"), integer("DATA_TYPE"), text("REMARKS"), small("BASE_TYPE"));

    static final ColumnSet SUPER_TYPES = ColumnSet.of(text("TYPE_CAT"), text("TYPE_SCHEM"), text("TYPE_NAME"),
            text("SUPERTYPE_CAT"), text("SUPERTYPE_SCHEM"), text("SUPERTYPE_NAME"));

    static final ColumnSet SUPER_TABLES = ColumnSet.of(text("TABLE_CAT"), text("TABLE_SCHEM"), text("TABLE_NAME"),
            text("SUPERTABLE_NAME"));

    static final ColumnSet ATTRIBUTES = ColumnSet.of(text("TYPE_CAT"), text("TYPE_SCHEM"), text("TYPE_NAME"),
            text("ATTR_NAME"), integer("DATA_TYPE"), text("ATTR_TYPE_NAME"), integer("ATTR_SIZE"),
            integer("DECIMAL_DIGITS"), integer("NUM_PREC_RADIX"), integer("NULLABLE"), text("REMARKS"),
            text("ATTR_DEF"), integer("SQL_DATA_TYPE"), integer("SQL_DATETIME_SUB"), integer("CHAR_OCTET_LENGTH"),
            integer("ORDINAL_POSITION"), text("IS_NULLABLE"), text("SCOPE_CATALOG"), text("SCOPE_SCHEMA"),
            text("SCOPE_TABLE"), small("SOURCE_DATA_TYPE"));

    static final ColumnSet CLIENT_INFO_PROPERTIES = ColumnSet.of(text("NAME"), integer("MAX_LEN"),
            text("DEFAULT_VALUE"), text("DESCRIPTION"));

    private MetaColumns() {
    }
}
