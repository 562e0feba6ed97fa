package org.kalamdb.jdbc.types.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PlainJsonRendererTest {

    @Test
    void rendersScalars() {
        assertEquals("null", PlainJsonRenderer.render(null));
        assertEquals("true", PlainJsonRenderer.render(true));
        assertEquals("9223372036854775807", PlainJsonRenderer.render(Long.MAX_VALUE));
        assertEquals("18446744073709551615", PlainJsonRenderer.render(new BigInteger("18446744073709551615")));
        assertEquals("0.1", PlainJsonRenderer.render(0.1f));
        assertEquals("1.0E-7", PlainJsonRenderer.render(1e-7));
        assertEquals("null", PlainJsonRenderer.render(Double.NaN));
        assertEquals("null", PlainJsonRenderer.render(Float.NEGATIVE_INFINITY));
        assertEquals("1000", PlainJsonRenderer.render(new BigDecimal("1E+3")));
        assertEquals("123.45", PlainJsonRenderer.render(new BigDecimal("123.45")));
        assertEquals("\"a\\\"b\"", PlainJsonRenderer.render("a\"b"));
        assertEquals("\"\\\\x01ff\"", PlainJsonRenderer.render(new byte[] {1, -1}));
        assertEquals("\"0190f3a2-b4c5-7d8e-9f00-112233445566\"",
                PlainJsonRenderer.render(UUID.fromString("0190f3a2-b4c5-7d8e-9f00-112233445566")));
        assertEquals("\"2024-01-31\"", PlainJsonRenderer.render(LocalDate.of(2024, 1, 31)));
        assertEquals("\"2024-01-31 12:00:00.25\"", PlainJsonRenderer.render(LocalDateTime.parse("2024-01-31T12:00:00.25")));
        assertEquals("\"2024-01-31 12:00:00+00\"", PlainJsonRenderer.render(Instant.parse("2024-01-31T12:00:00Z")));
        assertEquals("\"2024-01-31 12:00:00-03:30\"",
                PlainJsonRenderer.render(OffsetDateTime.parse("2024-01-31T12:00:00-03:30")));
    }

    @Test
    void rendersContainers() {
        assertEquals("[0.1,0.2]", PlainJsonRenderer.render(new float[] {0.1f, 0.2f}));
        assertEquals("[1,null,\"x\"]", PlainJsonRenderer.render(Arrays.asList(1, null, "x")));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("z", 1);
        row.put("a", List.of());
        assertEquals("{\"z\":1,\"a\":[]}", PlainJsonRenderer.renderObject(row));
        assertEquals("{\"a\":[],\"z\":1}", PlainJsonRenderer.renderObject(new TreeMap<>(row)));
    }
}
