package org.kalamdb.jdbc.engine.rewrite;

/** The lexical classes of PostgreSQL-dialect SQL that the rewriter needs to tell apart. */
public enum TokenKind {
    /** An unquoted identifier or keyword. */
    WORD,
    /** A double-quoted identifier, quotes included. */
    QUOTED_IDENTIFIER,
    /** A string literal in standard form ({@code '...'} with doubled quotes), quotes included. */
    STRING,
    NUMBER,
    /** A bind parameter: {@code ?} or {@code $n}. */
    PARAMETER,
    OPERATOR,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COMMA,
    DOT,
    SEMICOLON,
    /** Whitespace or a comment. */
    SPACE
}
