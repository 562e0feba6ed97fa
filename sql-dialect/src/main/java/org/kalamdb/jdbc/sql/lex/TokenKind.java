package org.kalamdb.jdbc.sql.lex;

/** What a {@link Token} is. Whitespace and comments produce no tokens. */
public enum TokenKind {
    /** Unquoted name or keyword; {@link Token#value()} is folded to lower case as PostgreSQL folds it. */
    IDENTIFIER,
    /** {@code "..."}; {@link Token#value()} keeps its case, with {@code ""} unescaped. */
    QUOTED_IDENTIFIER,
    /**
     * A character string: {@code '...'}, {@code E'...'}, {@code N'...'} or {@code $tag$...$tag$};
     * {@link Token#value()} is the decoded content.
     */
    STRING,
    /** {@code B'0101'} or {@code X'1F'}; {@link Token#value()} is the text between the quotes. */
    BIT_STRING,
    /** A numeric constant such as {@code 42}, {@code 1.5}, {@code .5e-3}. */
    NUMBER,
    /** {@code $1}, {@code $2}, ...; {@link Token#value()} is the number. */
    POSITIONAL_PARAMETER,
    /** A {@code ?} that is a JDBC bind placeholder. */
    BIND_MARKER,
    /**
     * An operator. {@link Token#value()} is the operator as PostgreSQL sees it: a JSON {@code ?}
     * written {@code ?} after an operand and before a string literal, or the escaped {@code ??}
     * (value {@code ?}).
     */
    OPERATOR,
    /** One of {@code ( ) [ ] , ; . :: :}. */
    PUNCTUATION
}
