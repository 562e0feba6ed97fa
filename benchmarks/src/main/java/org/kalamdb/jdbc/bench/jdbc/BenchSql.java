package org.kalamdb.jdbc.bench.jdbc;

import org.kalamdb.jdbc.bench.data.BenchTable;

/**
 * The SQL text of the benchmarks. It is the same PostgreSQL-dialect text on every side except the
 * table DDL, where KalamDB needs {@code USING kalamdb WITH (type = 'shared')} (pg_kalam's syntax)
 * and PostgreSQL a schema.
 */
public final class BenchSql {

    public static final String COLUMNS = "id, name, score, created, active, amount";

    private BenchSql() {
    }

    public static String createSchema(Target target) {
        return target.isKalam() ? null : "CREATE SCHEMA IF NOT EXISTS " + BenchTable.SCHEMA;
    }

    public static String createTable(Target target, BenchTable table) {
        String columns = "(id BIGINT PRIMARY KEY, name TEXT, score DOUBLE PRECISION, created TIMESTAMP, "
                + "active BOOLEAN, amount DECIMAL(18, 4))";
        return "CREATE TABLE " + table.qualifiedName() + " " + columns
                + (target.isKalam() ? " USING kalamdb WITH (type = 'shared')" : "");
    }

    public static String dropTable(BenchTable table) {
        return "DROP TABLE IF EXISTS " + table.qualifiedName();
    }

    public static String insert(BenchTable table) {
        return "INSERT INTO " + table.qualifiedName() + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
    }

    public static String selectAll(BenchTable table) {
        return "SELECT " + COLUMNS + " FROM " + table.qualifiedName();
    }

    public static String selectById(BenchTable table) {
        return selectAll(table) + " WHERE id = ?";
    }

    /** Issue 9's aggregate: {@link org.kalamdb.jdbc.bench.data.BenchData#NAME_GROUPS} groups. */
    public static String aggregate(BenchTable table) {
        return "SELECT name, count(*) AS n, sum(amount) AS total, avg(score) AS mean_score FROM "
                + table.qualifiedName() + " GROUP BY name";
    }

    /** Issue 9's join: the two tables share half of their ids. */
    public static String join(BenchTable left, BenchTable right) {
        return "SELECT a.id, a.name, b.score, b.amount FROM " + left.qualifiedName() + " a JOIN "
                + right.qualifiedName() + " b ON a.id = b.id";
    }
}
