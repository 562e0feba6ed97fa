package org.kalamdb.jdbc.session;

import java.sql.SQLException;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.result.IpcReplies;
import org.kalamdb.jdbc.transport.PgSession;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.transport.RpcOptions;
import org.kalamdb.jdbc.transport.TransportException;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.arrow.ArrowFormatException;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;

/**
 * Reports a COMMIT whose answer was lost (SQLState 08007) with what the server says about the
 * transaction afterwards: {@code system.transactions} lists the transactions the server still
 * holds, so a transaction no longer listed has ended (committed or rolled back), and one still
 * listed had not finished committing when it was looked up. The lookup is one read on a fresh
 * call with a short deadline; when it fails (the link is still down) the message says so.
 */
final class InDoubtCommit {

    private static final Logger LOG = Logger.getLogger(InDoubtCommit.class.getName());

    /** The lookup must not hold the caller long: the COMMIT already failed. */
    static final long LOOKUP_TIMEOUT_MILLIS = 2_000;

    /** Server transaction ids are UUIDs; anything else is not put into SQL. */
    private static final Pattern TRANSACTION_ID = Pattern.compile("[0-9A-Fa-f-]{1,64}");

    private InDoubtCommit() {
    }

    /** The 08007 exception for {@code failure}, its message extended by the server's view. */
    static SQLException report(PgSession pg, String transactionId, TransportException failure) {
        String message = failure.getMessage() + ". " + serverView(pg, transactionId);
        return Errors.create(failure.sqlState(), message, failure);
    }

    private static String serverView(PgSession pg, String transactionId) {
        if (!TRANSACTION_ID.matcher(transactionId).matches()) {
            return "The outcome could not be looked up (unexpected transaction id)";
        }
        String sql = "SELECT state FROM system.transactions WHERE transaction_id = '" + transactionId + "'";
        try {
            QueryResult result = pg.executeQuery(sql, RpcOptions.timeoutMillis(LOOKUP_TIMEOUT_MILLIS));
            IpcStream rows = IpcReplies.decode(result.ipcBatches());
            String state = firstState(rows);
            if (state == null) {
                return "system.transactions no longer lists transaction " + transactionId
                        + ": the transaction has ended, committed or rolled back; check whether its rows are visible";
            }
            return "system.transactions still lists transaction " + transactionId + " in state '" + state
                    + "': the COMMIT had not completed when it was looked up";
        } catch (TransportException | ArrowFormatException | ValueConversionException e) {
            LOG.log(Level.FINE, "looking up an in-doubt transaction failed", e);
            return "system.transactions could not be consulted (" + e.getMessage() + ")";
        }
    }

    // The state of the (one) row, "?" for a row without a readable state, null for no row.
    private static String firstState(IpcStream rows) {
        if (rows.schema() == null) {
            return null;
        }
        int column = rows.schema().indexOf("state");
        for (RecordBatch batch : rows.batches()) {
            if (batch.rowCount() > 0) {
                return column >= 0 && !batch.column(column).isNull(0) ? batch.column(column).getString(0) : "?";
            }
        }
        return null;
    }
}
