package org.kalamdb.jdbc.engine;

import static org.kalamdb.jdbc.engine.Columns.notNull;
import static org.kalamdb.jdbc.engine.Columns.nullable;
import static org.kalamdb.jdbc.engine.Columns.pk;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.kalamdb.jdbc.types.KalamType;

/**
 * The tables both sides of the differential tests hold: the same rows loaded into PostgreSQL and
 * into an {@link InMemoryTableSource}, generated from a fixed seed. Values include NULLs, ties,
 * negative numbers, empty and quoted strings, LIKE wildcards and non-ASCII text. Timestamps have
 * millisecond precision, the engine's.
 */
final class DifferentialDataset {

    static final String NAMESPACE = "shop";

    /** A table: its engine definition, each column's PostgreSQL type, and its rows (canonical values). */
    record Table(TableDefinition definition, List<String> pgTypes, List<Object[]> rows) {
    }

    private static final String[] NAMES = {"Ann", "bob", "Cyd", "dora", "Émile", "Zoë", "O'Brien", "ann", "Bob",
        "x_y", "50%", "", "Mia", "Noah", "Liam", "Eva"};
    private static final String[] CITIES = {"Paris", "Berlin", "Oslo", "paris", "New York", "São Paulo", "Rome"};
    private static final String[] STATUSES = {"new", "paid", "shipped", "cancelled", "PAID"};
    private static final String[] CATEGORIES = {"tools", "toys", "food", "Books", "books"};
    private static final String[] THEMES = {"dark", "light", "blue"};

    private final List<Table> tables = new ArrayList<>();

    DifferentialDataset(long seed) {
        Random r = new Random(seed);
        tables.add(customers(r));
        tables.add(orders(r));
        tables.add(products(r));
        tables.add(shifts(r));
    }

    List<Table> tables() {
        return tables;
    }

    InMemoryTableSource toSource() {
        InMemoryTableSource source = new InMemoryTableSource();
        for (Table t : tables) {
            source.add(t.definition(), t.rows());
        }
        return source;
    }

