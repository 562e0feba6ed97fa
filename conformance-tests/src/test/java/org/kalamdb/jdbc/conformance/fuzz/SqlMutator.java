package org.kalamdb.jdbc.conformance.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Bad SQL from good SQL: a corpus of statements valid against the fuzz schema, mutated by span
 * deletion, duplication, token insertion, character replacement, token swaps, truncation and
 * splicing; plus statements made of random tokens. Deterministic for a given {@link Random}.
 */
final class SqlMutator {

    /** Valid statements over {@code fuzz.t}, {@code fuzz.u} (a user table) and the scratch table {@code fuzz.tmp}. */
    static final List<String> CORPUS = List.of(
            "SELECT * FROM fuzz.t",
            "SELECT id, s FROM fuzz.t WHERE id = 1",
            "SELECT id, s FROM fuzz.t WHERE id = 1 AND s = 'a'",
            "SELECT count(*), sum(n), max(s) FROM fuzz.t WHERE n > 2 GROUP BY s HAVING count(*) > 0",
            "SELECT a.id, b.s FROM fuzz.t a JOIN fuzz.t b ON a.id = b.id ORDER BY a.id DESC LIMIT 5 OFFSET 1",
            "SELECT s FROM fuzz.t WHERE s LIKE 'a%' OR s IS NULL OR n IN (1, 2, 3)",
            "SELECT id FROM fuzz.t UNION SELECT id FROM fuzz.t EXCEPT SELECT 3",
            "WITH x AS (SELECT id, n FROM fuzz.t) SELECT max(n) FROM x",
            "SELECT CAST(n AS TEXT), upper(s), length(s), coalesce(s, 'x'), n * 2 + 1 FROM fuzz.t",
            "SELECT row_number() OVER (ORDER BY id), id FROM fuzz.t",
            "SELECT 1",
            "SELECT 'it''s', 1.5e3, -7, NULL, TRUE, now(), current_schema()",
            "INSERT INTO fuzz.t (id, s, n) VALUES (1000, 'x', 1)",
            "INSERT INTO fuzz.t (id, s, n) VALUES (1001, 'y', 2), (1002, NULL, 3)",
            "INSERT INTO fuzz.t (id, s, n) SELECT id + 5000, s, n FROM fuzz.t WHERE id < 3",
            "INSERT INTO fuzz.t (id, s, n) VALUES (1003, 'z', 4) RETURNING id, _seq",
            "UPDATE fuzz.t SET n = n + 1 WHERE id = 1",
            "UPDATE fuzz.t SET s = 'q', n = n * 2 WHERE n > 10",
            "DELETE FROM fuzz.t WHERE id = 1000",
            "DELETE FROM fuzz.t WHERE s = 'nothing'",
            "SET kalam.user_id = 'fuzzer'",
            "RESET kalam.user_id",
            "SHOW kalam.user_id",
            "SELECT kalam_user_id()",
            "INSERT INTO fuzz.u (id, v) VALUES (1, 'u')",
            "SELECT id, v, _userid FROM fuzz.u",
            "BEGIN",
            "COMMIT",
            "ROLLBACK",
            "START TRANSACTION",
            "SET search_path TO fuzz",
            "SELECT kalam_exec('SELECT id FROM fuzz.t LIMIT 3')",
            "CREATE TABLE IF NOT EXISTS fuzz.tmp (id BIGINT PRIMARY KEY, v TEXT) USING kalamdb WITH (type='shared')",
            "ALTER TABLE fuzz.tmp ADD COLUMN w INT",
            "DROP TABLE IF EXISTS fuzz.tmp",
            "SELECT * FROM fuzz.t WHERE id = ?",
            "SELECT '{\"a\": 1}'::jsonb -> 'a'",
            "SELECT id FROM fuzz.t ORDER BY _seq");

    private static final List<String> TOKENS = List.of(
            "SELECT", "FROM", "WHERE", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE", "JOIN", "ON", "GROUP BY",
            "ORDER BY", "LIMIT", "OFFSET", "UNION", "WITH", "AS", "CAST(", "AND", "OR", "NOT", "NULL", "IS", "IN",
            "LIKE", "BETWEEN", "CASE", "WHEN", "THEN", "END", "DISTINCT", "OVER", "RETURNING", "BEGIN", "COMMIT",
            "ROLLBACK", "CREATE", "TABLE", "ALTER", "SCHEMA", "USING kalamdb", "kalam_exec(", "set_config(",
            "_userid", "_seq", "_deleted", "fuzz.t", "fuzz.u", "\"fuzz\".\"t\"", "id", "s", "n",
            "(", ")", ",", ";", "*", "=", "<>", "||", "::", "::int", "::text", "->", "->>", "?", "$1", "$$",
            "'", "''", "\"", "--", "/*", "*/", "\\", "..", "/", "[", "]", "{", "}", "%", "@", "#", "!",
            "0", "-1", "1e309", "9223372036854775808", "-9223372036854775809", "0.000001", "'\u0000'",
            "'ß'", "'\uD83D\uDE42'", "E'\\x00'", "x'ff'", "'2024-02-30'", "INTERVAL '1 day'", "TRUE", "now()");

    private static final String CHARS = "'\"();,.*=<>?$%_-/\\\u0000\n\t abcxyz0129";

    private final Random random;

    SqlMutator(Random random) {
        this.random = random;
    }

    /** The next input: mostly a mutated corpus statement, sometimes random tokens. */
    String next() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return randomTokens();
        }
        String sql = pick(CORPUS);
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            sql = mutate(sql);
        }
        return sql.length() > 4_000 ? sql.substring(0, 4_000) : sql;
    }

    private String mutate(String sql) {
        if (sql.isEmpty()) {
            return pick(TOKENS);
        }
        int a = random.nextInt(sql.length());
        int b = Math.min(sql.length(), a + 1 + random.nextInt(Math.max(1, sql.length() - a)));
        return switch (random.nextInt(7)) {
            case 0 -> sql.substring(0, a) + sql.substring(b);
            case 1 -> sql.substring(0, b) + sql.substring(a, b) + sql.substring(b);
            case 2 -> sql.substring(0, a) + " " + pick(TOKENS) + " " + sql.substring(a);
            case 3 -> sql.substring(0, a) + CHARS.charAt(random.nextInt(CHARS.length())) + sql.substring(a + 1);
            case 4 -> swapTokens(sql);
            case 5 -> sql.substring(0, a);
            default -> {
                String other = pick(CORPUS);
                yield sql.substring(0, a) + other.substring(random.nextInt(other.length()));
            }
        };
    }

    private String swapTokens(String sql) {
        List<String> words = new ArrayList<>(Arrays.asList(sql.split(" ")));
        if (words.size() > 1) {
            int i = random.nextInt(words.size());
            int j = random.nextInt(words.size());
            String w = words.get(i);
            words.set(i, words.get(j));
            words.set(j, w);
        }
        return String.join(" ", words);
    }

    private String randomTokens() {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(15);
        for (int i = 0; i < n; i++) {
            sb.append(pick(TOKENS)).append(random.nextBoolean() ? " " : "");
        }
        return sb.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
