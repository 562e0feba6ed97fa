package org.kalamdb.jdbc.conformance.fuzz;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Stands in for the real server's crash (protocol.md 4.3, 11.16): its data RPCs PANIC when
 * {@code namespace}, {@code table_name} or {@code user_id} contain {@code ..}, {@code /},
 * {@code \} or NUL. The Java server answers INVALID_ARGUMENT instead, which would hide a driver
 * that sends such values; this interceptor records every request that would have crashed the real
 * server (and fails it as a crash would), so tests can require that there are none.
 */
final class PanicMonitor implements ServerInterceptor {

    private static final List<String> FIELDS = List.of("namespace", "table_name", "user_id");

    private final List<String> violations = new CopyOnWriteArrayList<>();

    /** Requests that would have crashed the real server: {@code Method field='value'}. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    /** Forgets what was recorded (between tests sharing one server). */
    void clear() {
        violations.clear();
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String method = call.getMethodDescriptor().getBareMethodName();
        return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
            private boolean crashed;

            @Override
            public void onMessage(Q message) {
                String bad = message instanceof Message m ? forbiddenField(m) : null;
                if (bad != null) {
                    violations.add(method + " " + bad);
                    crashed = true;
                    call.close(Status.INTERNAL.withDescription("request handler panicked (" + bad + ")"),
                            new Metadata());
                    return;
                }
                super.onMessage(message);
            }

            @Override
            public void onHalfClose() {
                if (!crashed) {
                    super.onHalfClose();
                }
            }
        };
    }

    private static String forbiddenField(Message m) {
        for (String name : FIELDS) {
            FieldDescriptor field = m.getDescriptorForType().findFieldByName(name);
            if (field == null || (field.hasPresence() && !m.hasField(field))) {
                continue;
            }
            String value = String.valueOf(m.getField(field));
            if (isForbidden(value)) {
                return name + "='" + value.replace("\0", "\\0") + "'";
            }
        }
        return null;
    }

    /** The real server's panic condition for identifiers and user ids. */
    static boolean isForbidden(String value) {
        return value.contains("..") || value.indexOf('/') >= 0 || value.indexOf('\\') >= 0 || value.indexOf('\0') >= 0;
    }
}
