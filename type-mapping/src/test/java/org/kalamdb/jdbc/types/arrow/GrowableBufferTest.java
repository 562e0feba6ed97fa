package org.kalamdb.jdbc.types.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GrowableBufferTest {

    @Test
    @DisplayName("a buffer sized exactly hands over its own array")
    void exactSizeNeedsNoCopy() {
        GrowableBuffer exact = new GrowableBuffer(16);
        exact.putLong(1);
        exact.putLong(2);
        assertSame(exact.array(), exact.toArray());
        GrowableBuffer slack = new GrowableBuffer(16);
        slack.putLong(3);
        assertEquals(8, slack.toArray().length);
    }

    @Test
    @DisplayName("unscaled decimals wider than a long: little-endian two's complement, sign-extended")
    void wideUnscaledValues() {
        BigInteger[] values = {BigInteger.ONE.shiftLeft(64), BigInteger.ONE.shiftLeft(64).negate(),
            new BigInteger("99999999999999999999999999999999999999"), new BigInteger("-99999999999999999999999999999999999999"),
            BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE), BigInteger.valueOf(-5), BigInteger.valueOf(42)};
        for (int width : new int[] {16, 32}) {
            for (BigInteger v : values) {
                GrowableBuffer out = new GrowableBuffer(width);
                BuilderValues.putUnscaled(out, v, width);
                assertArrayEquals(littleEndian(v, width), out.toArray(), v + " in " + width + " bytes");
            }
        }
    }

    /** The reference: BigInteger's big-endian bytes reversed and sign-filled. */
    private static byte[] littleEndian(BigInteger v, int width) {
        byte[] be = v.toByteArray();
        byte[] out = new byte[width];
        for (int i = 0; i < width; i++) {
            int from = be.length - 1 - i;
            out[i] = from >= 0 ? be[from] : (byte) (v.signum() < 0 ? -1 : 0);
        }
        return out;
    }
}
