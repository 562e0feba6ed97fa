/**
 * The gRPC client of {@code kalamdb.pg.PgService}: channels (plaintext, TLS, mTLS, in process),
 * credentials, sessions with their re-open and lease renewal, deadlines, cancellation, the few safe
 * retries, and one typed failure with its SQLState classification.
 *
 * <p>Entry point: {@link org.kalamdb.jdbc.transport.PgSession#open}. Records in, records out: no
 * gRPC or protobuf type appears in the public API, and nothing here knows java.sql.
 */
package org.kalamdb.jdbc.transport;
