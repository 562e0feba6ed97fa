package org.kalamdb.server.sql.query;

/** One output column of a SELECT: its name and how to compute it (from an input row or a group row). */
record OutputColumn(String name, Compiled expr) {
}
