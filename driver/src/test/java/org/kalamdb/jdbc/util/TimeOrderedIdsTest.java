package org.kalamdb.jdbc.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void uuidV7HasVersionVariantAndTime() {
        long before = System.currentTimeMillis();
        UUID u = TimeOrderedIds.uuidV7();
        assertEquals(7, u.version());
        assertEquals(2, u.variant());
        long millis = u.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= System.currentTimeMillis());
    }

    @Test
    void ulidIsTwentySixCrockfordCharactersStartingWithTheTime() {
        long before = System.currentTimeMillis();
        String ulid = TimeOrderedIds.ulid();
        assertEquals(26, ulid.length());
        assertTrue(ulid.matches("[0-9A-HJKMNP-TV-Z]{26}"), ulid);
        long millis = 0;
        for (char c : ulid.substring(0, 10).toCharArray()) {
            millis = millis * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(c);
        }
        assertTrue(millis >= before && millis <= System.currentTimeMillis());
    }
}
