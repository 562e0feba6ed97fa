package org.kalamdb.jdbc.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class TenantTest {

    @Test
    void blankIsUnset() throws SQLException {
        Tenant t = new Tenant("  ", false);
        assertNull(t.userId());
        t.set("alice");
        assertEquals("alice", t.userId());
        t.set("");
        assertNull(t.userId());
        SQLException e = assertThrows(SQLException.class, () -> t.require("read user table app.notes"));
        assertEquals("55000", e.getSQLState());
        assertTrue(e.getMessage().contains("kalam.user_id") && e.getMessage().contains("app.notes"));
    }

    @Test
    void lockedTenantOnlyAcceptsItsOwnValue() throws SQLException {
        Tenant t = new Tenant("alice", true);
        t.set("alice");
        assertEquals("42501", assertThrows(SQLException.class, () -> t.set("bob")).getSQLState());
        assertEquals("42501", assertThrows(SQLException.class, () -> t.set(null)).getSQLState());
        assertEquals("alice", t.userId());
    }

    @Test
    void serverRulesAreCheckedWhenSet() {
        for (String bad : new String[] {"a..b", "a/b", "a\\b", "a\0b"}) {
            assertEquals("22023", assertThrows(SQLException.class, () -> new Tenant(bad, false)).getSQLState(), bad);
        }
    }

    @Test
    void anExplicitUserIdIsCheckedLikeTheTenantAndMustNotBeBlank() throws SQLException {
        Tenant.checkExplicitUserId("_userid", "alice");
        for (String bad : new String[] {"a..b", "a/b", "a\\b", "a\0b", "..", "/", "", "  "}) {
            SQLException e = assertThrows(SQLException.class, () -> Tenant.checkExplicitUserId("_userid", bad), bad);
            assertEquals("22023", e.getSQLState(), bad);
            assertTrue(e.getMessage().startsWith("invalid value for _userid: User ID cannot"), e.getMessage());
        }
    }
}
