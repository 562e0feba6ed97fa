package org.kalamdb.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.server.testing.ManualClock;

/** Owner keys (protocol.md 4.1), UUIDv7 generation, data groups (7.6), Rust number texts. */
class IdentifiersTest {

    @Test
    @DisplayName("4.1: distinct spellings of one owner share a key")
    void ownerKeyEquivalence() {
        assertEquals(OwnerKey.fromSessionId("pg-1"), OwnerKey.fromSessionId("pg-1-"));
        assertEquals(OwnerKey.fromSessionId("pg-1"), OwnerKey.fromSessionId("pg-1-0"));
        assertEquals(OwnerKey.fromSessionId("pg-1-0a"), OwnerKey.fromSessionId("pg-1-A"));
        assertEquals(OwnerKey.fromSessionId("0190f5c4-9b1e-7c3a-8f00-000000000001"),
                OwnerKey.fromSessionId("{0190F5C4-9B1E-7C3A-8F00-000000000001}"));
        assertNotEquals(OwnerKey.fromSessionId("pg-1"), OwnerKey.fromSessionId("pg-2"));
        assertEquals(12L, OwnerKey.backendPid("pg-12-ab"));
        assertNull(OwnerKey.backendPid("0190f5c4-9b1e-7c3a-8f00-000000000001"));
    }

    @Test
    @DisplayName("7.2: new transaction ids are canonical lowercase UUIDv7 that pass the strict check")
    void uuidV7() {
        ManualClock clock = ManualClock.now();
        String id = TransactionIds.newUuidV7(clock);
        TransactionIds.requireCanonicalV7(id);
        assertEquals(id.toLowerCase(java.util.Locale.ROOT), id);
        assertEquals(clock.millis(), Long.parseLong(id.substring(0, 8) + id.substring(9, 13), 16));
    }

    @Test
    @DisplayName("7.6: shared tables are group data:shared:00; users map stably onto data:user:00..07")
    void dataGroups() {
        assertEquals("data:shared:00", DataGroups.shared());
        assertEquals(DataGroups.forUser("alice"), DataGroups.forUser("alice"));
        assertTrue(DataGroups.forUser("alice").matches("data:user:0[0-7]"));
    }

    @Test
    @DisplayName("ryu / Display renderings of floats")
    void rustFloatText() {
        assertEquals("0.1", RustText.ryu(0.1));
        assertEquals("1.5e-7", RustText.ryu(1.5e-7));
        assertEquals("1000000000000000.0", RustText.ryu(1e15));
        assertEquals("1e16", RustText.ryu(1e16));
        assertEquals("0.0001", RustText.ryu(1e-4));
        assertEquals("0.00001", RustText.ryu(1e-5));
        assertEquals("1e-6", RustText.ryu(1e-6));
        assertEquals("1", RustText.display(1.0));
        assertEquals("0.00000015", RustText.display(1.5e-7));
        assertEquals("-0", RustText.display(-0.0));
    }
}
