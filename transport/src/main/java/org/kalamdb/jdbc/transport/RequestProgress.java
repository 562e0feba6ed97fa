package org.kalamdb.jdbc.transport;

import java.util.concurrent.atomic.AtomicBoolean;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientStreamTracer;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * How far one attempt of an RPC got, as seen by gRPC's stream tracer: whether the request message
 * was handed to a transport (it may have reached the server) and whether the server's final status
 * arrived. A failure of a request that was never handed over is safe to repeat; a failure of one
 * that was handed over and whose answer this client did not get leaves its outcome unknown.
 *
 * <p>One instance per attempt; install it with {@code stub.withInterceptors(progress)}. Both flags
 * only ever go from false to true, and the tracer sets them before the call's outcome is delivered
 * to the caller.
 */
final class RequestProgress implements ClientInterceptor {

    private final AtomicBoolean requestSent = new AtomicBoolean();
    private final AtomicBoolean answered = new AtomicBoolean();
    private final ClientStreamTracer.Factory tracers =
            new ClientStreamTracer.Factory() {
                @Override
                public ClientStreamTracer newClientStreamTracer(
                        ClientStreamTracer.StreamInfo info, Metadata headers) {
                    return new Tracer();
                }
            };

    /** The request message went to a transport (framed for the wire): the server may have it. */
    boolean requestSent() {
        return requestSent.get();
    }

    /**
     * The server's status (trailers) arrived. The outcome is what the server said, unless the
     * client's own deadline or cancellation ended the call first and so replaced that status.
     */
    boolean answered() {
        return answered.get();
    }

    @Override
    public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
            MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
        return next.newCall(method, callOptions.withStreamTracerFactory(tracers));
    }

    // One tracer per stream: gRPC's own transparent retries make several streams of one attempt,
    // and any of them having sent the message counts.
    private final class Tracer extends ClientStreamTracer {
        @Override
        public void outboundMessage(int seqNo) {
            requestSent.set(true);
        }

        @Override
        public void inboundTrailers(Metadata trailers) {
            answered.set(true);
        }
    }
}
