package org.kalamdb.jdbc.conformance.faults;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The fixture the fault tests share: a standalone server behind a fault relay, the table
 * {@value #TABLE} (id, amount), and an observer connection that bypasses the relay to see what the
 * server really holds. JUnit runs this class's set-up before a subclass's and its tear-down after.
 */
abstract class RelayedAmountsTable {

    static final String TABLE = "faults.t";

    RelayedServer server;
    Connection observer;

    /** The server of the test class; a subclass overrides this to change its settings. */
    RelayedServer startServer() {
        return RelayedServer.start();
    }

    @BeforeEach
    void startRelayedServer() throws SQLException {
        server = startServer();
        observer = server.connectDirect();
        Jdbc.createAmountsTable(observer, "faults", "t");
    }

    @AfterEach
    void stopRelayedServer() throws SQLException {
        observer.close();
        server.close();
    }
}
