package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue item 2: the tenant, {@code kalam.user_id} (extension.md 5.1; pg_kalam docs "Tenant Context"). */
public abstract class TenantSuite extends ConformanceSupport {

    @Test
    void setShowAndKalamUserIdAgree() throws Exception {
        try (Connection c = connect()) {
            assertNull(scalar(c, "SHOW kalam.user_id"));
            exec(c, "SET kalam.user_id = 'user-alice'");
            assertEquals("user-alice", scalar(c, "SHOW kalam.user_id"));
            assertEquals("user-alice", scalar(c, "SELECT kalam_user_id()"));
            assertEquals("user-alice", scalar(c, "SELECT current_setting('kalam.user_id')"));
            exec(c, "SET kalam.user_id TO 'user-bob'");
            assertEquals("user-bob", scalar(c, "SELECT kalam_user_id()"));
            exec(c, "RESET kalam.user_id");
            assertNull(scalar(c, "SHOW kalam.user_id"));
            assertNull(scalar(c, "SELECT kalam_user_id()"));
        }
    }

    @Test
    void setConfigReturnsTheNewTenant() throws Exception {
        try (Connection c = connect()) {
            assertEquals("carol", scalar(c, "SELECT set_config('kalam.user_id', 'carol', false)"));
            assertEquals("carol", scalar(c, "SHOW kalam.user_id"));
        }
    }

    @Test
    void userIdPropertyIsTheInitialTenantAndWhatResetRestores() throws Exception {
        try (Connection c = connect("userId", "tenant-7")) {
            assertEquals("tenant-7", scalar(c, "SHOW kalam.user_id"));
            exec(c, "SET kalam.user_id = 'tenant-8'");
            assertEquals("tenant-8", scalar(c, "SELECT kalam_user_id()"));
            exec(c, "RESET kalam.user_id");
            assertEquals("tenant-7", scalar(c, "SELECT kalam_user_id()"));
        }
    }

    @Test
    void blankTenantCountsAsUnset() throws Exception {
        try (Connection c = connect()) {
            createUser(c, "notes", "id BIGINT PRIMARY KEY, body TEXT");
            exec(c, "SET kalam.user_id = '   '");
            assertNull(scalar(c, "SELECT kalam_user_id()"));
            SQLException e = assertSqlState("55000", () -> rows(c, "SELECT id FROM " + ns + ".notes"));
            assertTrue(e.getMessage().contains("kalam.user_id"), e.getMessage());
        }
        try (Connection c = connect("userId", "")) {
            assertNull(scalar(c, "SELECT kalam_user_id()"));
        }
    }

    @Test
    void lockedTenantRefusesChanges() throws Exception {
        try (Connection c = connect("userId", "alice", "userIdLocked", "true")) {
            SQLException e = assertSqlState("42501", () -> exec(c, "SET kalam.user_id = 'bob'"));
            assertTrue(e.getMessage().contains("userIdLocked"), e.getMessage());
            assertSqlState("42501", () -> exec(c, "SET kalam.user_id = ''"));
            exec(c, "SET kalam.user_id = 'alice'"); // not a change
            exec(c, "RESET kalam.user_id"); // back to the connection's tenant: not a change either
            assertEquals("alice", scalar(c, "SELECT kalam_user_id()"));
        }
    }

    @Test
    void invalidTenantIdsAreRefusedWhenSet() throws Exception {
        try (Connection c = connect()) {
            SQLException e = assertSqlState("22023", () -> exec(c, "SET kalam.user_id = '../etc'"));
            assertTrue(e.getMessage().contains("path traversal"), e.getMessage());
            assertSqlState("22023", () -> exec(c, "SET kalam.user_id = 'a/b'"));
            assertNull(scalar(c, "SELECT kalam_user_id()"));
        }
    }

    @Test
    void userAndStreamTablesWithoutTenantFailNamingKalamUserId() throws Exception {
        try (Connection c = connect()) {
            createUser(c, "notes", "id BIGINT PRIMARY KEY, body TEXT");
            createStream(c, "events", "id BIGINT PRIMARY KEY, kind TEXT");
            for (String sql : List.of("SELECT * FROM " + ns + ".notes",
                    "INSERT INTO " + ns + ".notes (id, body) VALUES (1, 'x')",
                    "UPDATE " + ns + ".notes SET body = 'y' WHERE id = 1",
                    "DELETE FROM " + ns + ".notes WHERE id = 1",
                    "SELECT * FROM " + ns + ".events",
                    "INSERT INTO " + ns + ".events (id, kind) VALUES (1, 'x')")) {
                SQLException e = assertSqlState("55000", () -> exec(c, sql));
                assertTrue(e.getMessage().contains("kalam.user_id"), sql + ": " + e.getMessage());
            }
        }
    }

    @Test
    void eachTenantSeesOnlyItsOwnRows() throws Exception {
        try (Connection c = connect()) {
            createUser(c, "notes", "id BIGINT PRIMARY KEY, body TEXT");
        }
        try (Connection alice = connect("userId", "alice")) {
            assertEquals(2, alice.createStatement().executeUpdate(
                    "INSERT INTO " + ns + ".notes (id, body) VALUES (1, 'alice one'), (2, 'alice two')"));
        }
        try (Connection bob = connect("userId", "bob")) {
            exec(bob, "INSERT INTO " + ns + ".notes (id, body) VALUES (1, 'bob one')");
        }
        try (Connection c = connect()) {
            exec(c, "SET kalam.user_id = 'alice'");
            assertEquals(List.of(row("1", "alice one", "alice"), row("2", "alice two", "alice")),
                    rows(c, "SELECT id, body, _userid FROM " + ns + ".notes ORDER BY id"));
            exec(c, "SET kalam.user_id = 'bob'");
            assertEquals(List.of(row("1", "bob one", "bob")),
                    rows(c, "SELECT id, body, _userid FROM " + ns + ".notes ORDER BY id"));
            exec(c, "SET kalam.user_id = 'carol'");
            assertEquals(List.of(), rows(c, "SELECT id FROM " + ns + ".notes"));
            exec(c, "SET kalam.user_id = 'bob'");
            assertEquals(1, c.createStatement().executeUpdate("UPDATE " + ns + ".notes SET body = 'bob edited' WHERE id = 1"));
        }
        try (Connection alice = connect("userId", "alice")) {
            assertEquals("alice one", scalar(alice, "SELECT body FROM " + ns + ".notes WHERE id = 1"));
        }
        try (Connection bob = connect("userId", "bob")) {
            assertEquals("bob edited", scalar(bob, "SELECT body FROM " + ns + ".notes WHERE id = 1"));
        }
    }

    @Test
    void setLocalTenantLastsUntilTheTransactionEnds() throws Exception {
        try (Connection c = connect("userId", "alice")) {
            c.setAutoCommit(false);
            exec(c, "SET LOCAL kalam.user_id = 'bob'");
            assertEquals("bob", scalar(c, "SELECT kalam_user_id()"));
            c.commit();
            assertEquals("alice", scalar(c, "SELECT kalam_user_id()"));
        }
    }
}
