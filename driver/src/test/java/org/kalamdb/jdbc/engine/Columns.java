package org.kalamdb.jdbc.engine;

import org.kalamdb.jdbc.types.KalamType;

/** Short column definitions for test tables. */
final class Columns {

    private Columns() {
    }

    static ColumnDefinition pk(String name, KalamType type) {
        return new ColumnDefinition(name, type, false, true);
    }

    static ColumnDefinition nullable(String name, KalamType type) {
        return new ColumnDefinition(name, type, true, false);
    }

    static ColumnDefinition notNull(String name, KalamType type) {
        return new ColumnDefinition(name, type, false, false);
    }
}
