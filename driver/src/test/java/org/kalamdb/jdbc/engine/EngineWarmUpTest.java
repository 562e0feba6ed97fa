package org.kalamdb.jdbc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The warm-up's queries plan and run over its in-memory tables, with the answers they should give. */
class EngineWarmUpTest {

    @Test
    void everyWarmUpQueryRunsToTheEnd() throws Exception {
        // 8 name groups + the 10 highest ids with score > 32 + ids 1, 2, 3 and the 8 'n1' names (1 counted once).
        assertEquals(8 + 10 + 10, EngineWarmUp.run());
    }
}
