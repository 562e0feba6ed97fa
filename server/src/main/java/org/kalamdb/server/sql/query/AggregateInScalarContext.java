package org.kalamdb.server.sql.query;

/**
 * Thrown while compiling an expression over input rows when it calls an aggregate function; the
 * SELECT planner uses it to switch to aggregate mode (or to report an aggregate in WHERE).
 */
final class AggregateInScalarContext extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AggregateInScalarContext(String function) {
        super(function);
    }
}
