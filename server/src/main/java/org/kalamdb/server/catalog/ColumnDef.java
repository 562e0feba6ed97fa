package org.kalamdb.server.catalog;

import org.kalamdb.jdbc.types.KalamType;

/**
 * One column of a table definition. Names are stored lowercase. {@code columnId} is stable across
 * ALTERs; {@code ordinal} is 1-based. System columns (_seq, _deleted) are ColumnDefs too.
 */
public record ColumnDef(int columnId, String name, KalamType type, boolean nullable, boolean primaryKey,
                        ColumnDefault defaultValue, String comment, int ordinal) {

    public static final String SEQ = "_seq";
    public static final String DELETED = "_deleted";

    public boolean isSystemColumn() {
        return name.equals(SEQ) || name.equals(DELETED);
    }

    public ColumnDef withOrdinal(int newOrdinal) {
        return new ColumnDef(columnId, name, type, nullable, primaryKey, defaultValue, comment, newOrdinal);
    }
}
