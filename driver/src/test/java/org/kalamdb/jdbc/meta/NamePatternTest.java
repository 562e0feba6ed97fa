package org.kalamdb.jdbc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NamePatternTest {

    @Test
    void nullAndPercentMatchEverything() {
        assertTrue(NamePattern.of(null).matches("anything"));
        assertTrue(NamePattern.of("%").matches(""));
        assertTrue(NamePattern.of("%%").matchesEverything());
        assertEquals(Optional.empty(), NamePattern.of(null).sqlCondition("c"));
        assertEquals(Optional.empty(), NamePattern.of("%").sqlCondition("c"));
    }

    @Test
    void likeWildcardsMatchAsJdbcSays() {
        NamePattern p = NamePattern.of("ord_r%");
        assertTrue(p.matches("orders"));
        assertTrue(p.matches("ordXr"));
        assertFalse(p.matches("ordrs"));
        assertEquals(Optional.of("table_name LIKE 'ord_r%'"), p.sqlCondition("table_name"));
    }

    @Test
    void namesAreMatchedCaseInsensitivelyAndPushedInLowerCase() {
        NamePattern p = NamePattern.of("Orders");
        assertTrue(p.matches("orders"));
        assertEquals(Optional.of("table_name = 'orders'"), p.sqlCondition("table_name"));
    }

    @Test
    void escapedWildcardsAreLiteralAndStayOnTheClient() {
        NamePattern p = NamePattern.of("my\\_table");
        assertTrue(p.matches("my_table"));
        assertFalse(p.matches("myxtable"));
        assertEquals("my_table", p.literalName());
        assertEquals(Optional.of("t = 'my_table'"), p.sqlCondition("t"));
        NamePattern mixed = NamePattern.of("a\\_%");
        assertTrue(mixed.matches("a_b"));
        assertFalse(mixed.matches("ab"));
        assertNull(mixed.literalName());
        assertEquals(Optional.empty(), mixed.sqlCondition("t"));
    }

    @Test
    void quotesCannotBreakOutOfThePushedLiteral() {
        assertEquals(Optional.of("t = 'o''brien'"), NamePattern.of("O'Brien").sqlCondition("t"));
        assertTrue(NamePattern.of("a.b(c)").matches("a.b(c)"));
        assertFalse(NamePattern.of("a.b").matches("axb"));
    }
}
