package org.kalamdb.server.sql;

/**
 * What a statement produced, before Arrow encoding: a result table, a success message, or an
 * affected-row count. {@link BatchEncoder} turns it into the {@link SqlOutcome} the RPC layer
 * renders.
 */
public sealed interface StatementResult {

    record Table(ResultTable table) implements StatementResult {
    }

    record Message(String text) implements StatementResult {
    }

    record Affected(long count) implements StatementResult {
    }
}
