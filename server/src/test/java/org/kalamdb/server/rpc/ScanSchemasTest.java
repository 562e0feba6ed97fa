package org.kalamdb.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.kalamdb.server.testing.Tables.col;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.IpcSchemaMessage;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.testing.Tables;

class ScanSchemasTest {

    private static TableDef table(Tables.Col... cols) {
        return Tables.define("app", "items", TableType.SHARED, Map.of(), cols);
    }

    @Test
    @DisplayName("one encoding per (definition, projection), holding the projected fields with their metadata")
    void cachedPerProjection() {
        ScanSchemas schemas = new ScanSchemas();
        TableDef def = table(col("id", KalamType.BIGINT).pk(), col("name", KalamType.TEXT), col("qty", KalamType.INT));
        IpcSchemaMessage all = schemas.forScan(def, new int[] {0, 1, 2, 3, 4});
        assertSame(all, schemas.forScan(def, new int[] {0, 1, 2, 3, 4}));
        assertEquals(def.arrowSchema(), all.schema());

        int[] projection = {2, 0};
        IpcSchemaMessage some = schemas.forScan(def, projection);
        projection[0] = 1;    // the cache keeps its own copy of the key
        assertSame(some, schemas.forScan(def, new int[] {2, 0}));
        assertEquals(List.of("qty", "id"), some.schema().fields().stream().map(Field::name).toList());
        assertEquals("[\"pk\",\"nn\",\"uq\"]", some.schema().fields().get(1).metadata().get(KalamType.META_COLUMN_FLAGS));
        assertNotSame(some, schemas.forScan(def, new int[] {1, 0}));
    }

    @Test
    @DisplayName("a new definition of the table (ALTER) gets its own encoding, even for the same projection")
    void newDefinitionIsEncodedAgain() {
        ScanSchemas schemas = new ScanSchemas();
        TableDef before = table(col("id", KalamType.BIGINT).pk(), col("v", KalamType.INT));
        TableDef after = table(col("id", KalamType.BIGINT).pk(), col("v", KalamType.BIGINT));
        IpcSchemaMessage old = schemas.forScan(before, new int[] {1});
        IpcSchemaMessage altered = schemas.forScan(after, new int[] {1});
        assertNotSame(old, altered);
        assertEquals(KalamType.BIGINT.arrowType(), altered.schema().fields().get(0).type());
        assertSame(altered, schemas.forScan(after, new int[] {1}));
    }

    @Test
    @DisplayName("projections per definition are bounded")
    void bounded() {
        ScanSchemas schemas = new ScanSchemas();
        TableDef def = table(col("id", KalamType.BIGINT).pk());
        IpcSchemaMessage first = schemas.forScan(def, new int[] {0});
        for (int n = 2; n <= ScanSchemas.MAX_PROJECTIONS + 1; n++) {
            schemas.forScan(def, new int[n]);    // column 0, n times
        }
        assertNotSame(first, schemas.forScan(def, new int[] {0}), "the entry started over");
        assertEquals(def.arrowSchema(new int[] {0}), schemas.forScan(def, new int[] {0}).schema());
    }
}
