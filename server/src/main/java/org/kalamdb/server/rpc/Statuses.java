package org.kalamdb.server.rpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import org.kalamdb.server.KalamError;

/** KalamError → gRPC status with the same code and the real server's message text. */
final class Statuses {

    private Statuses() {
    }

    static StatusRuntimeException of(KalamError error) {
        Status.Code code = Status.Code.valueOf(error.code().name());
        return Status.fromCode(code).withDescription(error.getMessage()).asRuntimeException();
    }
}
