package org.kalamdb.jdbc.transport;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.netty.channel.ConnectTimeoutException;

/**
 * Turns a gRPC failure into a {@link TransportException}: our own code, the status message kept
 * intact, a readable text, and the classification. Failures that never reached the server are
 * recognised by their cause (refused, connect timeout, unknown host, TLS) and get texts modelled on
 * the official client's (extension.md 6.4), without PostgreSQL wording.
 */
final class StatusTranslator {

    private StatusTranslator() {}

    static RpcCode code(Status.Code code) {
        return switch (code) {
            case OK -> RpcCode.OK;
            case CANCELLED -> RpcCode.CANCELLED;
            case UNKNOWN -> RpcCode.UNKNOWN;
            case INVALID_ARGUMENT -> RpcCode.INVALID_ARGUMENT;
            case DEADLINE_EXCEEDED -> RpcCode.DEADLINE_EXCEEDED;
            case NOT_FOUND -> RpcCode.NOT_FOUND;
            case ALREADY_EXISTS -> RpcCode.ALREADY_EXISTS;
            case PERMISSION_DENIED -> RpcCode.PERMISSION_DENIED;
            case RESOURCE_EXHAUSTED -> RpcCode.RESOURCE_EXHAUSTED;
            case FAILED_PRECONDITION -> RpcCode.FAILED_PRECONDITION;
            case ABORTED -> RpcCode.ABORTED;
            case OUT_OF_RANGE -> RpcCode.OUT_OF_RANGE;
            case UNIMPLEMENTED -> RpcCode.UNIMPLEMENTED;
            case INTERNAL -> RpcCode.INTERNAL;
            case UNAVAILABLE -> RpcCode.UNAVAILABLE;
            case DATA_LOSS -> RpcCode.DATA_LOSS;
            case UNAUTHENTICATED -> RpcCode.UNAUTHENTICATED;
        };
    }

    /** The status message of a failure, never null. */
    static String description(StatusRuntimeException e) {
        String description = e.getStatus().getDescription();
        return description == null ? "" : description;
    }

    /**
     * @param budget the time the call had, to tell our own deadline from a server's status
     * @param cancelledByCaller the caller cancelled the call (cancelInFlight, interrupt)
     */
    static TransportException translate(
            StatusRuntimeException e,
            RpcMethod method,
            ChannelTarget target,
            CallBudget budget,
            boolean cancelledByCaller) {
        RpcCode code = code(e.getStatus().getCode());
        String message = description(e);
        if (cancelledByCaller || isInterruption(e)) {
            return new TransportException(
                    method,
                    RpcCode.CANCELLED,
                    message,
                    "request "
                            + method.wireName()
                            + " to KalamDB server at "
                            + target
                            + " was cancelled",
                    FailureClass.of("57014", FailureClass.Category.CANCELLED),
                    e);
        }
        if (code == RpcCode.UNAVAILABLE || code == RpcCode.UNKNOWN) {
            String connectFailure = connectFailureText(e, target);
            if (connectFailure != null) {
                return new TransportException(
                        method, code, message, connectFailure, FailureClass.connection("08001"), e);
            }
        }
        FailureClass classification =
                code == RpcCode.DEADLINE_EXCEEDED && method == RpcMethod.OPEN_SESSION
                        ? FailureClass.connection("08001")
                        : FailureClassifier.classify(method, code, message);
        return new TransportException(
                method,
                code,
                message,
                text(method, code, message, target, budget),
                classification,
                e);
    }

    /**
     * The failure of a write or COMMIT whose request reached the transport and whose answer never
     * came (link lost, deadline passed, or the call cancelled): SQLState 08007, with a text saying
     * that the server may or may not have carried it out and what to check. A deadline stays a
     * timeout (SQLTimeoutException), anything else is a connection-class failure.
     *
     * @param subject what was in flight, e.g. {@code "Insert request"}
     */
    static TransportException inDoubt(
            TransportException failure, String subject, ChannelTarget target) {
        String why =
                switch (failure.code()) {
                    case DEADLINE_EXCEEDED -> "no answer came before the deadline";
                    case CANCELLED -> "the call was cancelled (the connection was closed)";
                    default -> "the connection to the server was lost";
                };
        boolean commit = failure.method().orElse(null) == RpcMethod.COMMIT_TRANSACTION;
        String text =
                subject
                        + " to KalamDB server at "
                        + target
                        + " is in doubt: "
                        + why
                        + " after the request was sent, so "
                        + (commit
                                ? "the transaction may or may not have been committed"
                                : "the server may or may not have applied it")
                        + " ("
                        + failure.getMessage()
                        + "). Check the data (for example, read the rows back by primary key)"
                        + " before repeating it";
        FailureClass.Category category =
                failure.code() == RpcCode.DEADLINE_EXCEEDED
                        ? FailureClass.Category.TIMEOUT
                        : FailureClass.Category.CONNECTION;
        return new TransportException(
                failure.method().orElse(null),
                failure.code(),
                failure.serverMessage(),
                text,
                new FailureClass(
                        FailureClass.IN_DOUBT, category, failure.isConnectionLost(), false),
                failure.getCause());
    }

