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

/**
 * Records the SQL text of every ExecuteSql and ExecuteQuery request exactly as it arrived, so a
 * test can see what the driver sent (kalam_exec's decoded argument, metadata queries).
 */
final class SqlRecorder implements ServerInterceptor {

    private final List<String> texts = new CopyOnWriteArrayList<>();

    List<String> texts() {
        return List.copyOf(texts);
    }

    void clear() {
        texts.clear();
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String method = call.getMethodDescriptor().getBareMethodName();
        ServerCall.Listener<Q> listener = next.startCall(call, headers);
        if (!"ExecuteSql".equals(method) && !"ExecuteQuery".equals(method)) {
            return listener;
        }
        return new SimpleForwardingServerCallListener<>(listener) {
            @Override
            public void onMessage(Q message) {
                if (message instanceof Message m) {
                    FieldDescriptor sql = m.getDescriptorForType().findFieldByName("sql");
                    texts.add(String.valueOf(m.getField(sql)));
                }
                super.onMessage(message);
            }
        };
    }
}
