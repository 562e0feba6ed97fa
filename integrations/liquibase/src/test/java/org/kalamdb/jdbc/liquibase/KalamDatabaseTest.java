package org.kalamdb.jdbc.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import liquibase.database.DatabaseFactory;
import liquibase.structure.core.Table;
import org.junit.jupiter.api.Test;

/** How Liquibase finds and names things on KalamDB. No database connection involved. */
class KalamDatabaseTest {

    private final KalamDatabase database = new KalamDatabase();

    @Test
    void isRegisteredWithLiquibase() {
        assertTrue(DatabaseFactory.getInstance().getImplementedDatabases().stream()
                .anyMatch(KalamDatabase.class::isInstance));
        assertEquals(database.getClass(), DatabaseFactory.getInstance().getDatabase("kalamdb").getClass());
    }

    @Test
    void picksTheDriverForKalamUrlsOnly() {
        assertEquals("org.kalamdb.jdbc.KalamDriver", database.getDefaultDriver("jdbc:kalam:mem:test"));
        assertEquals("org.kalamdb.jdbc.KalamDriver", database.getDefaultDriver("jdbc:kalam://db:9188/app"));
        assertNull(database.getDefaultDriver("jdbc:postgresql://localhost/app"));
    }

    @Test
    void foldsUnquotedNamesToLowercase() {
        assertEquals("databasechangelog", database.getDatabaseChangeLogTableName());
        assertEquals("databasechangeloglock", database.getDatabaseChangeLogLockTableName());
        assertEquals("accounts", database.correctObjectName("Accounts", Table.class));
        assertFalse(database.isCaseSensitive());
    }

    @Test
    void runsEverythingInAutocommit() {
        assertFalse(database.supportsDDLInTransaction());
        assertTrue(database.getAutoCommitMode());
        assertFalse(database.supportsSequences());
    }
}
