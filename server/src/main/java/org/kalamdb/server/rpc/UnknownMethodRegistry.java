package org.kalamdb.server.rpc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.grpc.HandlerRegistry;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.Status;

/**
 * Unknown methods and services: UNIMPLEMENTED with no {@code grpc-message}, as tonic's router
 * answers (protocol.md 1.2). grpc-java's own fallback would add "Method not found: ...".
 */
public final class UnknownMethodRegistry extends HandlerRegistry {

    private static final MethodDescriptor.Marshaller<InputStream> DISCARD = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(InputStream value) {
            return value;
        }

        @Override
        public InputStream parse(InputStream stream) {
            try {
                stream.transferTo(OutputStreamSink.INSTANCE);
            } catch (IOException e) {
                // The call is refused anyway; an unreadable body changes nothing.
            }
            return new ByteArrayInputStream(new byte[0]);
        }
    };

    @Override
    public ServerMethodDefinition<?, ?> lookupMethod(String methodName, String authority) {
        MethodDescriptor<InputStream, InputStream> method = MethodDescriptor.<InputStream, InputStream>newBuilder()
                .setType(MethodDescriptor.MethodType.UNKNOWN)
                .setFullMethodName(methodName)
                .setRequestMarshaller(DISCARD)
                .setResponseMarshaller(DISCARD)
                .build();
        ServerCallHandler<InputStream, InputStream> handler = new ServerCallHandler<>() {
            @Override
            public ServerCall.Listener<InputStream> startCall(ServerCall<InputStream, InputStream> call, Metadata headers) {
                call.close(Status.UNIMPLEMENTED, new Metadata());
                return new ServerCall.Listener<>() {
                };
            }
        };
        return ServerMethodDefinition.create(method, handler);
    }

    /** Discards bytes. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
