package org.kalamdb.jdbc.types.arrow;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Decoded schemas by the bytes of their IPC message, so that the schema every reply (and every
 * stream of a reply) repeats is decoded once: the same bytes always decode to the same schema.
 * A few recent schemas are kept, the oldest replaced first; a miss decodes the message as usual.
 * Safe for concurrent use: a lost update only costs a decode.
 */
final class SchemaMessages {

    private static final int SLOTS = 32;
    /** Larger messages are decoded every time instead of copied into the cache. */
    private static final int MAX_MESSAGE_BYTES = 64 * 1024;

    private static final AtomicReferenceArray<Entry> ENTRIES = new AtomicReferenceArray<>(SLOTS);
    private static int nextSlot;

    private record Entry(byte[] message, Schema schema) {
    }

    private SchemaMessages() {
    }

    /**
     * The schema of the message at {@code bytes[offset, offset + length)}: a cached one when those
     * bytes were decoded before, else {@code fb} decoded.
     */
    static Schema decode(byte[] bytes, int offset, int length, org.apache.arrow.flatbuf.Schema fb) {
        for (int i = 0; i < SLOTS; i++) {
            Entry e = ENTRIES.get(i);
            if (e != null && e.message.length == length
                    && Arrays.equals(e.message, 0, length, bytes, offset, offset + length)) {
                return e.schema;
            }
        }
        Schema schema = SchemaCodec.decode(fb);
        if (length <= MAX_MESSAGE_BYTES) {
            int slot = Math.floorMod(nextSlot++, SLOTS);
            ENTRIES.set(slot, new Entry(Arrays.copyOfRange(bytes, offset, offset + length), schema));
        }
        return schema;
    }
}
