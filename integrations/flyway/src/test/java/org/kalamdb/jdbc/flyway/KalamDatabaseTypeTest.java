package org.kalamdb.jdbc.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flywaydb.core.internal.database.DatabaseTypeRegister;
import org.flywaydb.core.internal.database.GeneralDatabaseType;
import org.junit.jupiter.api.Test;

/** Which connections the plugin claims. No database involved. */
class KalamDatabaseTypeTest {

    private final KalamDatabaseType type = new KalamDatabaseType();

    @Test
    void claimsKalamUrlsOnly() {
        assertTrue(type.handlesJDBCUrl("jdbc:kalam://db.example.com:9188/app"));
        assertTrue(type.handlesJDBCUrl("jdbc:kalam:mem:test"));
        assertFalse(type.handlesJDBCUrl("jdbc:postgresql://localhost/app"));
        assertEquals("org.kalamdb.jdbc.KalamDriver", type.getDriverClass("jdbc:kalam:mem:test", null));
    }

    @Test
    void claimsTheProductNameFlywayReports() {
        // Flyway appends " <major>.<minor>" to DatabaseMetaData.getDatabaseProductName().
        assertTrue(type.handlesDatabaseProductNameAndVersion("KalamDB 0.1", "0.1.0", null));
        assertTrue(type.handlesDatabaseProductNameAndVersion("KalamDB", "0.1.0", null));
        assertFalse(type.handlesDatabaseProductNameAndVersion("KalamDBX 1.0", "1.0", null));
        assertFalse(type.handlesDatabaseProductNameAndVersion("PostgreSQL 16.4", "16.4", null));
    }

    @Test
    void isRegisteredAsAFlywayPlugin() {
        List<GeneralDatabaseType> types = DatabaseTypeRegister.getDatabaseTypesForUrl("jdbc:kalam:mem:x", null);
        assertEquals(List.of("KalamDB"), types.stream().map(GeneralDatabaseType::getName).toList());
    }
}
