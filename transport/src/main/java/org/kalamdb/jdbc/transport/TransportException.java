package org.kalamdb.jdbc.transport;

import java.util.Objects;
import java.util.Optional;

/**
 * The one failure of this module: an RPC failed, the server could not be reached, or the
 * configuration is invalid. Carries the gRPC code as {@link RpcCode}, the status message exactly as
 * received ({@link #serverMessage()}), and its {@link FailureClass} (SQLState, category, whether
 * the connection or the transaction is gone). The driver turns it into an SQLException.
 *
 * <p>{@link #getMessage()} is a readable text: the server's message unchanged for server errors, or
 * a text naming the server address and what to check for connection, TLS and timeout failures.
 * Never contains credentials.
 */
public final class TransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RpcMethod method;
    private final RpcCode code;
    private final String serverMessage;
    private final FailureClass classification;

    TransportException(
            RpcMethod method,
            RpcCode code,
            String serverMessage,
            String message,
            FailureClass classification,
            Throwable cause) {
        super(message, cause);
        this.method = method;
        this.code = Objects.requireNonNull(code, "code");
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.classification = Objects.requireNonNull(classification, "classification");
    }

    /** A connection property with an invalid value: SQLState 22023, nothing sent. */
    static TransportException invalidConfiguration(String message) {
        return new TransportException(
                null,
                RpcCode.INVALID_ARGUMENT,
                "",
                message,
                FailureClass.of("22023", FailureClass.Category.INVALID_CONFIGURATION),
                null);
    }

    /** A server address gRPC cannot connect to (e.g. an invalid host name): 08001, nothing sent. */
    static TransportException invalidAddress(
            ChannelTarget.Network target, IllegalArgumentException e) {
        return new TransportException(
                RpcMethod.OPEN_SESSION,
                RpcCode.INVALID_ARGUMENT,
                "",
                "cannot connect to KalamDB server at '"
                        + target
                        + "': not a valid host name or address ("
                        + e.getMessage()
                        + ") – check the host in the URL",
                FailureClass.connection("08001"),
                e);
    }

    /** The RPC that failed; empty for configuration errors detected before any RPC. */
    public Optional<RpcMethod> method() {
        return Optional.ofNullable(method);
    }

    /** The gRPC status code. */
    public RpcCode code() {
        return code;
    }

    /**
     * The status message exactly as the server sent it, or as the gRPC stack produced it for a
     * failure that never reached the server; empty when there was none.
     */
    public String serverMessage() {
        return serverMessage;
    }

    public FailureClass classification() {
        return classification;
    }

    public String sqlState() {
        return classification.sqlState();
    }

    /** The server has already rolled the session's transaction back (protocol.md 7.7). */
    public boolean isTerminalTransactionError() {
        return classification.terminalTransactionError();
    }

    /**
     * The request may or may not have been carried out: it reached the transport, and then the link
     * failed, the deadline passed or (for a COMMIT) the call was cancelled before the server's
     * answer arrived. SQLState 08007, transaction resolution unknown.
     */
    public boolean isInDoubt() {
        return FailureClass.IN_DOUBT.equals(classification.sqlState());
    }

    /** The session cannot be used any more. */
    public boolean isConnectionLost() {
        return classification.connectionLost();
    }
}
