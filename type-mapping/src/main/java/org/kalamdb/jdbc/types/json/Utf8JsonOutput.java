package org.kalamdb.jdbc.types.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON written straight to UTF-8 bytes, in one growable array meant to be reused from row to row.
 * Insert rows go to the wire as UTF-8: building them as text first would mean encoding every row
 * again (once to measure it against the request limit, once more to send it). Strings are escaped
 * exactly as {@link JsonText#appendString} escapes them, lone surrogates included (22021).
 */
public final class Utf8JsonOutput {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** The most bytes one UTF-16 char can become here: a {@code \\u00XX} escape. */
    private static final int MAX_BYTES_PER_CHAR = 6;

    private byte[] buffer;
    private int size;

    public Utf8JsonOutput() {
        this(256);
    }

    public Utf8JsonOutput(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    /** The number of bytes written since the last {@link #reset()}. */
    public int size() {
        return size;
    }

    /** Forgets what was written; the array is kept for the next row. */
    public void reset() {
        size = 0;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /** The bytes written, as text. */
    @Override
    public String toString() {
        return new String(buffer, 0, size, StandardCharsets.UTF_8);
    }

    /** Appends a fragment that is already UTF-8 JSON (a key, a constant). */
    public Utf8JsonOutput raw(byte[] fragment) {
        ensure(fragment.length);
        System.arraycopy(fragment, 0, buffer, size, fragment.length);
        size += fragment.length;
        return this;
    }

    /** Appends one ASCII character. */
    public Utf8JsonOutput ascii(char c) {
        ensure(1);
        buffer[size++] = (byte) c;
        return this;
    }

    /** Appends text known to be ASCII, such as the digits of a number ({@code Double.toString}). */
    public Utf8JsonOutput ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Appends the decimal digits of {@code value}, as {@code Long.toString} writes them. */
    public Utf8JsonOutput decimal(long value) {
        if (value == Long.MIN_VALUE) {
            return ascii(Long.toString(value)); // its magnitude has no positive long
        }
        long magnitude = Math.abs(value);
        int digits = digitCount(magnitude);
        int length = value < 0 ? digits + 1 : digits;
        ensure(length);
        int at = size + length;
        // two digits per division, from the right
        while (magnitude >= 100) {
            int pair = (int) (magnitude % 100);
            magnitude /= 100;
            buffer[--at] = (byte) ('0' + pair % 10);
            buffer[--at] = (byte) ('0' + pair / 10);
        }
        buffer[--at] = (byte) ('0' + (int) (magnitude % 10));
        if (magnitude >= 10) {
            buffer[--at] = (byte) ('0' + (int) (magnitude / 10));
        }
        if (value < 0) {
            buffer[--at] = '-';
        }
        size += length;
        return this;
    }

    private static int digitCount(long nonNegative) {
        int digits = 1;
        for (long bound = 10; digits < 19 && nonNegative >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    /** Appends {@code s} as a quoted JSON string (RFC 8259 escapes), encoded as UTF-8. */
    public Utf8JsonOutput string(CharSequence s) {
        int length = s.length();
        // Invariant: room for every remaining char as one byte, plus the closing quote.
        ensure(length + 2);
        byte[] b = buffer;
        int at = size;
        b[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                b[at++] = (byte) c;
                continue;
            }
            size = at;
            ensure(MAX_BYTES_PER_CHAR + (length - i) + 1);
            b = buffer;
            if (c < 0x80) {
                at = escape(b, at, c);
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    throw JsonText.loneSurrogate(i);
                }
                int codePoint = Character.toCodePoint(c, s.charAt(++i));
                b[at++] = (byte) (0xF0 | (codePoint >> 18));
                b[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                b[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (codePoint & 0x3F));
            } else if (Character.isLowSurrogate(c)) {
                throw JsonText.loneSurrogate(i);
            } else {
                b[at++] = (byte) (0xE0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        b[at++] = '"';
        size = at;
        return this;
    }

    /** The escape of an ASCII char that JSON does not allow as is: a quote, a backslash or a control char. */
    private static int escape(byte[] b, int at, char c) {
        b[at++] = '\\';
        switch (c) {
            case '"' -> b[at++] = '"';
            case '\\' -> b[at++] = '\\';
            case '\n' -> b[at++] = 'n';
            case '\r' -> b[at++] = 'r';
            case '\t' -> b[at++] = 't';
            case '\b' -> b[at++] = 'b';
            case '\f' -> b[at++] = 'f';
            default -> {
                b[at++] = 'u';
                b[at++] = '0';
                b[at++] = '0';
                b[at++] = HEX[c >> 4];
                b[at++] = HEX[c & 0xF];
            }
        }
        return at;
    }

    private void ensure(int more) {
        int needed = size + more;
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
        }
    }
}
