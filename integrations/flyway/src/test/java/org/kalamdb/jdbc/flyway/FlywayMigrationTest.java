package org.kalamdb.jdbc.flyway;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.CleanResult;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.RepairResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.core.internal.database.InsertRowLock;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.integrations.testing.KalamMemDb;

/** Flyway, from Maven Central, against the in-process KalamDB server through the real driver and this plugin. */
class FlywayMigrationTest {

    // "script" quoted: the driver's parser (JSqlParser 5.4) takes a bare SCRIPT for a keyword. Flyway quotes it.
    private static final String HISTORY = "SELECT installed_rank, version, description, type, \"script\", success "
            + "FROM flyway_schema_history WHERE installed_rank >= 0 ORDER BY installed_rank"; // lock rows are < 0

    private static Flyway flyway(KalamMemDb db, String migrations) {
        return Flyway.configure()
                .dataSource(db.url(), null, null)
                .locations("classpath:db/flyway/" + migrations)
                .cleanDisabled(false)
                .load();
    }

    @Test
    void migrateAppliesEveryMigrationAndRecordsTheHistory() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-migrate");

        MigrateResult result = flyway(db, "accounts").migrate();

        assertAll(
                () -> assertTrue(result.success),
                () -> assertEquals(3, result.migrationsExecuted),
                () -> assertEquals("3", result.targetSchemaVersion),
                () -> assertEquals("KalamDB", result.databaseType));
        assertEquals(List.of(
                List.of(1L, "alice; the first", new BigDecimal("10.50"), "alice@example.com"),
                Arrays.asList(2L, "bob's; account", new BigDecimal("20.00"), null),
                Arrays.asList(3L, "carol $$ ; ", new BigDecimal("30.25"), null)),
                db.rows("SELECT id, name, balance, email FROM accounts ORDER BY id"));
        assertEquals(List.of(
                List.of(1, "1", "create accounts", "SQL", "V1__create_accounts.sql", true),
                List.of(2, "2", "seed accounts", "SQL", "V2__seed_accounts.sql", true),
                List.of(3, "3", "add email", "SQL", "V3__add_email.sql", true)),
                db.rows(HISTORY));
        assertEquals(List.of(), db.rows("SELECT installed_rank FROM flyway_schema_history "
                + "WHERE checksum IS NULL OR installed_on IS NULL"), "every row has its checksum and timestamp");
    }

    @Test
    void infoAndValidateDescribeTheAppliedMigrations() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-info");
        Flyway flyway = flyway(db, "accounts");

        MigrationInfo[] before = flyway.info().all();
        assertEquals(List.of(MigrationState.PENDING, MigrationState.PENDING, MigrationState.PENDING),
                Arrays.stream(before).map(MigrationInfo::getState).toList());

        flyway.migrate();

        MigrationInfo[] after = flyway.info().all();
        assertEquals(List.of("1", "2", "3"), Arrays.stream(after).map(i -> i.getVersion().getVersion()).toList());
        assertEquals(List.of(MigrationState.SUCCESS, MigrationState.SUCCESS, MigrationState.SUCCESS),
                Arrays.stream(after).map(MigrationInfo::getState).toList());
        assertEquals(MigrationVersion.fromVersion("3"), flyway.info().current().getVersion());
        assertNotNull(after[0].getInstalledOn());
        assertNotNull(after[0].getChecksum());

        ValidateResult validation = flyway.validateWithResult();
        assertTrue(validation.validationSuccessful, () -> String.valueOf(validation.invalidMigrations));
        flyway.validate();
    }

    @Test
    void validateReportsAMigrationChangedAfterItWasApplied() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-validate");
        flyway(db, "accounts").migrate();
        db.execute("UPDATE flyway_schema_history SET checksum = 12345 WHERE installed_rank = 2");

        FlywayValidateException failure = assertThrows(FlywayValidateException.class,
                () -> flyway(db, "accounts").validate());

        assertTrue(failure.getMessage().contains("Migration checksum mismatch for migration version 2"),
                failure.getMessage());
    }

    @Test
    void baselineOnMigrateAdoptsANamespaceThatAlreadyHasTables() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-baseline");
        db.execute("CREATE TABLE accounts (id BIGINT PRIMARY KEY, name TEXT NOT NULL, balance DECIMAL(10, 2))");

        MigrateResult result = Flyway.configure()
                .dataSource(db.url(), null, null)
                .locations("classpath:db/flyway/accounts")
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .load()
                .migrate();

        assertEquals(2, result.migrationsExecuted);
        assertEquals(List.of(
                List.of(1, "1", "<< Flyway Baseline >>", "BASELINE", "<< Flyway Baseline >>", true),
                List.of(2, "2", "seed accounts", "SQL", "V2__seed_accounts.sql", true),
                List.of(3, "3", "add email", "SQL", "V3__add_email.sql", true)),
                db.rows(HISTORY));
        assertEquals(3, db.rows("SELECT id FROM accounts").size());
    }

    @Test
    void aSecondMigrateAppliesNothing() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-remigrate");
        flyway(db, "accounts").migrate();

        MigrateResult again = flyway(db, "accounts").migrate();

        assertEquals(0, again.migrationsExecuted);
        assertEquals("3", again.initialSchemaVersion);
        assertEquals(3, db.rows(HISTORY).size());
        assertEquals(3, db.rows("SELECT id FROM accounts").size());
    }

    @Test
    void aFailedMigrationIsReportedRecordedAndRepairable() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-failed");

        FlywayMigrateException failure = assertThrows(FlywayMigrateException.class,
                () -> flyway(db, "broken").migrate());

        String message = failure.getMessage();
        assertAll(
                () -> assertTrue(message.contains("V2__insert_into_missing_table.sql"), message),
                () -> assertTrue(message.contains("no_such_table"), message),
                () -> assertTrue(message.contains("42P01"), message));
        // No transaction to roll back: the statement before the failing one stays, and the failure is recorded.
        assertEquals(List.of(List.of(1L)), db.rows("SELECT id FROM accounts"));
        assertEquals(List.of(
                List.of(1, "1", "create accounts", "SQL", "V1__create_accounts.sql", true),
                List.of(2, "2", "insert into missing table", "SQL", "V2__insert_into_missing_table.sql", false)),
                db.rows(HISTORY));
        MigrationInfo failed = flyway(db, "broken").info().all()[1];
        assertEquals(MigrationState.FAILED, failed.getState());

        FlywayException blocked = assertThrows(FlywayException.class, () -> flyway(db, "broken").migrate());
        assertTrue(blocked.getMessage().contains("failed migration to version 2"), blocked.getMessage());

        RepairResult repair = flyway(db, "broken").repair();
        assertEquals(1, repair.migrationsRemoved.size());
        assertEquals(List.of(List.of(1, "1", "create accounts", "SQL", "V1__create_accounts.sql", true)),
                db.rows(HISTORY));
        assertEquals(List.of(), lockRows(db), "the lock row is released after the failure");
    }

    @Test
    void cleanDropsEveryTableOfTheNamespace() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-clean");
        Flyway flyway = flyway(db, "accounts");
        flyway.migrate();
        assertEquals(List.of("accounts", "flyway_schema_history"), db.tables("default"));

        CleanResult clean = flyway.clean();

        assertEquals(List.of("default"), clean.schemasCleaned);
        assertEquals(List.of(), db.tables("default"));
        assertTrue(Arrays.stream(flyway.info().all()).allMatch(i -> i.getState() == MigrationState.PENDING));
        assertEquals(3, flyway.migrate().migrationsExecuted, "a cleaned namespace migrates from scratch");
    }

    @Test
    void aNamespaceFlywayCreatedIsCreatedUsedAndDroppedByClean() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-namespace");
        Flyway flyway = Flyway.configure()
                .dataSource(db.url(), null, null)
                .locations("classpath:db/flyway/inventory")
                .schemas("inventory")
                .createSchemas(true)
                .cleanDisabled(false)
                .load();

        flyway.migrate();

        assertTrue(db.namespaceExists("inventory"));
        assertEquals(List.of("flyway_schema_history", "items"), db.tables("inventory"));
        assertEquals(List.of(List.of(7L, "SKU-7")), db.rows("SELECT id, sku FROM inventory.items"));
        assertEquals(List.of(), db.tables("default"), "nothing lands in the connection's default namespace");

        CleanResult clean = flyway.clean();

        assertEquals(List.of("inventory"), clean.schemasDropped);
        assertFalse(db.namespaceExists("inventory"));
    }

    @Test
    void aStaleLockRowIsExpiredAndNoLockRowOutlivesAMigration() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-lock");
        Flyway.configure().dataSource(db.url(), null, null).locations("classpath:db/flyway/accounts")
                .target("1").load().migrate();
        // What a migrator that crashed more than InsertRowLock.LOCK_TIMEOUT_MINS ago leaves behind.
        db.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, \"script\", "
                + "checksum, installed_by, installed_on, execution_time, success) VALUES (" + KalamTable.LOCK_RANK
                + ", 'crashed-migrator', 'flyway-lock', '', '', 0, '', TIMESTAMP '2000-01-01 00:00:00', 0, TRUE)");

        MigrateResult result = flyway(db, "accounts").migrate();

        assertEquals(2, result.migrationsExecuted);
        assertEquals(List.of(), lockRows(db));
        assertEquals(3, db.rows(HISTORY).size());
        assertEquals(3, flyway(db, "accounts").info().applied().length, "the lock row is never read as a migration");
    }

    @Test
    void aMigratorWaitsWhileAnotherHoldsTheLockRow() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-lock-held");
        Flyway.configure().dataSource(db.url(), null, null).locations("classpath:db/flyway/accounts")
                .target("1").load().migrate();
        // Another migrator's lock row, taken just now (installed_on defaults to NOW()).
        db.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, \"script\", "
                + "checksum, installed_by, execution_time, success) VALUES (" + KalamTable.LOCK_RANK
                + ", 'other-migrator', 'flyway-lock', '', '', 0, '', 0, TRUE)");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread migrator = new Thread(() -> {
            try {
                flyway(db, "accounts").migrate();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "blocked-migrator");
        migrator.start();

        awaitWaitingForTheLockRow(migrator);
        assertEquals(1, db.rows(HISTORY).size(), "nothing was migrated while the lock row was held");
        assertEquals(List.of(), db.rows("SELECT id FROM accounts"));

        db.execute("DELETE FROM flyway_schema_history WHERE installed_rank = " + KalamTable.LOCK_RANK);
        migrator.join(TimeUnit.MINUTES.toMillis(1));

        assertFalse(migrator.isAlive(), "the migrator got the lock once the row was gone");
        assertNull(failure.get());
        assertEquals(3, db.rows(HISTORY).size());
        assertEquals(List.of(), lockRows(db));
    }

    /** Bounded polling until the thread sleeps inside InsertRowLock.doLock, i.e. its lock insert was refused. */
    private static void awaitWaitingForTheLockRow(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!sleepsInsideDoLock(thread.getStackTrace())) {
            assertTrue(thread.isAlive(), "the migrator finished without waiting for the lock");
            assertTrue(System.nanoTime() < deadline, "the migrator never waited for the lock row");
            Thread.sleep(20);
        }
    }

    private static boolean sleepsInsideDoLock(StackTraceElement[] stack) {
        return stack.length > 0
                && stack[0].getClassName().equals(Thread.class.getName()) && stack[0].getMethodName().startsWith("sleep")
                && Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(InsertRowLock.class.getName())
                        && frame.getMethodName().equals("doLock"));
    }

    private static List<List<Object>> lockRows(KalamMemDb db) throws Exception {
        return db.rows("SELECT version FROM flyway_schema_history WHERE installed_rank = " + KalamTable.LOCK_RANK);
    }

    @Test
    void theHistoryTableIsKeyedByInstalledRank() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("flyway-ddl");
        flyway(db, "accounts").migrate();

        try (var connection = db.connect();
                var keys = connection.getMetaData().getPrimaryKeys(null, "default", "flyway_schema_history")) {
            assertTrue(keys.next());
            assertEquals("installed_rank", keys.getString("COLUMN_NAME"));
            assertFalse(keys.next());
        }
    }
}
