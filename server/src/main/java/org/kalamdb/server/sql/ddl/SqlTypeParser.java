package org.kalamdb.server.sql.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kalamdb.server.sql.lex.Token;
import org.kalamdb.server.sql.lex.TokenCursor;
import org.kalamdb.server.sql.lex.TokenKind;

/** Reads the syntax of a column type (what sqlparser's parse_data_type consumes); {@link TypeMapping} gives it meaning. */
public final class SqlTypeParser {

    private static final Set<String> INTEGER_WORDS = Set.of("INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT",
            "MEDIUMINT", "INT2", "INT4", "INT8");

    private SqlTypeParser() {
    }

    public static TypeSpec parse(TokenCursor cursor) {
        Token first = cursor.next();
        if (!first.isIdentifier()) {
            cursor.reset(cursor.position() - (first.isEof() ? 0 : 1));
            throw cursor.expected("a data type name");
        }
        List<String> words = new ArrayList<>();
        String base = first.kind() == TokenKind.WORD ? first.upper() : first.text().toLowerCase(Locale.ROOT);
        // A dotted custom type name (schema.type) is one custom name.
        while (cursor.peek().isSymbol(".") && cursor.peek(1).isIdentifier()) {
            cursor.next();
            base = base + "." + cursor.next().text();
        }
        words.add(base);
        switch (base) {
            case "DOUBLE" -> acceptWord(cursor, words, "PRECISION");
            case "CHARACTER", "CHAR" -> {
                if (!acceptWord(cursor, words, "VARYING") && cursor.peek().isWord("LARGE")) {
                    cursor.next();
                    cursor.expectWord("OBJECT");
                    words.add("LARGE");
                    words.add("OBJECT");
                }
            }
            case "BIT" -> acceptWord(cursor, words, "VARYING");
            default -> {
                // no multi-word spelling
            }
        }
        List<String> modifiers = new ArrayList<>();
        boolean hasParens = false;
        if (cursor.peek().isSymbol("(")) {
            hasParens = true;
            modifiers = parenthesised(cursor);
        } else if (cursor.peek().isSymbol("<")) {
            skipAngleBrackets(cursor);
        }
        if (INTEGER_WORDS.contains(base)) {
            acceptWord(cursor, words, "UNSIGNED");
        }
        if (base.equals("TIMESTAMP") || base.equals("TIME")) {
            if (cursor.acceptWords("WITH", "TIME", "ZONE")) {
                words.add("WITH TIME ZONE");
            } else if (cursor.acceptWords("WITHOUT", "TIME", "ZONE")) {
                words.add("WITHOUT TIME ZONE");
            }
        }
        boolean array = false;
        while (cursor.peek().isSymbol("[")) {
            cursor.next();
            while (!cursor.peek().isSymbol("]") && !cursor.atEnd()) {
                cursor.next();
            }
            cursor.expectSymbol("]");
            array = true;
        }
        return new TypeSpec(words, modifiers, array, hasParens);
    }

    private static boolean acceptWord(TokenCursor cursor, List<String> words, String word) {
        if (cursor.acceptWords(word)) {
            words.add(word);
            return true;
        }
        return false;
    }

    /** The comma-separated contents of a parenthesised modifier list, each as its raw text. */
    private static List<String> parenthesised(TokenCursor cursor) {
        cursor.expectSymbol("(");
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        while (true) {
            Token t = cursor.next();
            if (t.isEof()) {
                throw cursor.expected(")");
            }
            if (depth == 0 && t.isSymbol(")")) {
                if (current.length() > 0) {
                    out.add(current.toString());
                }
                return out;
            }
            if (depth == 0 && t.isSymbol(",")) {
                out.add(current.toString());
                current.setLength(0);
                continue;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            current.append(t.kind() == TokenKind.STRING ? t.raw() : t.text());
        }
    }

    private static void skipAngleBrackets(TokenCursor cursor) {
        int depth = 0;
        do {
            Token t = cursor.next();
            if (t.isEof()) {
                throw cursor.expected(">");
            }
            if (t.isSymbol("<")) {
                depth++;
            } else if (t.isSymbol(">")) {
                depth--;
            }
        } while (depth > 0);
    }
}
