package org.kalamdb.jdbc.liquibase;

import java.util.Set;

/**
 * Words that cannot be used as bare identifiers in KalamDB SQL, so Liquibase quotes them: the keywords the server's
 * SQL parser reserves for identifiers and aliases (spec/server.md section 1), which also covers what PostgreSQL
 * reserves. {@code default} is among them, and it is KalamDB's default namespace.
 */
final class KalamReservedWords {

    static final Set<String> ALL = Set.of(
            "ALL", "ALTER", "AND", "ANY", "ARRAY", "AS", "ASC", "BETWEEN", "BOTH", "BY", "CASE", "CAST", "CHECK",
            "COLLATE", "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_TIME",
            "CURRENT_TIMESTAMP", "CURRENT_USER", "DATABASE", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP",
            "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP",
            "HAVING", "ILIKE", "IN", "INDEX", "INNER", "INSERT", "INTERSECT", "INTERVAL", "INTO", "IS", "JOIN",
            "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER",
            "OUTER", "PRIMARY", "REFERENCES", "RETURNING", "RIGHT", "SCHEMA", "SELECT", "SESSION_USER", "SET",
            "SOME", "TABLE", "TABLES", "TABLESPACE", "THEN", "TO", "TRAILING", "TRUE", "UNION", "UNIQUE", "UPDATE",
            "USER", "USING", "VIEW", "WHEN", "WHERE", "WINDOW", "WITH");

    private KalamReservedWords() {
    }
}
