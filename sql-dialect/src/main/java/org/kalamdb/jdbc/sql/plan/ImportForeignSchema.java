package org.kalamdb.jdbc.sql.plan;

/**
 * {@code IMPORT FOREIGN SCHEMA remote FROM SERVER s INTO local}. Without PostgreSQL there is
 * nothing to import into: every KalamDB table is already visible. The driver refuses it with
 * 0A000 and points to {@code DatabaseMetaData.getTables}.
 */
public record ImportForeignSchema(String remoteSchema, String server, String localSchema) implements DdlPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
