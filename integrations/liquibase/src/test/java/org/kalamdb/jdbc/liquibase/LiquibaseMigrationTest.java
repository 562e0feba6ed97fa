package org.kalamdb.jdbc.liquibase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import liquibase.command.CommandResults;
import liquibase.command.CommandScope;
import liquibase.command.core.StatusCommandStep;
import liquibase.exception.CommandExecutionException;
import liquibase.logging.mdc.customobjects.SimpleStatus;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.integrations.testing.KalamMemDb;

/** Liquibase, from Maven Central, against the in-process KalamDB server through the real driver and this extension. */
class LiquibaseMigrationTest {

    private static final String ACCOUNTS = "db/liquibase/accounts.xml";
    private static final String CHANGELOG_ROWS = "SELECT id, author, filename, orderexecuted, exectype "
            + "FROM databasechangelog ORDER BY orderexecuted";
    private static final String LOCK_ROWS = "SELECT id, locked, lockedby FROM databasechangeloglock";

    private static CommandScope command(String name, KalamMemDb db, String changelog) throws Exception {
        return new CommandScope(name)
                .addArgumentValue("url", db.url())
                .addArgumentValue("changelogFile", changelog);
    }

    private static void update(KalamMemDb db, String changelog) throws Exception {
        command("update", db, changelog).execute();
    }

