package org.kalamdb.jdbc.transport;

import java.util.List;
import java.util.Locale;

/**
 * The stable parts of KalamDB's status messages that change what a client does. Everything here is
 * matched by substring, because the prefix chains in front of them are not stable (protocol.md 6.1,
 * server.md 6 "Error catalogue").
 */
final class ServerMessages {

    /** protocol.md 3.7: the session handle is gone or lost its authentication. */
    static final String INVALID_OR_EXPIRED_SESSION = "invalid or expired session";

    static final String SESSION_NOT_AUTHENTICATED = "session not authenticated";
    static final String SESSION_LEASE_EXPIRED = "session lease expired";

    /** protocol.md 7.7, {@code should_reconcile_local_transaction_state}. */
    private static final List<String> TERMINAL_TRANSACTION_MARKERS =
            List.of(
                    "not found",
                    "no active transaction",
                    "already committed",
                    "already rolled back",
                    "timed out and was aborted",
                    "timed_out",
                    "because it was aborted",
                    " was aborted",
                    " is aborted",
                    "while it is committed",
                    "while it is committing",
                    "while it is rolling_back",
                    "while it is rolled_back");

    private ServerMessages() {}

    /**
     * True for the UNAUTHENTICATED texts of a non-open RPC after which the session must be
     * re-opened with the same id (protocol.md 3.9). The server rejected the call before doing
     * anything.
     */
    static boolean isSessionLost(RpcCode code, String message) {
        return code == RpcCode.UNAUTHENTICATED
                && (message.contains(INVALID_OR_EXPIRED_SESSION)
                        || message.contains(SESSION_NOT_AUTHENTICATED)
                        || message.startsWith(SESSION_LEASE_EXPIRED));
    }

    /**
     * True when the server has already rolled the session's transaction back and cleared it: the
     * next statement would run in autocommit (protocol.md 7.7).
     */
    static boolean isTerminalTransactionError(RpcCode code, String message) {
        if (code != RpcCode.FAILED_PRECONDITION && code != RpcCode.NOT_FOUND) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String marker : TERMINAL_TRANSACTION_MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A failed CommitTransaction that the server reports as {@code failed to commit transaction
     * '<tx>': <cause>}: the transaction was aborted and removed (protocol.md 7.4).
     */
    static boolean isFailedCommit(RpcCode code, String message) {
        return code == RpcCode.FAILED_PRECONDITION
                && message.contains("failed to commit transaction");
    }

    /** RollbackTransaction of a transaction the server no longer has: success (protocol.md 7.5). */
    static boolean isRollbackOfGoneTransaction(RpcCode code, String message) {
        return (code == RpcCode.FAILED_PRECONDITION || code == RpcCode.NOT_FOUND)
                && message.toLowerCase(Locale.ROOT).contains("not found");
    }
}
