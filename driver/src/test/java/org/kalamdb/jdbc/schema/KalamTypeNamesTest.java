package org.kalamdb.jdbc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.types.KalamType;

class KalamTypeNamesTest {

    @Test
    void canonicalNames() {
        assertEquals(KalamType.BIGINT, KalamTypeNames.parse("BIGINT"));
        assertEquals(KalamType.INT, KalamTypeNames.parse("INT"));
        assertEquals(KalamType.DATETIME, KalamTypeNames.parse("DATETIME"));
        assertEquals(KalamType.decimal(10, 2), KalamTypeNames.parse("DECIMAL(10, 2)"));
        assertEquals(KalamType.decimal(5, 0), KalamTypeNames.parse("decimal(5)"));
        assertEquals(KalamType.embedding(384), KalamTypeNames.parse("EMBEDDING(384)"));
        assertEquals(KalamType.FILE, KalamTypeNames.parse("FILE"));
        assertNull(KalamTypeNames.parse("INTERVAL"));
    }
}
