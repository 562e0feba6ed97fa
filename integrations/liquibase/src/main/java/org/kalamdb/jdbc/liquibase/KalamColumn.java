package org.kalamdb.jdbc.liquibase;

import liquibase.datatype.LiquibaseDataType;

/**
 * One column of a CREATE TABLE or ADD COLUMN, as far as KalamDB can express it.
 *
 * @param name          the column name as the changelog wrote it
 * @param type          Liquibase's resolved type
 * @param defaultValue  the default (a literal, a {@link liquibase.statement.DatabaseFunction}, …) or null
 * @param notNull       whether NOT NULL was asked for
 * @param primaryKey    whether this is the table's (single) primary key column
 * @param autoIncrement whether the value is generated; KalamDB generates snowflake ids
 */
record KalamColumn(String name, LiquibaseDataType type, Object defaultValue, boolean notNull, boolean primaryKey,
        boolean autoIncrement) {

    /** True when the changelog's type is narrower than the BIGINT a snowflake id needs. */
    boolean autoIncrementWidened() {
        return autoIncrement && !KalamTypes.BIGINT.equals(KalamTypes.toKalam(type));
    }
}
