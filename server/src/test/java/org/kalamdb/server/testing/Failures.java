package org.kalamdb.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import org.junit.jupiter.api.function.Executable;

/** Asserts a call fails with an exact gRPC code and message text. */
public final class Failures {

    private Failures() {
    }

    public static StatusRuntimeException expect(Status.Code code, String message, Executable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
        assertEquals(code, e.getStatus().getCode(), () -> "status of: " + e.getStatus());
        if (message != null) {
            assertEquals(message, e.getStatus().getDescription());
        }
        return e;
    }

    public static StatusRuntimeException expect(Status.Code code, Executable call) {
        return expect(code, null, call);
    }
}