    private static SimpleStatus status(KalamMemDb db, String changelog) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandResults results = command("status", db, changelog).setOutput(out).execute();
        SimpleStatus status = (SimpleStatus) results.getResult(StatusCommandStep.COMMAND_NAME[0]);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(status.getChangesetCount() == 0 ? "is up to date" : " not been applied to "), text);
        return status;
    }

    @Test
    void updateAppliesEveryChangeSetAndRecordsIt() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("liquibase-update");

        update(db, ACCOUNTS);

        assertEquals(List.of(
                List.of(1L, "alice", new BigDecimal("10.50"), true, "alice@example.com"),
                Arrays.asList(2L, "bob's", new BigDecimal("20.00"), false, null)),
                db.rows("SELECT id, name, balance, active, email FROM accounts ORDER BY id"));
        List<List<Object>> events = db.rows("SELECT id, account_id, kind FROM events");
        assertEquals(1, events.size());
        assertInstanceOf(Long.class, events.get(0).get(0), "the auto-increment key is a snowflake BIGINT");
        assertTrue((Long) events.get(0).get(0) > 0);
        assertEquals(List.of(1L, "opened"), events.get(0).subList(1, 3));
        assertEquals(List.of(
                List.of("1", "kalam", ACCOUNTS, 1, "EXECUTED"),
                List.of("2", "kalam", ACCOUNTS, 2, "EXECUTED"),
                List.of("3", "kalam", ACCOUNTS, 3, "EXECUTED"),
                List.of("4", "kalam", ACCOUNTS, 4, "EXECUTED"),
                List.of("5", "kalam", ACCOUNTS, 5, "EXECUTED")),
                db.rows(CHANGELOG_ROWS));
        List<List<Object>> keys = db.rows("SELECT entry_id FROM databasechangelog");
        assertEquals(5, new HashSet<>(keys).size(), "every changelog row has its own key");
        assertEquals(List.of(Arrays.asList(1, false, null)), db.rows(LOCK_ROWS), "the lock is released");
    }

    @Test
    void aSecondUpdateAppliesNothing() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("liquibase-reupdate");
        update(db, ACCOUNTS);

        update(db, ACCOUNTS);

        assertEquals(5, db.rows(CHANGELOG_ROWS).size());
        assertEquals(2, db.rows("SELECT id FROM accounts").size());
        assertEquals(1, db.rows("SELECT id FROM events").size());
    }

    @Test
    void statusCountsTheChangeSetsNotYetApplied() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("liquibase-status");

        assertEquals(5, status(db, ACCOUNTS).getChangesetCount());

        command("updateCount", db, ACCOUNTS).addArgumentValue("count", 3).execute();
        SimpleStatus partly = status(db, ACCOUNTS);
        assertEquals("undeployed", partly.getMessage());
        assertEquals(2, partly.getChangesetCount());
        assertEquals(List.of("accounts", "databasechangelog", "databasechangeloglock"), db.tables("default"));

        update(db, ACCOUNTS);
        SimpleStatus done = status(db, ACCOUNTS);
        assertEquals("up-to-date", done.getMessage());
        assertEquals(0, done.getChangesetCount());
    }

    @Test
    void rollbackCountUndoesTheLastChangeSets() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("liquibase-rollback");
        update(db, ACCOUNTS);

        command("rollbackCount", db, ACCOUNTS).addArgumentValue("count", 3).execute();

        assertEquals(List.of("accounts", "databasechangelog", "databasechangeloglock"), db.tables("default"),
                "changeset 4 dropped table events");
        assertEquals(List.of("id", "name", "balance", "active"), userColumns(db, "accounts"),
                "changeset 3 dropped column email");
        assertEquals(List.of(
                List.of("1", "kalam", ACCOUNTS, 1, "EXECUTED"),
                List.of("2", "kalam", ACCOUNTS, 2, "EXECUTED")),
                db.rows(CHANGELOG_ROWS));
        assertEquals(2, db.rows("SELECT id FROM accounts").size());
        assertEquals(3, status(db, ACCOUNTS).getChangesetCount());

        command("rollbackCount", db, ACCOUNTS).addArgumentValue("count", 1).execute();
        assertEquals(List.of(), db.rows("SELECT id FROM accounts"), "changeset 2's explicit rollback ran");
    }

    @Test
    void theLockIsReleasedAfterAFailedUpdate() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("liquibase-failure");

        CommandExecutionException failure = assertThrows(CommandExecutionException.class,
                () -> update(db, "db/liquibase/failing.xml"));

        assertTrue(fullMessage(failure).contains("no_such_table"), fullMessage(failure));
        assertEquals(List.of(List.of("1", "kalam", "db/liquibase/failing.xml", 1, "EXECUTED")),
                db.rows(CHANGELOG_ROWS), "only the changeset that succeeded is recorded");
        assertEquals(List.of(Arrays.asList(1, false, null)), db.rows(LOCK_ROWS));

        update(db, "db/liquibase/failing-fixed.xml");

        assertEquals(List.of(List.of(1L, "after the fix")), db.rows("SELECT id, name FROM accounts"));
        assertEquals(2, db.rows(CHANGELOG_ROWS).size());
        assertEquals(List.of(Arrays.asList(1, false, null)), db.rows(LOCK_ROWS));
    }

    @Test
    void changesKalamDbCannotCarryOutFailValidationBeforeAnythingRuns() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("liquibase-refused");

        CommandExecutionException failure = assertThrows(CommandExecutionException.class,
                () -> update(db, "db/liquibase/refused.xml"));

        String message = fullMessage(failure);
        assertAll(
                () -> assertTrue(message.contains("KalamDB has no foreign keys"), message),
                () -> assertTrue(message.contains("KalamDB tables need exactly one PRIMARY KEY column"), message),
                () -> assertTrue(message.contains("KalamDB has no sequences"), message));
        assertFalse(db.tables("default").contains("orders"));
        assertFalse(db.tables("default").contains("no_key"));
    }

    @Test
    void defaultSchemaNamePutsEverythingInThatNamespace() throws Exception {
        KalamMemDb db = KalamMemDb.fresh("liquibase-namespace");
        db.execute("CREATE SCHEMA inventory");

        command("update", db, "db/liquibase/inventory.xml").addArgumentValue("defaultSchemaName", "inventory")
                .execute();

        assertEquals(List.of("databasechangelog", "databasechangeloglock", "items"), db.tables("inventory"));
        assertEquals(List.of(List.of(7L, "SKU-7")), db.rows("SELECT id, sku FROM inventory.items"));
        assertEquals(List.of(), db.tables("default"));
    }

    /** The table's columns without KalamDB's system columns (_seq, _deleted), should the driver report them. */
    private static List<String> userColumns(KalamMemDb db, String table) throws Exception {
        return db.columns("default", table).stream().filter(c -> !c.startsWith("_")).toList();
    }

    private static String fullMessage(Throwable failure) {
        StringBuilder message = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            message.append(t.getMessage()).append('\n');
        }
        return message.toString();
    }
}