    private static String text(
            RpcMethod method,
            RpcCode code,
            String message,
            ChannelTarget target,
            CallBudget budget) {
        // Our own deadline: say how long we waited. A DEADLINE_EXCEEDED the server sent: its text.
        boolean ourDeadline = budget.deadline() != null && budget.deadline().isExpired();
        String how =
                ourDeadline
                        ? " after " + budget.timeoutMillis() + " ms"
                        : message.isEmpty() ? "" : ": " + message;
        return switch (code) {
            case DEADLINE_EXCEEDED ->
                    method == RpcMethod.OPEN_SESSION
                            ? "connection to KalamDB server at "
                                    + target
                                    + " timed out"
                                    + how
                                    + " – check that the server is running and that the port is its"
                                    + " RPC listener (default 9188)"
                            : "request "
                                    + method.wireName()
                                    + " to KalamDB server at "
                                    + target
                                    + " timed out"
                                    + how;
            case UNAVAILABLE ->
                    message.isEmpty()
                                    || message.toLowerCase(Locale.ROOT)
                                            .contains("connection refused")
                            ? notRunning(target)
                            : "KalamDB server at " + target + " is unavailable: " + message;
            case UNAUTHENTICATED ->
                    method.authenticates()
                            ? "authentication failed: "
                                    + message
                                    + " – check authMode, authHeader, or user and password"
                            : message;
            case PERMISSION_DENIED ->
                    method.authenticates() ? "permission denied: " + message : message;
            case UNIMPLEMENTED ->
                    "operation "
                            + method.wireName()
                            + " not supported by KalamDB server at "
                            + target
                            + (message.isEmpty() ? "" : ": " + message);
            default ->
                    message.isEmpty()
                            ? "KalamDB server at "
                                    + target
                                    + " failed "
                                    + method.wireName()
                                    + " with "
                                    + code
                            : message;
        };
    }

    private static String notRunning(ChannelTarget target) {
        if (target instanceof ChannelTarget.InProcess inProcess) {
            return "no in-process KalamDB server named '" + inProcess.name() + "' is running";
        }
        return "KalamDB server is not running or unreachable at "
                + target
                + " – check that the server is up and that host and port name its RPC listener"
                + " (default 9188), not the HTTP API port";
    }

    // Recognises failures to establish the connection from the cause chain grpc-netty attaches.
    private static String connectFailureText(StatusRuntimeException e, ChannelTarget target) {
        if (target instanceof ChannelTarget.InProcess inProcess
                && description(e).startsWith("Could not find server")) {
            return notRunning(inProcess);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectTimeoutException) {
                return "connection to KalamDB server at "
                        + target
                        + " timed out – check that the server is running and that the port is its"
                        + " RPC listener (default 9188)";
            }
            if (cause instanceof ConnectException) {
                return notRunning(target);
            }
            if (cause instanceof UnknownHostException
                    || cause instanceof UnresolvedAddressException) {
                String host =
                        target instanceof ChannelTarget.Network network
                                ? network.address().host()
                                : target.toString();
                return "KalamDB server host '"
                        + host
                        + "' could not be resolved – check the host name";
            }
            if (cause instanceof SSLException || cause instanceof CertificateException) {
                String host =
                        target instanceof ChannelTarget.Network network
                                ? network.address().host()
                                : target.toString();
                String detail = rootMessage(cause);
                String advice =
                        detail.contains("bad_certificate")
                                        || detail.contains("certificate_required")
                                ? "the server rejected the client certificate: check that"
                                      + " 'clientCert' and 'clientKey' are set and signed by a CA"
                                      + " the server trusts"
                                : "check that 'caCert' is the CA that signed the server"
                                      + " certificate, that the certificate names host '"
                                        + host
                                        + "', and that the server's RPC listener has TLS enabled";
                return "TLS handshake with KalamDB server at "
                        + target
                        + " failed: "
                        + detail
                        + " – "
                        + advice;
            }
        }
        return null;
    }

    private static boolean isInterruption(StatusRuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
