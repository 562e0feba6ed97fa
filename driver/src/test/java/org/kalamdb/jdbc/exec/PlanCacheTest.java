package org.kalamdb.jdbc.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.Update;

/**
 * Which statements the plan cache hands to the query engine as writes: the UPDATE, DELETE and
 * INSERT statements the dialect refuses with 0A000 because of their expressions; nothing else.
 */
class PlanCacheTest {

    private final PlanCache cache = new PlanCache();

    @Test
    void writesBeyondTheEvaluatorBecomeEngineWrites() throws Exception {
        Script script = cache.get("UPDATE app.t SET a = (SELECT max(b) FROM app.u WHERE c = ?) WHERE d = ?");
        assertEquals(1, script.statements().size());
        ScriptStatement.EngineWrite write = assertInstanceOf(ScriptStatement.EngineWrite.class,
                script.statements().get(0));
        assertEquals(2, script.parameterCount());
        assertEquals("UPDATE app.t SET a = (SELECT max(b) FROM app.u WHERE c = $1) WHERE d = $2",
                EngineSql.text(write.parameters()));
        assertTrue(write.refusal().contains("UPDATE"), write.refusal());

        assertInstanceOf(ScriptStatement.EngineWrite.class, cache.get(
                "DELETE FROM app.t WHERE id IN (SELECT id FROM app.u)").statements().get(0));
        assertInstanceOf(ScriptStatement.EngineWrite.class, cache.get(
                "INSERT INTO app.t (id) VALUES (1) ON CONFLICT DO NOTHING").statements().get(0),
                "the engine is asked; the dialect's refusal is kept for when it cannot either");
        assertSame(script, cache.get("UPDATE app.t SET a = (SELECT max(b) FROM app.u WHERE c = ?) WHERE d = ?"),
                "parsed once");
    }

    @Test
    void theFastPathAndGeneralQueriesStayPlanned() throws Exception {
        Script update = cache.get("UPDATE app.t SET n = n + ? WHERE id = ?");
        ScriptStatement.Planned planned = assertInstanceOf(ScriptStatement.Planned.class, update.statements().get(0));
        assertInstanceOf(Update.class, planned.statement().plan());
        Script query = cache.get("SELECT a, count(*) FROM app.t GROUP BY a");
        assertInstanceOf(GeneralSelect.class, ((ScriptStatement.Planned) query.statements().get(0)).statement().plan());
    }

    @Test
    void scriptsAreSplitWhenTheirParametersAllowIt() throws Exception {
        Script script = cache.get("SELECT 1; UPDATE app.t SET a = (SELECT $1); DELETE FROM app.t WHERE id = 2");
        assertEquals(3, script.statements().size());
        assertInstanceOf(ScriptStatement.Planned.class, script.statements().get(0));
        assertInstanceOf(ScriptStatement.EngineWrite.class, script.statements().get(1));
        assertInstanceOf(ScriptStatement.Planned.class, script.statements().get(2));
        assertEquals(1, script.parameterCount());

        // ? markers are numbered across a script: it cannot be split, the dialect's refusal stands.
        SQLException e = assertThrows(SQLException.class, () -> cache.get(
                "SELECT ?; UPDATE app.t SET a = (SELECT ?)"));
        assertEquals("0A000", e.getSQLState());
    }

    @Test
    void otherRefusalsAreNotTheEngines() {
        SQLException e = assertThrows(SQLException.class, () -> cache.get("WITH x AS (SELECT 1) UPDATE app.t SET a = 1"));
        assertEquals("0A000", e.getSQLState());
        assertEquals("42601", assertThrows(SQLException.class, () -> cache.get("UPDATE SET")).getSQLState());
    }
}
