package org.kalamdb.jdbc.types;

/** The SQLStates this module raises (PostgreSQL's meanings; design.md section 4). */
public final class SqlStates {

    /** numeric_value_out_of_range: a value does not fit the target (narrowing, precision, range). */
    public static final String OUT_OF_RANGE = "22003";
    /** invalid_text_representation: text that does not parse as the target type. */
    public static final String INVALID_TEXT = "22P02";
    /** invalid_datetime_format: text that does not parse as a date, time or timestamp. */
    public static final String INVALID_DATETIME = "22007";
    /** datetime_field_overflow: a date/time value outside what the target can represent. */
    public static final String DATETIME_OVERFLOW = "22008";
    /** invalid_character_value_for_cast: a conversion that cannot exist between the two types. */
    public static final String IMPOSSIBLE_CONVERSION = "22018";
    /** invalid_parameter_value: a value of the right kind but not acceptable (e.g. wrong dimension). */
    public static final String BAD_VALUE = "22023";
    /** character_not_in_repertoire: a string that is not valid Unicode (a lone surrogate). */
    public static final String BAD_CHARACTER = "22021";

    private SqlStates() {
    }
}
