package org.kalamdb.jdbc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultValueParserTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(null, null),
                Arguments.of("", null),
                Arguments.of("None", null),
                Arguments.of("Null", new ColumnDefaultValue.Literal(null)),
                Arguments.of("String(\"pending\")", new ColumnDefaultValue.Literal("pending")),
                Arguments.of("String(\"say \\\"hi\\\"\\n\")", new ColumnDefaultValue.Literal("say \"hi\"\n")),
                Arguments.of("Bool(false)", new ColumnDefaultValue.Literal(false)),
                Arguments.of("Number(42)", new ColumnDefaultValue.Literal(42L)),
                Arguments.of("Number(1.5)", new ColumnDefaultValue.Literal(new BigDecimal("1.5"))),
                Arguments.of("SNOWFLAKE_ID()", new ColumnDefaultValue.Function("SNOWFLAKE_ID")),
                Arguments.of("now()", new ColumnDefaultValue.Function("NOW")),
                Arguments.of("CURRENT_TIMESTAMP()", new ColumnDefaultValue.Function("NOW")),
                Arguments.of("FunctionCall { name: \"UUID_V7\", args: [] }", new ColumnDefaultValue.Function("UUID_V7")),
                Arguments.of("Literal(String(\"x\"))", new ColumnDefaultValue.Literal("x")),
                Arguments.of("'it''s'", new ColumnDefaultValue.Literal("it's")),
                Arguments.of("TRUE", new ColumnDefaultValue.Literal(true)),
                Arguments.of("7", new ColumnDefaultValue.Literal(7L)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void parsesTheServersDebugForm(String text, ColumnDefaultValue expected) {
        assertEquals(expected, DefaultValueParser.parse(text));
    }
}
