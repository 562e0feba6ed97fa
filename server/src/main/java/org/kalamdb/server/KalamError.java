package org.kalamdb.server;

/**
 * A failure the server reports to its caller: a gRPC status code and the exact message text the
 * real server would send (protocol.md, server.md). The RPC layer turns it into a gRPC Status.
 */
public class KalamError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The gRPC canonical codes the server uses. */
    public enum Code {
        CANCELLED, UNKNOWN, INVALID_ARGUMENT, DEADLINE_EXCEEDED, NOT_FOUND, ALREADY_EXISTS,
        PERMISSION_DENIED, FAILED_PRECONDITION, OUT_OF_RANGE, UNIMPLEMENTED, INTERNAL, UNAVAILABLE,
        UNAUTHENTICATED
    }

    private final Code code;

    public KalamError(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }

    public static KalamError invalidArgument(String message) {
        return new KalamError(Code.INVALID_ARGUMENT, message);
    }

    public static KalamError internal(String message) {
        return new KalamError(Code.INTERNAL, message);
    }

    public static KalamError notFound(String message) {
        return new KalamError(Code.NOT_FOUND, message);
    }

    public static KalamError failedPrecondition(String message) {
        return new KalamError(Code.FAILED_PRECONDITION, message);
    }

    public static KalamError permissionDenied(String message) {
        return new KalamError(Code.PERMISSION_DENIED, message);
    }

    public static KalamError unauthenticated(String message) {
        return new KalamError(Code.UNAUTHENTICATED, message);
    }
}
