package org.kalamdb.jdbc.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import com.google.protobuf.UnsafeByteOperations;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import org.kalamdb.jdbc.transport.proto.ExecuteQueryRpcResponse;
import org.kalamdb.jdbc.transport.proto.PgServiceGrpc;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;

/**
 * Parses the replies that carry Arrow IPC streams (Scan, ExecuteQuery) so that their {@code bytes}
 * fields are views of one buffer instead of copies.
 *
 * <p>gRPC's own protobuf marshaller parses a reply larger than 4 MiB from a stream, copying every
 * {@code bytes} field into an array of its own, after which the driver would copy it once more.
 * A full-table reply is tens of megabytes, so that costs two extra copies of the whole result. Here
 * the reply is read once into an array of exactly its size (an in-process reply is serialised
 * straight into it) and parsed with aliasing, which makes each IPC stream a slice of that array;
 * {@link ProtoMapping} then hands the slices to the Arrow reader without copying again. The array
 * is never written after parsing, which is what makes the aliasing safe.
 */
final class ResultReplyParsing implements ClientInterceptor {

    static final ResultReplyParsing INSTANCE = new ResultReplyParsing();

    private static final MethodDescriptor<?, ?> SCAN = aliasing(PgServiceGrpc.getScanMethod(),
            ScanRpcResponse.parser());
    private static final MethodDescriptor<?, ?> EXECUTE_QUERY = aliasing(PgServiceGrpc.getExecuteQueryMethod(),
            ExecuteQueryRpcResponse.parser());

    private ResultReplyParsing() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
            MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
        MethodDescriptor<ReqT, RespT> replacement = method;
        if (method.getFullMethodName().equals(SCAN.getFullMethodName())) {
            replacement = (MethodDescriptor<ReqT, RespT>) SCAN;
        } else if (method.getFullMethodName().equals(EXECUTE_QUERY.getFullMethodName())) {
            replacement = (MethodDescriptor<ReqT, RespT>) EXECUTE_QUERY;
        }
        return next.newCall(replacement, callOptions);
    }

    private static <ReqT, RespT extends MessageLite> MethodDescriptor<ReqT, RespT> aliasing(
            MethodDescriptor<ReqT, RespT> method, Parser<RespT> parser) {
        return method.toBuilder(method.getRequestMarshaller(),
                new AliasingMarshaller<>(method.getResponseMarshaller(), parser)).build();
    }

    /** Serialises like gRPC's marshaller (only a server would); parses into views of one array. */
    static final class AliasingMarshaller<T extends MessageLite> implements MethodDescriptor.Marshaller<T> {

        private final MethodDescriptor.Marshaller<T> serializing;
        private final Parser<T> parser;

        AliasingMarshaller(MethodDescriptor.Marshaller<T> serializing, Parser<T> parser) {
            this.serializing = serializing;
            this.parser = parser;
        }

        @Override
        public InputStream stream(T value) {
            return serializing.stream(value);
        }

        @Override
        public T parse(InputStream stream) {
            try {
                byte[] message = readFully(stream);
                // Protobuf aliases only a buffer it was told is immutable, which a wrapped ByteString is.
                CodedInputStream input = UnsafeByteOperations.unsafeWrap(message).newCodedInput();
                input.enableAliasing(true);
                // The channel's maxInboundMessageSize has already bounded the message.
                input.setSizeLimit(Integer.MAX_VALUE);
                return parser.parseFrom(input);
            } catch (InvalidProtocolBufferException e) {
                throw Status.INTERNAL.withDescription("Invalid protobuf byte sequence").withCause(e)
                        .asRuntimeException();
            } catch (IOException e) {
                throw Status.INTERNAL.withDescription("Could not read the reply message").withCause(e)
                        .asRuntimeException();
            }
        }

        /** The whole message in an array of exactly its length (one copy when the length is known). */
        static byte[] readFully(InputStream stream) throws IOException {
            if (!(stream instanceof KnownLength)) {
                return stream.readAllBytes();
            }
            int size = stream.available();
            byte[] message = new byte[size];
            int filled = 0;
            while (filled < size) {
                int n = stream.read(message, filled, size - filled);
                if (n < 0) {
                    return Arrays.copyOf(message, filled);
                }
                filled += n;
            }
            byte[] rest = stream.readAllBytes();
            if (rest.length == 0) {
                return message;
            }
            // available() promised less than the stream held: keep it correct, if not copy-free.
            byte[] all = Arrays.copyOf(message, size + rest.length);
            System.arraycopy(rest, 0, all, size, rest.length);
            return all;
        }
    }
}
