package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.protobuf.ByteOutput;
import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.lite.ProtoLiteUtils;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.proto.PgServiceGrpc;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;

/** Result replies are parsed into views of one array: the IPC streams are not copied again. */
class ResultReplyParsingTest {

    private static final ScanRpcResponse REPLY = ScanRpcResponse.newBuilder()
            .addIpcBatches(ByteString.copyFrom(new byte[] {1, 2, 3, 4, 5}))
            .addIpcBatches(ByteString.copyFrom(new byte[] {9, 8, 7}))
            .build();

    private final ResultReplyParsing.AliasingMarshaller<ScanRpcResponse> marshaller =
            new ResultReplyParsing.AliasingMarshaller<>(
                    ProtoLiteUtils.marshaller(ScanRpcResponse.getDefaultInstance()), ScanRpcResponse.parser());

    @Test
    void everyIpcStreamIsASliceOfTheSameArray() {
        ScanRpcResponse parsed = marshaller.parse(new KnownLengthStream(REPLY.toByteArray()));

        assertEquals(REPLY, parsed);
        List<Slice> slices = new ArrayList<>();
        for (ByteString batch : parsed.getIpcBatchesList()) {
            slices.add(Slice.of(batch));
        }
        assertSame(slices.get(0).array(), slices.get(1).array());
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, slices.get(0).bytes());
        assertArrayEquals(new byte[] {9, 8, 7}, slices.get(1).bytes());
    }

    @Test
    void aStreamOfUnknownLengthIsReadWhole() {
        InputStream unknown = new FilterInputStream(new ByteArrayInputStream(REPLY.toByteArray())) {
        };
        assertEquals(REPLY, marshaller.parse(unknown));
    }

    @Test
    void aStreamLongerThanItsAnnouncedLengthIsReadWhole() throws IOException {
        byte[] wire = REPLY.toByteArray();
        InputStream understated = new KnownLengthStream(wire) {
            @Override
            public int available() {
                return 4;
            }
        };
        assertArrayEquals(wire, ResultReplyParsing.AliasingMarshaller.readFully(understated));
    }

    @Test
    void anEmptyReplyIsTheDefaultMessage() {
        assertEquals(ScanRpcResponse.getDefaultInstance(), marshaller.parse(new KnownLengthStream(new byte[0])));
    }

    @Test
    void garbageIsAnInternalError() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> marshaller.parse(new KnownLengthStream(new byte[] {(byte) 0x0a, (byte) 0xff})));
        assertEquals(Status.Code.INTERNAL, e.getStatus().getCode());
    }

    @Test
    void onlyTheResultMethodsAreReplaced() {
        MethodDescriptor<?, ?> scan = PgServiceGrpc.getScanMethod();
        MethodDescriptor<?, ?> ping = PgServiceGrpc.getPingMethod();
        List<MethodDescriptor<?, ?>> seen = new ArrayList<>();
        Channel recorder = new Channel() {
            @Override
            public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
                seen.add(method);
                return null;
            }

            @Override
            public String authority() {
                return "test";
            }
        };
        ResultReplyParsing.INSTANCE.interceptCall(scan, CallOptions.DEFAULT, recorder);
        ResultReplyParsing.INSTANCE.interceptCall(ping, CallOptions.DEFAULT, recorder);

        assertEquals(scan.getFullMethodName(), seen.get(0).getFullMethodName());
        assertEquals(ResultReplyParsing.AliasingMarshaller.class, seen.get(0).getResponseMarshaller().getClass());
        assertSame(ping, seen.get(1));
    }

    /** What gRPC hands a marshaller: a stream that knows its length. */
    private static class KnownLengthStream extends ByteArrayInputStream implements KnownLength {
        KnownLengthStream(byte[] bytes) {
            super(bytes);
        }
    }

    /** The array behind a ByteString, as the zero-copy hand-over sees it. */
    private record Slice(byte[] array, int offset, int length) {
        static Slice of(ByteString value) {
            Slice[] out = new Slice[1];
            try {
                UnsafeByteOperations.unsafeWriteTo(value, new ByteOutput() {
                    @Override
                    public void write(byte b) {
                        throw new AssertionError("copied");
                    }

                    @Override
                    public void write(byte[] v, int off, int len) {
                        throw new AssertionError("copied");
                    }

                    @Override
                    public void writeLazy(byte[] v, int off, int len) {
                        out[0] = new Slice(v, off, len);
                    }

                    @Override
                    public void write(ByteBuffer v) {
                        throw new AssertionError("copied");
                    }

                    @Override
                    public void writeLazy(ByteBuffer v) {
                        throw new AssertionError("not an array");
                    }
                });
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return out[0];
        }

        byte[] bytes() {
            return Arrays.copyOfRange(array, offset, offset + length);
        }
    }
}
