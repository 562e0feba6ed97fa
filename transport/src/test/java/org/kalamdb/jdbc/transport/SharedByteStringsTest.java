package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;

/** A reply's IPC bytes are the message's own array where protobuf has one, a copy otherwise. */
class SharedByteStringsTest {

    private static final byte[] BYTES = {1, 2, 3, 4, 5, 6, 7, 8};

    @Test
    void aByteStringOnOneArraySharesIt() {
        IpcBytes whole = SharedByteStrings.of(UnsafeByteOperations.unsafeWrap(BYTES));
        assertSame(BYTES, whole.array());
        assertEquals(0, whole.offset());
        assertEquals(8, whole.length());

        IpcBytes part = SharedByteStrings.of(UnsafeByteOperations.unsafeWrap(BYTES, 2, 3));
        assertSame(BYTES, part.array());
        assertEquals(2, part.offset());
        assertArrayEquals(new byte[] {3, 4, 5}, part.toByteArray());
    }

    @Test
    void aParsedReplySharesTheArraysProtobufMade() throws Exception {
        byte[] wire = ScanRpcResponse.newBuilder().addIpcBatches(ByteString.copyFrom(BYTES))
                .addIpcBatches(ByteString.EMPTY).build().toByteArray();
        ScanRpcResponse parsed = ScanRpcResponse.parseFrom(wire);
        ScanResult result = ProtoMapping.scanResult(parsed);
        assertArrayEquals(BYTES, result.ipcBatches().get(0).toByteArray());
        assertEquals(0, result.ipcBatches().get(1).length());
    }

    @Test
    void piecesAndDirectBuffersAreCopied() {
        ByteString rope = ByteString.copyFrom(BYTES, 0, 4).concat(ByteString.copyFrom(BYTES, 4, 4));
        IpcBytes joined = SharedByteStrings.of(rope);
        assertNotSame(BYTES, joined.array());
        assertArrayEquals(BYTES, joined.toByteArray());

        ByteBuffer direct = ByteBuffer.allocateDirect(BYTES.length).put(BYTES).flip();
        IpcBytes copied = SharedByteStrings.of(UnsafeByteOperations.unsafeWrap(direct));
        assertArrayEquals(BYTES, copied.toByteArray());
    }

    @Test
    void anEmptyStringIsEmpty() {
        assertSame(IpcBytes.EMPTY, SharedByteStrings.of(ByteString.EMPTY));
        assertEquals(IpcBytes.of(new byte[] {9, 1, 2}), new IpcBytes(new byte[] {0, 1, 2, 9, 1, 2}, 3, 3));
    }
}
