package org.kalamdb.jdbc.flyway;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.parser.Parser;
import org.flywaydb.core.internal.parser.ParserContext;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.parser.PeekingReader;
import org.flywaydb.core.internal.parser.Token;
import org.flywaydb.core.internal.parser.TokenType;

/**
 * Splits KalamDB migration scripts (the PostgreSQL dialect pg_kalam accepts) into statements.
 *
 * <p>Flyway's base parser already splits on {@code ;} outside parentheses and skips {@code --} and nested
 * {@code /* *}{@code /} comments, {@code '…'} strings (with {@code ''} escapes), {@code E'…'} strings and
 * {@code "…"} identifiers. This parser adds PostgreSQL dollar quoting ({@code $$…$$}, {@code $tag$…$tag$}), so a
 * {@code ;} inside a dollar-quoted literal does not end the statement. A {@code $} that does not open a dollar quote
 * (a {@code $1} parameter, say) is an ordinary symbol.
 */
final class KalamParser extends Parser {

    /** Longest dollar-quote tag looked for; PostgreSQL identifiers are at most 63 characters. */
    private static final int MAX_TAG_LENGTH = 66;

    private static final Pattern DOLLAR_QUOTE_OPENING = Pattern.compile("^\\$(?:[A-Za-z_][A-Za-z0-9_]*)?\\$");

    KalamParser(Configuration configuration, ParsingContext parsingContext) {
        super(configuration, parsingContext, 3);
    }

    @Override
    protected char getAlternativeStringLiteralQuote() {
        return '$';
    }

    @Override
    protected Token handleAlternativeStringLiteral(PeekingReader reader, ParserContext context, int pos, int line,
            int col) throws IOException {
        String ahead = reader.peek(MAX_TAG_LENGTH);
        Matcher opening = DOLLAR_QUOTE_OPENING.matcher(ahead == null ? "" : ahead);
        if (!opening.find()) {
            String symbol = String.valueOf((char) reader.read());
            return new Token(TokenType.SYMBOL, pos, line, col, symbol, symbol, context.getParensDepth());
        }
        String tag = opening.group();
        reader.swallow(tag.length());
        reader.swallowUntilExcluding(tag);
        reader.swallow(tag.length());
        return new Token(TokenType.STRING, pos, line, col, null, null, context.getParensDepth());
    }

    /**
     * No statement runs inside a transaction on KalamDB (see {@link KalamDatabase}); saying so per statement makes
     * Flyway label migrations {@code [non-transactional]}, which is what they are.
     */
    @Override
    protected Boolean detectCanExecuteInTransaction(String simplifiedStatement, List<Token> keywords) {
        return Boolean.FALSE;
    }
}
