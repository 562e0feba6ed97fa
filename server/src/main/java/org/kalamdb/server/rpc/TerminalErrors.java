package org.kalamdb.server.rpc;

import java.util.List;

import org.kalamdb.server.KalamError;

/**
 * The real server's {@code should_reconcile_local_transaction_state} (protocol.md 7.7): an error
 * after which the session's transaction is gone, so the server cleans up and the next statement
 * runs in autocommit.
 */
final class TerminalErrors {

    private static final List<String> MARKERS = List.of("not found", "no active transaction", "already committed",
            "already rolled back", "timed out and was aborted", "timed_out", "because it was aborted", " was aborted",
            " is aborted", "while it is committed", "while it is committing", "while it is rolling_back",
            "while it is rolled_back");

    private TerminalErrors() {
    }

    static boolean isTerminal(KalamError e) {
        if (e.code() != KalamError.Code.FAILED_PRECONDITION && e.code() != KalamError.Code.NOT_FOUND) {
            return false;
        }
        String message = e.getMessage();
        for (String marker : MARKERS) {
            if (message.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
