package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Server statuses to SQLStates (design.md 4), by code and by the stable substrings of the real
 * server's messages (server.md 6, protocol.md 6.1, 7.3, 7.4, 7.7). Messages are quoted from the
 * specification, prefixes included.
 */
class FailureClassifierTest {

    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // connection, authentication, session
                "OPEN_SESSION|UNAVAILABLE||08001|CONNECTION",
                "SCAN|UNAVAILABLE|io exception|08006|CONNECTION",
        "SCAN|UNAVAILABLE|ns.t|XX000|INTERNAL",
                "OPEN_SESSION|UNAUTHENTICATED|authentication failed: Invalid"
                        + " credentials|28000|AUTHENTICATION",
                "OPEN_SESSION|UNAUTHENTICATED|missing authorization header on"
                        + " open_session|28000|AUTHENTICATION",
                "PING|UNAUTHENTICATED|invalid or missing pg auth token|28000|AUTHENTICATION",
                "OPEN_SESSION|PERMISSION_DENIED|pg rpc requires a DBA or system"
                        + " account|28000|AUTHENTICATION",
                "SCAN|UNAUTHENTICATED|invalid or expired session|08003|CONNECTION",
                "INSERT|UNAUTHENTICATED|session lease expired – re-authenticate via"
                        + " open_session|08003|CONNECTION",
                // timeouts and cancellation
                "SCAN|DEADLINE_EXCEEDED|deadline exceeded after 0.2s|57014|TIMEOUT",
                "SCAN|CANCELLED|Timeout expired|57014|TIMEOUT",
                "SCAN|CANCELLED|Context cancelled|57014|CANCELLED",
                // constraints and data
                "INSERT|INTERNAL|Raft error: Internal error: Primary key violation: value '1'"
                    + " already exists in column 'id'|23505|INTEGRITY_CONSTRAINT",
                "INSERT|INTERNAL|Already exists: Primary key violation: value '1' appears multiple"
                    + " times in the insert batch for column 'id'|23505|INTEGRITY_CONSTRAINT",
                "INSERT|INTERNAL|Constraint violation: NOT NULL constraint violation: column 'name'"
                    + " cannot be NULL (row 1)|23502|INTEGRITY_CONSTRAINT",
                "INSERT|INTERNAL|Schema coercion failed: Unable to cast value Utf8(\"x\") to Int32"
                    + " for column 'n': bad|22P02|DATA",
                "UPDATE|INTERNAL|Execution error: Failed to parse 'abc' as Int64: invalid"
                    + " digit|22P02|DATA",
                "INSERT|INVALID_ARGUMENT|invalid row JSON: expected object payload|22P02|DATA",
                "INSERT|INVALID_ARGUMENT|user_id required for user/stream table inserts|22023|DATA",
                "SCAN|INVALID_ARGUMENT|session_id must not be empty|22023|DATA",
                // missing and duplicate objects
                "SCAN|NOT_FOUND|ns.t|42P01|UNDEFINED_OBJECT",
                "EXECUTE_QUERY|INTERNAL|Table not found: Error during planning: table 'kalam.ns.t'"
                    + " not found|42P01|UNDEFINED_OBJECT",
                "EXECUTE_SQL|INTERNAL|Not found: Table 't' not found in namespace"
                        + " 'ns'|42P01|UNDEFINED_OBJECT",
                "SCAN|INVALID_ARGUMENT|column 'nope' not found in table"
                    + " 'ns.t'|42703|UNDEFINED_OBJECT",
                "EXECUTE_QUERY|INTERNAL|Invalid operation: Schema error: No field named nope. Valid"
                    + " fields are ns.t.id.|42703|UNDEFINED_OBJECT",
                "EXECUTE_SQL|INTERNAL|Invalid operation: Namespace 'ns' does not exist. Create it"
                    + " first with CREATE NAMESPACE ns|3F000|UNDEFINED_OBJECT",
                "EXECUTE_SQL|INTERNAL|Not found: Namespace 'ns' not found|3F000|UNDEFINED_OBJECT",
                "EXECUTE_SQL|INTERNAL|Already exists: Table ns.t already"
                    + " exists|42P07|DUPLICATE_OBJECT",
                "EXECUTE_SQL|INTERNAL|Already exists: Namespace 'ns' already"
                    + " exists|42P07|DUPLICATE_OBJECT",
                "EXECUTE_SQL|INTERNAL|Column 'c' already exists|42701|DUPLICATE_OBJECT",
                "EXECUTE_SQL|ALREADY_EXISTS|x|42P07|DUPLICATE_OBJECT",
                // syntax and permission
                "EXECUTE_SQL|INTERNAL|Invalid SQL: SQL query too long: 2000000 bytes (maximum"
                    + " 1048576 bytes)|54000|LIMIT_EXCEEDED",
                "EXECUTE_SQL|INTERNAL|Invalid SQL: sql parser error: Expected: an SQL statement,"
                    + " found: SELEC|42601|SYNTAX",
                "INSERT|PERMISSION_DENIED|cannot insert into system tables|42501|PERMISSION",
                "SCAN|INTERNAL|Access denied: Role 'Service' cannot access table 'ns.t'. dba"
                        + " only|42501|PERMISSION",
                "EXECUTE_SQL|INTERNAL|Unauthorized: Insufficient privileges to drop this"
                        + " table|42501|PERMISSION",
                // transaction limitations that leave the transaction open
                "INSERT|FAILED_PRECONDITION|Invalid operation: stream tables are not supported"
                    + " inside explicit transactions|0A000|NOT_SUPPORTED",
                "INSERT|INVALID_ARGUMENT|transactional INSERT requires primary key column"
                        + " 'id'|0A000|NOT_SUPPORTED",
                "SCAN|FAILED_PRECONDITION|Invalid operation: explicit transaction 'x' is already"
                    + " bound to data raft group 'data:shared:00' and cannot access table 'ns:t' in"
                    + " group 'data:user:01'|0A000|NOT_SUPPORTED",
                "BEGIN_TRANSACTION|FAILED_PRECONDITION|Conflict: owner 'x' already has an active"
                        + " transaction|25001|INVALID_TRANSACTION_STATE",
                "EXECUTE_SQL|INTERNAL|Invalid operation: BEGIN requires a request-scoped execution"
                        + " context|0A000|NOT_SUPPORTED",
                // codes alone
                "SCAN|UNIMPLEMENTED||0A000|NOT_SUPPORTED",
                "SCAN|RESOURCE_EXHAUSTED|x|54000|LIMIT_EXCEEDED",
                "INSERT|OUT_OF_RANGE|Error, decoded message length too large: found 5000000 bytes,"
                    + " the limit is: 4194304 bytes|54000|LIMIT_EXCEEDED",
                "SCAN|INTERNAL|External error: Not leader for shard. Leader: None|XX000|INTERNAL",
                "SCAN|UNKNOWN|boom|XX000|INTERNAL",
                "SCAN|DATA_LOSS|boom|XX000|INTERNAL",
                "SCAN|ABORTED|boom|40001|TRANSACTION_ROLLBACK",
                "SCAN|FAILED_PRECONDITION|boom|25000|INVALID_TRANSACTION_STATE",
                "SCAN|NOT_FOUND|boom|42P01|UNDEFINED_OBJECT",
                "EXECUTE_SQL|NOT_FOUND|boom|42704|UNDEFINED_OBJECT",
            })
    void classifies(String method, String code, String message, String sqlState, String category) {
        FailureClass failure =
                FailureClassifier.classify(
                        RpcMethod.valueOf(method), RpcCode.valueOf(code), message);
        assertEquals(sqlState, failure.sqlState());
        assertEquals(FailureClass.Category.valueOf(category), failure.category());
        assertFalse(failure.terminalTransactionError());
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "FAILED_PRECONDITION|Not found: transaction '0190-x' not found",
                "NOT_FOUND|transaction '0190-x' not found",
                "FAILED_PRECONDITION|transaction '0190-x' is timed_out",
                "FAILED_PRECONDITION|transaction '0190-x' is aborted",
                "FAILED_PRECONDITION|Invalid operation: cannot stage writes in transaction 'x'"
                    + " because it timed out and was aborted",
                "FAILED_PRECONDITION|Invalid operation: cannot commit transaction 'x' while it is"
                        + " committing",
                "FAILED_PRECONDITION|Invalid operation: transaction 'x' exceeded buffer limit of"
                    + " 104857600 bytes and was aborted",
                "FAILED_PRECONDITION|Invalid operation: transaction 'x' was aborted because leader"
                    + " for bound raft group 'g' changed from node 'a' to 'b'; retry in a new"
                    + " transaction",
                "FAILED_PRECONDITION|session 'x' not found",
            })
    void terminalTransactionErrorsAre40001(String code, String message) {
        FailureClass failure =
                FailureClassifier.classify(RpcMethod.INSERT, RpcCode.valueOf(code), message);
        assertEquals("40001", failure.sqlState());
        assertEquals(FailureClass.Category.TRANSACTION_ROLLBACK, failure.category());
        assertTrue(failure.terminalTransactionError());
        assertTrue(ServerMessages.isTerminalTransactionError(RpcCode.valueOf(code), message));
    }

    @Test
    void terminalMarkersNeedTheTransactionCodes() {
        // The same words under INTERNAL are not the transaction layer speaking (protocol.md 7.7).
        FailureClass internal =
                FailureClassifier.classify(
                        RpcMethod.UPDATE,
                        RpcCode.INTERNAL,
                        "Row with id=5 not found (checked both hot and cold storage)");
        assertFalse(internal.terminalTransactionError());
        assertEquals("XX000", internal.sqlState());
    }

    @Test
    void failedCommitKeepsTheConstraintSqlStateAndIsTerminal() {
        FailureClass duplicate =
                FailureClassifier.classify(
                        RpcMethod.COMMIT_TRANSACTION,
                        RpcCode.FAILED_PRECONDITION,
                        "Invalid operation: failed to commit transaction '0190-x': Primary key"
                            + " violation: value '1' already exists in column 'id'");
        assertEquals("23505", duplicate.sqlState());
        assertTrue(duplicate.terminalTransactionError());

        FailureClass other =
                FailureClassifier.classify(
                        RpcMethod.COMMIT_TRANSACTION,
                        RpcCode.FAILED_PRECONDITION,
                        "Invalid operation: failed to commit transaction '0190-x': raft proposal"
                            + " dropped");
        assertEquals("40001", other.sqlState());
        assertTrue(other.terminalTransactionError());
    }

    @Test
    void sessionAndRollbackRecognisers() {
        assertTrue(
                ServerMessages.isSessionLost(
                        RpcCode.UNAUTHENTICATED, "invalid or expired session"));
        assertTrue(
                ServerMessages.isSessionLost(RpcCode.UNAUTHENTICATED, "session not authenticated"));
        assertTrue(
                ServerMessages.isSessionLost(
                        RpcCode.UNAUTHENTICATED,
                        "session lease expired – re-authenticate via open_session"));
        assertFalse(
                ServerMessages.isSessionLost(
                        RpcCode.UNAUTHENTICATED, "authentication failed: bad token"));
        assertFalse(ServerMessages.isSessionLost(RpcCode.INTERNAL, "invalid or expired session"));
        assertTrue(
                ServerMessages.isRollbackOfGoneTransaction(
                        RpcCode.FAILED_PRECONDITION, "Not found: transaction 'x' not found"));
        assertFalse(
                ServerMessages.isRollbackOfGoneTransaction(
                        RpcCode.FAILED_PRECONDITION,
                        "Invalid operation: cannot rollback transaction 'x' while it is"
                            + " committed"));
    }

    @Test
    void okIsNotAFailure() {
        assertThrows(
                IllegalArgumentException.class,
                () -> FailureClassifier.classify(RpcMethod.SCAN, RpcCode.OK, ""));
    }
}
