package org.kalamdb.jdbc.types.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamdb.jdbc.types.ValueConversionException;

/** JSON straight to UTF-8: the same text as {@link JsonText}, as bytes. */
class Utf8JsonOutputTest {

    private static String quoted(String s) {
        return new Utf8JsonOutput(4).string(s).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "say \"hi\"\n\t\\ \u0001 😀",
        "é ß € 中文 𝄞 \u007f \u0080 \u07ff \u0800 \uffff", "\b\f\r\u001f/", "a😀b😀c"})
    void stringsAreTheUtf8OfJsonText(String s) {
        Utf8JsonOutput out = new Utf8JsonOutput(4);
        out.string(s);
        assertArrayEquals(JsonText.quote(s).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void everyCharOfTheBasicPlaneEncodesAsJsonTextDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            all.append(c);
        }
        for (char c = (char) (Character.MAX_SURROGATE + 1); c != 0; c++) {
            all.append(c);
        }
        assertEquals(JsonText.quote(all), quoted(all.toString()));
    }

    @Test
    void randomTextEncodesAsJsonTextDoes() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            while (s.length() < length) {
                int kind = random.nextInt(4);
                int codePoint = switch (kind) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x80 + random.nextInt(0x800 - 0x80);
                    case 2 -> 0x800 + random.nextInt(Character.MIN_SURROGATE - 0x800);
                    default -> 0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0x10000);
                };
                s.appendCodePoint(codePoint);
            }
            assertEquals(JsonText.quote(s), quoted(s.toString()), s::toString);
        }
    }

    @Test
    void aLoneSurrogateIsRefusedAsJsonTextRefusesIt() {
        for (String bad : new String[] {"x\uD800", "\uD800x", "ab\uDC00", "\uDBFF\uDBFF"}) {
            ValueConversionException expected = assertThrows(ValueConversionException.class, () -> JsonText.quote(bad));
            ValueConversionException e = assertThrows(ValueConversionException.class, () -> quoted(bad));
            assertEquals("22021", e.sqlState());
            assertEquals(expected.getMessage(), e.getMessage());
        }
    }

    @Test
    void decimalsAreWhatLongToStringWrites() {
        long[] values = {0, 1, -1, 9, 10, 99, 100, 101, -100, 12_345, 1_000_000, Integer.MAX_VALUE,
            Integer.MIN_VALUE, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MIN_VALUE + 1};
        Utf8JsonOutput out = new Utf8JsonOutput(1);
        StringBuilder expected = new StringBuilder();
        for (long v : values) {
            out.decimal(v).ascii(',');
            expected.append(v).append(',');
        }
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            out.decimal(v).ascii(',');
            expected.append(v).append(',');
        }
        assertEquals(expected.toString(), out.toString());
    }

    @Test
    void resetKeepsNothingOfThePreviousRow() {
        Utf8JsonOutput out = new Utf8JsonOutput(2);
        out.ascii('{').raw("\"a\":".getBytes(StandardCharsets.UTF_8)).decimal(12).ascii('}');
        assertEquals("{\"a\":12}", out.toString());
        assertEquals(8, out.size());
        out.reset();
        out.ascii("[1.5]");
        assertEquals("[1.5]", out.toString());
        assertArrayEquals("[1.5]".getBytes(StandardCharsets.US_ASCII), out.toByteArray());
    }
}
