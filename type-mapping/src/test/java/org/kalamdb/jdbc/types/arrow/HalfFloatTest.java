package org.kalamdb.jdbc.types.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.arrow.memory.util.Float16;
import org.junit.jupiter.api.Test;

/** Every one of the 65536 half-precision values against Arrow's own Float16 (test-scoped oracle). */
class HalfFloatTest {

    @Test
    void decodesEveryHalfLikeArrow() {
        for (int bits = 0; bits <= 0xFFFF; bits++) {
            short half = (short) bits;
            float theirs = Float16.toFloat(half);
            float ours = HalfFloat.toFloat(half);
            if (Float.isNaN(theirs)) {
                assertTrue(Float.isNaN(ours), Integer.toHexString(bits));
            } else {
                assertEquals(Float.floatToIntBits(theirs), Float.floatToIntBits(ours), Integer.toHexString(bits));
            }
        }
    }

    @Test
    void encodingRoundTripsEveryHalf() {
        for (int bits = 0; bits <= 0xFFFF; bits++) {
            short half = (short) bits;
            float value = HalfFloat.toFloat(half);
            if (!Float.isNaN(value)) {
                assertEquals(half, HalfFloat.fromFloat(value), Integer.toHexString(bits));
            }
        }
    }

    @Test
    void roundsToNearestEvenLikeArrow() {
        float[] samples = {0.1f, 1.0009766f, 65519f, 65520f, 1e-8f, 3e-5f, -2.5e-6f, 70000f, 6.1e-5f};
        for (float f : samples) {
            assertEquals(Float16.toFloat16(f), HalfFloat.fromFloat(f), Float.toString(f));
        }
    }
}
