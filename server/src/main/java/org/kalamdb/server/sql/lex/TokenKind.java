package org.kalamdb.server.sql.lex;

/** The lexical classes the KalamDB statement parsers distinguish. */
public enum TokenKind {
    /** An unquoted word: keyword or identifier. */
    WORD,
    /** A "double-quoted" or `backquoted` identifier; {@link Token#text()} is the unquoted content. */
    QUOTED_IDENT,
    /** A 'single-quoted' string; {@link Token#text()} is the content with '' unescaped. */
    STRING,
    NUMBER,
    /** Punctuation and operators: ( ) , ; . = < > <= >= <> != + - * / % || :: -> ->> etc. */
    SYMBOL,
    EOF
}
