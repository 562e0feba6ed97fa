package org.kalamdb.server.sql.system;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * One column of a system table or view, with the KalamDB type its TableDefinition declares.
 * {@code columnId} is the stable id of persisted system tables (0: same as the ordinal).
 */
public record ViewColumn(String name, KalamType type, boolean nullable, boolean primaryKey, String comment,
                         int columnId) {

    public static ViewColumn of(String name, KalamType type, boolean nullable) {
        return new ViewColumn(name, type, nullable, false, null, 0);
    }

    public static ViewColumn of(String name, KalamType type, boolean nullable, String comment) {
        return new ViewColumn(name, type, nullable, false, comment, 0);
    }

    public ViewColumn withId(int id) {
        return new ViewColumn(name, type, nullable, primaryKey, comment, id);
    }

    public ViewColumn asKey() {
        return new ViewColumn(name, type, false, true, comment, columnId);
    }

    /** The Arrow field with kalam_data_type / kalam_column_flags metadata (views are TableDefinitions too). */
    public Field field() {
        return type.toArrowField(name, nullable, primaryKey);
    }
}
