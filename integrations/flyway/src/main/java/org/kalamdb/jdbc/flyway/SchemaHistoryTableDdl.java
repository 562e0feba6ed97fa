package org.kalamdb.jdbc.flyway;

import org.flywaydb.core.internal.database.base.Table;

/**
 * The DDL of Flyway's schema history table in KalamDB's dialect.
 *
 * <p>Flyway's standard columns, with {@code installed_rank} as the single primary key KalamDB requires. The
 * primary key is what makes the lock row of {@link KalamTable} exclusive: KalamDB rejects a second row with the same
 * key. The table is created as a SHARED table explicitly, so that a connection whose {@code defaultTableType} is
 * {@code user} still gets one history for everybody. {@code installed_on} gets its value from {@code NOW()} at
 * insert time (Flyway never sends it).
 */
final class SchemaHistoryTableDdl {

    private final KalamDatabase database;

    SchemaHistoryTableDdl(KalamDatabase database) {
        this.database = database;
    }

    String createTable(Table<?, ?> table) {
        return "CREATE TABLE " + table + " (\n"
                + column("installed_rank", "INT NOT NULL PRIMARY KEY") + ",\n"
                + column("version", "TEXT") + ",\n"
                + column("description", "TEXT NOT NULL") + ",\n"
                + column("type", "TEXT NOT NULL") + ",\n"
                + column("script", "TEXT NOT NULL") + ",\n"
                + column("checksum", "INT") + ",\n"
                + column("installed_by", "TEXT NOT NULL") + ",\n"
                + column("installed_on", "TIMESTAMP NOT NULL DEFAULT NOW()") + ",\n"
                + column("execution_time", "INT NOT NULL") + ",\n"
                + column("success", "BOOLEAN NOT NULL") + "\n"
                + ") USING kalamdb WITH (type = 'shared');\n";
    }

    private String column(String name, String definition) {
        return "    " + database.quote(name) + " " + definition;
    }
}