    /** Creates schema {@code shop} with the tables and rows in PostgreSQL. */
    void loadInto(Connection pg) throws SQLException {
        try (Statement s = pg.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + NAMESPACE + " CASCADE");
            s.execute("CREATE SCHEMA " + NAMESPACE);
            for (Table t : tables) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE " + NAMESPACE + "." + t.definition().name() + " (");
                List<ColumnDefinition> cols = t.definition().columns();
                for (int i = 0; i < cols.size(); i++) {
                    ColumnDefinition c = cols.get(i);
                    ddl.append(i == 0 ? "" : ", ").append('"').append(c.name()).append("\" ").append(t.pgTypes().get(i));
                    ddl.append(c.primaryKey() ? " PRIMARY KEY" : c.nullable() ? "" : " NOT NULL");
                }
                s.execute(ddl.append(')').toString());
                insertRows(pg, t);
            }
        }
    }

    private static void insertRows(Connection pg, Table t) throws SQLException {
        List<ColumnDefinition> cols = t.definition().columns();
        StringBuilder sql = new StringBuilder("INSERT INTO " + NAMESPACE + "." + t.definition().name() + " VALUES (");
        for (int i = 0; i < cols.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            if (cols.get(i).type().kind() == KalamType.Kind.JSON) {
                sql.append("::jsonb");
            }
        }
        try (PreparedStatement ps = pg.prepareStatement(sql.append(')').toString())) {
            for (Object[] row : t.rows()) {
                for (int i = 0; i < cols.size(); i++) {
                    bind(ps, i + 1, cols.get(i).type(), row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, int i, KalamType type, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, type.kind() == KalamType.Kind.JSON ? Types.VARCHAR : Types.OTHER);
            return;
        }
        switch (type.kind()) {
            case TIMESTAMP -> ps.setObject(i, LocalDateTime.ofEpochSecond(Math.floorDiv((Long) v, 1_000_000L),
                    (int) Math.floorMod((Long) v, 1_000_000L) * 1000, ZoneOffset.UTC));
            case DATE -> ps.setObject(i, LocalDate.ofEpochDay((Integer) v));
            case TIME -> ps.setObject(i, LocalTime.ofNanoOfDay((Long) v * 1000L));
            case FLOAT -> ps.setFloat(i, (Float) v);
            case JSON -> ps.setString(i, (String) v);
            default -> ps.setObject(i, v);
        }
    }

    // ------------------------------------------------------------------ tables

    private static Table customers(Random r) {
        TableDefinition def = new TableDefinition(NAMESPACE, "customers", TableKind.SHARED, List.of(
                pk("id", KalamType.BIGINT), notNull("name", KalamType.TEXT), nullable("email", KalamType.TEXT),
                nullable("city", KalamType.TEXT), nullable("age", KalamType.INT), nullable("score", KalamType.DOUBLE),
                nullable("rating", KalamType.FLOAT), nullable("balance", KalamType.decimal(12, 2)),
                nullable("active", KalamType.BOOLEAN), nullable("joined", KalamType.DATE),
                nullable("last_login", KalamType.TIMESTAMP), nullable("token", KalamType.UUID),
                nullable("prefs", KalamType.JSON), notNull("_seq", KalamType.BIGINT)));
        List<String> pg = List.of("bigint", "text", "text", "text", "integer", "double precision", "real",
                "numeric(12,2)", "boolean", "date", "timestamp", "uuid", "jsonb", "bigint");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String name = NAMES[r.nextInt(NAMES.length)];
            rows.add(new Object[] {
                (long) i,
                name,
                maybe(r, 0.2, name.isEmpty() ? "anon@example.com" : name.toLowerCase().replace(' ', '.') + i + "@example.com"),
                maybe(r, 0.15, CITIES[r.nextInt(CITIES.length)]),
                maybe(r, 0.15, 18 + r.nextInt(60)),
                maybe(r, 0.15, Math.round((r.nextDouble() * 200 - 50) * 1000) / 1000.0),
                maybe(r, 0.2, (float) (r.nextInt(50) / 10.0)),
                maybe(r, 0.15, BigDecimal.valueOf(r.nextInt(2_000_000) - 500_000, 2)),
                maybe(r, 0.1, r.nextBoolean()),
                maybe(r, 0.1, (int) LocalDate.of(2020, 1, 1).toEpochDay() + r.nextInt(1500)),
                maybe(r, 0.15, millis(LocalDateTime.of(2023, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) * 1000
                        + (long) r.nextInt(400 * 24 * 3600) * 1000 + r.nextInt(1000))),
                maybe(r, 0.3, new UUID(r.nextLong(), r.nextLong())),
                maybe(r, 0.2, prefs(r)),
                1000L + i,
            });
        }
        return new Table(def, pg, rows);
    }

    private static Table orders(Random r) {
        TableDefinition def = new TableDefinition(NAMESPACE, "orders", TableKind.USER, List.of(
                pk("id", KalamType.INT), nullable("customer_id", KalamType.BIGINT), notNull("product_id", KalamType.INT),
                notNull("quantity", KalamType.SMALLINT), notNull("unit_price", KalamType.decimal(10, 2)),
                notNull("status", KalamType.TEXT), notNull("ordered_at", KalamType.TIMESTAMP),
                nullable("note", KalamType.TEXT), notNull("_seq", KalamType.BIGINT), notNull("_userid", KalamType.TEXT)));
        List<String> pg = List.of("integer", "bigint", "integer", "smallint", "numeric(10,2)", "text", "timestamp",
                "text", "bigint", "text");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            rows.add(new Object[] {
                i,
                maybe(r, 0.05, (long) (1 + r.nextInt(65))), // a few point at no customer
                1 + r.nextInt(25),
                (short) (1 + r.nextInt(9)),
                BigDecimal.valueOf(50 + r.nextInt(20000), 2),
                STATUSES[r.nextInt(STATUSES.length)],
                millis(LocalDateTime.of(2024, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) * 1000
                        + (long) r.nextInt(300 * 24 * 3600) * 1000 + r.nextInt(1000)),
                maybe(r, 0.6, r.nextBoolean() ? "gift wrap" : "leave at door, ring twice"),
                5000L + i,
                r.nextInt(10) == 0 ? "tenant-b" : "tenant-a",
            });
        }
        return new Table(def, pg, rows);
    }

    private static Table products(Random r) {
        TableDefinition def = new TableDefinition(NAMESPACE, "products", TableKind.SHARED, List.of(
                pk("id", KalamType.INT), notNull("name", KalamType.TEXT), nullable("category", KalamType.TEXT),
                notNull("price", KalamType.decimal(10, 2)), notNull("stock", KalamType.INT),
                nullable("tags", KalamType.JSON), nullable("weight", KalamType.DOUBLE),
                notNull("created", KalamType.DATE), notNull("_seq", KalamType.BIGINT)));
        List<String> pg = List.of("integer", "text", "text", "numeric(10,2)", "integer", "jsonb", "double precision",
                "date", "bigint");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            rows.add(new Object[] {
                i,
                "product " + (char) ('A' + (i % 26)) + i,
                maybe(r, 0.15, CATEGORIES[r.nextInt(CATEGORIES.length)]),
                BigDecimal.valueOf(99 + r.nextInt(50000), 2),
                r.nextInt(100) - 5,
                maybe(r, 0.2, "[\"" + CATEGORIES[r.nextInt(CATEGORIES.length)] + "\",\"sale\"]"),
                maybe(r, 0.2, r.nextInt(5000) / 100.0),
                (int) LocalDate.of(2022, 6, 1).toEpochDay() + r.nextInt(700),
                9000L + i,
            });
        }
        return new Table(def, pg, rows);
    }

    private static Table shifts(Random r) {
        TableDefinition def = new TableDefinition(NAMESPACE, "shifts", TableKind.SHARED, List.of(
                pk("id", KalamType.INT), notNull("worker", KalamType.TEXT), notNull("day", KalamType.DATE),
                notNull("starts", KalamType.TIME), nullable("ends", KalamType.TIME), notNull("_seq", KalamType.BIGINT)));
        List<String> pg = List.of("integer", "text", "date", "time", "time", "bigint");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            long start = (6 + r.nextInt(10)) * 3_600_000_000L + r.nextInt(4) * 15 * 60_000_000L;
            rows.add(new Object[] {
                i,
                NAMES[r.nextInt(6)],
                (int) LocalDate.of(2024, 3, 1).toEpochDay() + r.nextInt(20),
                start,
                maybe(r, 0.2, start + (4 + r.nextInt(5)) * 3_600_000_000L),
                12000L + i,
            });
        }
        return new Table(def, pg, rows);
    }

    private static String prefs(Random r) {
        StringBuilder json = new StringBuilder("{\"theme\":\"" + THEMES[r.nextInt(THEMES.length)] + "\"");
        if (r.nextBoolean()) {
            json.append(",\"lang\":\"").append(r.nextBoolean() ? "en" : "fr").append('"');
        }
        json.append(",\"level\":").append(r.nextInt(5));
        json.append(",\"notify\":{\"email\":").append(r.nextBoolean()).append(",\"sms\":")
                .append(r.nextInt(4) == 0 ? "null" : Boolean.toString(r.nextBoolean())).append('}');
        if (r.nextInt(3) > 0) {
            json.append(",\"tags\":[\"").append(CATEGORIES[r.nextInt(CATEGORIES.length)]).append("\",")
                    .append(r.nextInt(100)).append(']');
        }
        return json.append('}').toString();
    }

    /** Milliseconds as the canonical microseconds. */
    private static long millis(long ms) {
        return ms * 1000L;
    }

    private static Object maybe(Random r, double nullChance, Object value) {
        return r.nextDouble() < nullChance ? null : value;
    }
}
