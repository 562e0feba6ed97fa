package org.kalamdb.jdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static List<String> texts(String script) {
        return SqlSplitter.split(script).stream().map(StatementText::text).toList();
    }

    @Test
    void splitsOnSemicolonsAndDropsEmptyStatements() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts("SELECT 1; ;; SELECT 2;"));
        assertEquals(List.of("SELECT 1"), texts("SELECT 1"));
        assertEquals(List.of(), texts(" ; -- nothing\n ; /* still nothing */"));
    }

    @Test
    void ignoresSemicolonsInsideQuotesAndComments() {
        String script = "INSERT INTO t VALUES ('a;b', \"c;d\", E'\\';', $$e;f$$, $tag$g;$$;h$tag$);"
                + "-- comment; not a split\nSELECT 1 /* a; /* nested; */ b; */ ;SELECT 2";
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', \"c;d\", E'\\';', $$e;f$$, $tag$g;$$;h$tag$)",
                "-- comment; not a split\nSELECT 1 /* a; /* nested; */ b; */", "SELECT 2"), texts(script));
    }

    @Test
    void keepsOffsets() {
        List<StatementText> parts = SqlSplitter.split("SELECT 1;\n  SELECT 2 ;");
        assertEquals(0, parts.get(0).offset());
        assertEquals(12, parts.get(1).offset());
        assertEquals("SELECT 2", parts.get(1).text());
    }

    @Test
    void doubledQuotesDoNotEndAString() {
        assertEquals(List.of("SELECT 'it''s; fine'", "SELECT 3"), texts("SELECT 'it''s; fine'; SELECT 3"));
    }
}
