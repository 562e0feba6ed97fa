package org.kalamdb.jdbc.sql;

/**
 * The SQLState codes this module raises, named after PostgreSQL's condition names (design.md
 * section 4). The driver turns a {@link SqlDialectException} into the matching SQLException
 * subclass by the first two characters.
 */
public final class SqlStates {

    /** 42601: the statement cannot be parsed. */
    public static final String SYNTAX_ERROR = "42601";
    /** 0A000: recognised, but KalamDB (or this driver) does not support it. */
    public static final String FEATURE_NOT_SUPPORTED = "0A000";
    /** 22023: a value (table option, setting, argument) is not acceptable. */
    public static final String INVALID_PARAMETER_VALUE = "22023";
    /** 42701: a column is declared twice, or a reserved system column name is declared. */
    public static final String DUPLICATE_COLUMN = "42701";
    /** 42P16: the table definition is inconsistent (several primary keys, none where one is required). */
    public static final String INVALID_TABLE_DEFINITION = "42P16";
    /** 42602: an identifier KalamDB cannot store (characters outside [A-Za-z0-9_], leading digit). */
    public static final String INVALID_NAME = "42602";
    /** 42622: an identifier longer than KalamDB's 64-character limit. */
    public static final String NAME_TOO_LONG = "42622";
    /** 42703: a column the statement or expression names does not exist. */
    public static final String UNDEFINED_COLUMN = "42703";
    /** 42704: a type name that does not exist. */
    public static final String UNDEFINED_OBJECT = "42704";
    /** 42883: a function the expression calls is not known. */
    public static final String UNDEFINED_FUNCTION = "42883";
    /** 42804: an operator or function is applied to values of the wrong type. */
    public static final String DATATYPE_MISMATCH = "42804";
    /** 22P02: text cannot be converted to the requested type. */
    public static final String INVALID_TEXT_REPRESENTATION = "22P02";
    /** 22003: a number does not fit the requested type. */
    public static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";
    /** 22012: division (or modulo) by zero. */
    public static final String DIVISION_BY_ZERO = "22012";
    /** 22007: a date or time literal is malformed. */
    public static final String INVALID_DATETIME_FORMAT = "22007";
    /** 22025: a LIKE pattern ends with its escape character. */
    public static final String INVALID_ESCAPE_SEQUENCE = "22025";
    /** 22019: an ESCAPE clause is not exactly one character. */
    public static final String INVALID_ESCAPE_CHARACTER = "22019";
    /** 42846: a value cannot be cast to the requested type at all. */
    public static final String CANNOT_COERCE = "42846";
    /** 07001: an expression refers to a parameter that was not bound. */
    public static final String PARAMETER_NOT_BOUND = "07001";

    private SqlStates() {
    }
}
