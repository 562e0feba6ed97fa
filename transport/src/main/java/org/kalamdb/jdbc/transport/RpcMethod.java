package org.kalamdb.jdbc.transport;

/** The PgService methods, named as on the wire ({@code /kalamdb.pg.PgService/<name>}). */
public enum RpcMethod {
    PING("Ping"),
    OPEN_SESSION("OpenSession"),
    CLOSE_SESSION("CloseSession"),
    SCAN("Scan"),
    INSERT("Insert"),
    UPDATE("Update"),
    DELETE("Delete"),
    BEGIN_TRANSACTION("BeginTransaction"),
    COMMIT_TRANSACTION("CommitTransaction"),
    ROLLBACK_TRANSACTION("RollbackTransaction"),
    EXECUTE_SQL("ExecuteSql"),
    EXECUTE_QUERY("ExecuteQuery");

    private final String wireName;

    RpcMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Ping and OpenSession carry credentials; every other RPC only carries the session id. */
    boolean authenticates() {
        return this == PING || this == OPEN_SESSION;
    }

    /** RPCs the server validates with the session handle (protocol.md 3.2). */
    boolean checksSession() {
        return this != PING && this != OPEN_SESSION && this != CLOSE_SESSION;
    }
}
