package org.kalamdb.jdbc.sql;

import java.util.List;

/**
 * The statements of a multi-statement string, in order. {@code ?} markers are numbered across
 * the whole script (as pgjdbc numbers them), so one list of bound values serves every statement.
 *
 * @param statements     the non-empty statements
 * @param parameterCount the number of values to bind for the whole script
 */
public record ParsedScript(List<ParsedStatement> statements, int parameterCount) {

    public ParsedScript {
        statements = List.copyOf(statements);
    }
}
