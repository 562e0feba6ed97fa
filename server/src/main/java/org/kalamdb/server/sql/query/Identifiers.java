package org.kalamdb.server.sql.query;

import java.util.Locale;

/**
 * DataFusion's identifier normalisation: unquoted names fold to lowercase, quoted names keep
 * their case (so a quoted mixed-case name never matches KalamDB's lowercase catalog).
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static String normalize(String written) {
        if (written == null) {
            return null;
        }
        if (written.length() >= 2 && (written.startsWith("\"") && written.endsWith("\"")
                || written.startsWith("`") && written.endsWith("`"))) {
            return written.substring(1, written.length() - 1);
        }
        return written.toLowerCase(Locale.ROOT);
    }

    /** DataFusion quotes a name in messages when it is not a plain lowercase identifier. */
    public static String quoteIfNeeded(String name) {
        if (name.matches("[a-z_][a-z0-9_]*")) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
