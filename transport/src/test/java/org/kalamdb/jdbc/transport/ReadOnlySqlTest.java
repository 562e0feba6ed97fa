package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which ExecuteQuery texts count as one read-only statement (and may be sent again). */
class ReadOnlySqlTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT 1|true",
                "  select * from system.tables|true",
                "SELECT * FROM system.columns WHERE table_name = 't';|true",
                "SELECT 1;  \\n|true",
                "(SELECT 1) UNION (SELECT 2)|true",
                "-- metadata\\nSELECT 1|true",
                "/* x */ SHOW TABLES|true",
                "DESCRIBE TABLE ns.t|true",
                "desc ns.t|true",
                "INSERT INTO ns.t (id) VALUES (1)|false",
                "UPDATE ns.t SET a = 1|false",
                "DELETE FROM ns.t|false",
                "CREATE TABLE ns.t (id INT)|false",
                "SELECT 1; DELETE FROM ns.t|false",
                "SELECT ';'|false",
                "WITH x AS (SELECT 1) SELECT * FROM x|false",
                "EXPLAIN SELECT 1|false",
                "selection|false",
                "''|false",
                "/* unterminated|false"
            })
    void classifies(String sql, boolean read) {
        assertEquals(read, ReadOnlySql.isRead(sql.replace("\\n", "\n")));
    }
}
