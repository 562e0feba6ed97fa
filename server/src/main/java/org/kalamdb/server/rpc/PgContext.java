package org.kalamdb.server.rpc;

import java.time.Clock;

import org.kalamdb.server.auth.Authenticator;
import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.sql.SqlExecutor;
import org.kalamdb.server.store.AutocommitWrites;
import org.kalamdb.server.store.Scanner;
import org.kalamdb.server.store.TransactionCoordinator;

/** Everything the PgService handlers work with, assembled once per server. */
public record PgContext(Clock clock, long leaseMs, Authenticator auth, SessionRegistry sessions, Catalog catalog,
                        Scanner scanner, AutocommitWrites writes, TransactionCoordinator transactions,
                        SqlExecutor sql) {
}
