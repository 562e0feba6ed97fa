package org.kalamdb.jdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.kalamdb.jdbc.sql.Assertions2.fails;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.plan.Begin;
import org.kalamdb.jdbc.sql.plan.Commit;
import org.kalamdb.jdbc.sql.plan.Insert;
import org.kalamdb.jdbc.sql.plan.InsertSource;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.sql.plan.SetUserId;

class ParseScriptTest {

    @Test
    void scriptStatementsShareOneParameterNumbering() {
        ParsedScript script = SqlParser.parseScript(
                "BEGIN; INSERT INTO t (a, b) VALUES (?, ?); SELECT * FROM t WHERE a = ?; COMMIT;");
        assertEquals(3, script.parameterCount());
        List<ParsedStatement> st = script.statements();
        assertEquals(4, st.size());
        assertInstanceOf(Begin.class, st.get(0).plan());
        Insert insert = assertInstanceOf(Insert.class, st.get(1).plan());
        assertEquals(List.of(List.of(new Expr.Parameter(1), new Expr.Parameter(2))),
                ((InsertSource.Values) insert.source()).rows());
        Select select = assertInstanceOf(Select.class, st.get(2).plan());
        assertEquals(List.of(new Conjuncts.ColumnEquality("a", new Expr.Parameter(3))), select.conjuncts().equalities());
        assertEquals(3, st.get(2).parameterCount());
        assertEquals("SELECT * FROM t WHERE a = ?", st.get(2).sql());
        assertInstanceOf(Commit.class, st.get(3).plan());
    }

    @Test
    void pgKalamTenantScript() {
        ParsedScript script = SqlParser.parseScript("SET kalam.user_id = 'user-alice';\nSELECT kalam_user_id();");
        assertInstanceOf(SetUserId.class, script.statements().get(0).plan());
        assertEquals("SELECT kalam_user_id()", script.statements().get(1).sql());
    }

    @Test
    void errorPositionsReferToTheWholeScript() {
        SqlDialectException e = fails(SqlStates.SYNTAX_ERROR, () -> SqlParser.parseScript("SELECT 1;\nSELEC 2"));
        assertEquals(11, e.position());
        assertEquals(List.of(), SqlParser.parseScript(" ; -- nothing").statements());
    }
}
