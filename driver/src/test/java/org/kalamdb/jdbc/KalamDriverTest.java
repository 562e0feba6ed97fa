package org.kalamdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverPropertyInfo;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.config.ConnectionProperty;

class KalamDriverTest {

    private final KalamDriver driver = KalamDriver.instance();

    @Test
    void acceptsOnlyKalamUrls() throws Exception {
        assertTrue(driver.acceptsURL("jdbc:kalam:mem:x"));
        assertTrue(driver.acceptsURL("JDBC:KALAM://h"));
        assertFalse(driver.acceptsURL("jdbc:postgresql://h/db"));
        assertNull(driver.connect("jdbc:h2:mem:x", new Properties()));
    }

    @Test
    void propertyInfoCoversTheRegistryAndNeverThrows() {
        DriverPropertyInfo[] info = driver.getPropertyInfo("jdbc:kalam://", null);
        assertEquals(ConnectionProperty.values().length, info.length);
        DriverPropertyInfo[] garbage = driver.getPropertyInfo("jdbc:kalam://host:notaport/x?%%%", null);
        assertEquals(info.length, garbage.length);
        DriverPropertyInfo[] none = driver.getPropertyInfo(null, null);
        assertEquals(info.length, none.length);
        Properties p = new Properties();
        p.setProperty("user_id", "snake"); // pg_kalam alias
        for (DriverPropertyInfo i : driver.getPropertyInfo("jdbc:kalam://h", p)) {
            if (i.name.equals("userId")) {
                assertEquals("snake", i.value);
            }
        }
    }

    @Test
    void versionComesFromTheFilteredProperties() {
        assertEquals(0, driver.getMajorVersion());
        assertEquals(1, driver.getMinorVersion());
        assertFalse(driver.jdbcCompliant());
    }
}
