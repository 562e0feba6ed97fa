package org.kalamdb.jdbc.engine;

/** The statement a {@link PreparedMutation} computes the writes of. */
public enum MutationKind {
    UPDATE, DELETE, INSERT
}
