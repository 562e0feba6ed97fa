package org.kalamdb.jdbc.flyway;

import java.util.Locale;

/** KalamDB folds namespace, table and column names to lowercase when it creates them. */
final class KalamNames {

    private KalamNames() {
    }

    /** The name as KalamDB stores it, so that a quoted reference or a metadata lookup matches. */
    static String normalize(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
