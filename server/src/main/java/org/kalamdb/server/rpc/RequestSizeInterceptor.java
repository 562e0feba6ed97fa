package org.kalamdb.server.rpc;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

import com.google.protobuf.MessageLite;

/**
 * The real server's request limit (tonic's default decode limit, protocol.md 1.2): a request
 * larger than the limit fails OUT_OF_RANGE {@code Error, decoded message length too large: found
 * <n> bytes, the limit is: <limit> bytes}. grpc-java would answer RESOURCE_EXHAUSTED with its own
 * text, so the transport limit is set higher and the check happens here, before the handler runs.
 */
public final class RequestSizeInterceptor implements ServerInterceptor {

    private final int limitBytes;

    public RequestSizeInterceptor(int limitBytes) {
        this.limitBytes = limitBytes;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        ServerCall.Listener<Q> delegate = next.startCall(call, headers);
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
            private boolean rejected;

            @Override
            public void onMessage(Q message) {
                if (message instanceof MessageLite m && m.getSerializedSize() > limitBytes) {
                    rejected = true;
                    call.close(Status.OUT_OF_RANGE.withDescription("Error, decoded message length too large: found "
                            + m.getSerializedSize() + " bytes, the limit is: " + limitBytes + " bytes"), new Metadata());
                    return;
                }
                super.onMessage(message);
            }

            @Override
            public void onHalfClose() {
                if (!rejected) {
                    super.onHalfClose();
                }
            }

            @Override
            public void onReady() {
                if (!rejected) {
                    super.onReady();
                }
            }
        };
    }
}
