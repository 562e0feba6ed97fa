package org.kalamdb.jdbc.liquibase;

import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;

/** Renders a {@link KalamColumn} as a KalamDB column definition: {@code name TYPE [DEFAULT …] [NOT NULL] [PRIMARY KEY]}. */
final class KalamColumnDdl {

    /** KalamDB's auto-increment: a 64-bit snowflake id (SERIAL and AUTO_INCREMENT become this on the server too). */
    static final String SNOWFLAKE_DEFAULT = "DEFAULT SNOWFLAKE_ID()";

    private KalamColumnDdl() {
    }

    static String render(KalamColumn column, Database database, String catalog, String schema, String table) {
        StringBuilder ddl = new StringBuilder()
                .append(database.escapeColumnName(catalog, schema, table, column.name()))
                .append(' ')
                .append(column.autoIncrement() ? KalamTypes.BIGINT : KalamTypes.toKalam(column.type()));
        if (column.autoIncrement()) {
            ddl.append(' ').append(SNOWFLAKE_DEFAULT);
        } else if (column.defaultValue() != null) {
            ddl.append(" DEFAULT ").append(literal(column.defaultValue(), database));
        }
        if (column.notNull() && !column.primaryKey()) {
            ddl.append(" NOT NULL");
        }
        if (column.primaryKey()) {
            ddl.append(" PRIMARY KEY");
        }
        return ddl.toString();
    }

    private static String literal(Object value, Database database) {
        return DataTypeFactory.getInstance().fromObject(value, database).objectToSql(value, database);
    }
}
