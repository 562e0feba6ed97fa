package org.kalamdb.jdbc.types.arrow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Little-endian reads and writes on heap byte arrays. Byte-array view VarHandles are part of the
 * public JDK API and need no {@code --add-opens}, unlike Arrow Java's allocators (design.md D2).
 */
final class LittleEndian {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {
    }

    static short getShort(byte[] a, int index) {
        return (short) SHORT.get(a, index);
    }

    static int getInt(byte[] a, int index) {
        return (int) INT.get(a, index);
    }

    static long getLong(byte[] a, int index) {
        return (long) LONG.get(a, index);
    }

    static float getFloat(byte[] a, int index) {
        return (float) FLOAT.get(a, index);
    }

    static double getDouble(byte[] a, int index) {
        return (double) DOUBLE.get(a, index);
    }

    static void putShort(byte[] a, int index, short v) {
        SHORT.set(a, index, v);
    }

    static void putInt(byte[] a, int index, int v) {
        INT.set(a, index, v);
    }

    static void putLong(byte[] a, int index, long v) {
        LONG.set(a, index, v);
    }

    static void putFloat(byte[] a, int index, float v) {
        FLOAT.set(a, index, v);
    }

    static void putDouble(byte[] a, int index, double v) {
        DOUBLE.set(a, index, v);
    }
}
