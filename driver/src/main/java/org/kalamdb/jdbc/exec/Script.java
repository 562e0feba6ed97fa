package org.kalamdb.jdbc.exec;

import java.util.List;

/**
 * The statements of one SQL string as the driver runs them, in order.
 *
 * @param statements     the non-empty statements
 * @param parameterCount the number of values to bind for the whole string
 */
record Script(List<ScriptStatement> statements, int parameterCount) {

    Script {
        statements = List.copyOf(statements);
    }
}
