package org.kalamdb.jdbc.error;

/** The SQLStates this driver raises (design.md section 4). */
public final class SqlStates {

    public static final String CONNECTION_FAILURE_ON_CONNECT = "08001";
    public static final String CONNECTION_DOES_NOT_EXIST = "08003";
    public static final String CONNECTION_LOST = "08006";
    public static final String INVALID_AUTHORIZATION = "28000";
    public static final String QUERY_CANCELED = "57014";
    public static final String SYNTAX_ERROR = "42601";
    public static final String UNDEFINED_TABLE = "42P01";
    public static final String INVALID_SCHEMA_NAME = "3F000";
    public static final String UNDEFINED_COLUMN = "42703";
    public static final String DUPLICATE_OBJECT = "42P07";
    public static final String INSUFFICIENT_PRIVILEGE = "42501";
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String NOT_NULL_VIOLATION = "23502";
    public static final String INVALID_PARAMETER_VALUE = "22023";
    public static final String INVALID_TEXT_REPRESENTATION = "22P02";
    public static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";
    public static final String INVALID_CHARACTER_VALUE_FOR_CAST = "22018";
    public static final String ACTIVE_SQL_TRANSACTION = "25001";
    public static final String IN_FAILED_SQL_TRANSACTION = "25P02";
    public static final String SERIALIZATION_FAILURE = "40001";
    public static final String FEATURE_NOT_SUPPORTED = "0A000";
    public static final String INTERNAL_ERROR = "XX000";
    public static final String INVALID_CURSOR_STATE = "24000";
    public static final String WRONG_OBJECT_TYPE = "42809";
    public static final String PROTOCOL_VIOLATION = "08P01";
    public static final String TRANSACTION_RESOLUTION_UNKNOWN = "08007";
    public static final String GENERAL_ERROR = "HY000";
    public static final String INVALID_PARAMETER_INDEX = "22023";
    public static final String DATA_EXCEPTION = "22000";
    public static final String OBJECT_NOT_IN_PREREQUISITE_STATE = "55000";

    private SqlStates() {
    }
}
