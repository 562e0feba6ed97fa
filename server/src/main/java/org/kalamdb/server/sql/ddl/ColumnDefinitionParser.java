package org.kalamdb.server.sql.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kalamdb.server.sql.lex.Token;
import org.kalamdb.server.sql.lex.TokenCursor;
import org.kalamdb.server.sql.lex.TokenKind;

/**
 * Reads {@code name type [options...]} (sqlparser's column definition for the PostgreSQL dialect).
 * Stops before the first token that starts no option; the caller checks what may follow.
 */
public final class ColumnDefinitionParser {

    /** Words that end a DEFAULT expression (they start the next column option). */
    private static final Set<String> OPTION_STARTS = Set.of("NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK",
            "REFERENCES", "CONSTRAINT", "GENERATED", "COMMENT", "COLLATE", "DEFAULT");

    private ColumnDefinitionParser() {
    }

    public static ColumnSyntax parse(TokenCursor cursor) {
        Token name = cursor.next();
        if (!name.isIdentifier()) {
            cursor.reset(cursor.position() - (name.isEof() ? 0 : 1));
            throw cursor.expected("column name or constraint definition");
        }
        TypeSpec type = SqlTypeParser.parse(cursor);
        List<ColumnSyntax.Option> options = new ArrayList<>();
        while (parseOption(cursor, options)) {
            // each call consumed one option
        }
        return new ColumnSyntax(name, type, options);
    }

    /**
     * Reads one column option into {@code out} (nothing for the ones KalamDB ignores: UNIQUE,
     * CHECK, REFERENCES, COLLATE, generated columns). False when no option starts here.
     */
    private static boolean parseOption(TokenCursor cursor, List<ColumnSyntax.Option> out) {
        if (cursor.acceptWords("CONSTRAINT")) {
            Token constraintName = cursor.next();
            if (!constraintName.isIdentifier()) {
                throw cursor.expected("constraint name");
            }
            if (!parseOption(cursor, out)) {
                throw cursor.expected("constraint details after CONSTRAINT <name>");
            }
            return true;
        }
        if (cursor.acceptWords("NOT", "NULL")) {
            out.add(new ColumnSyntax.NotNull());
        } else if (cursor.acceptWords("NULL")) {
            out.add(new ColumnSyntax.Nullable());
        } else if (cursor.acceptWords("PRIMARY", "KEY")) {
            if (!cursor.acceptWords("ASC")) {
                cursor.acceptWords("DESC");
            }
            out.add(new ColumnSyntax.PrimaryKey());
        } else if (cursor.acceptWords("UNIQUE")) {
            cursor.acceptWords("KEY");
        } else if (cursor.acceptWords("DEFAULT")) {
            out.add(new ColumnSyntax.Default(defaultExpression(cursor)));
        } else if (cursor.acceptWords("CHECK")) {
            skipParenthesised(cursor);
        } else if (cursor.acceptWords("REFERENCES")) {
            skipReferences(cursor);
        } else if (cursor.acceptWords("GENERATED")) {
            if (generated(cursor)) {
                out.add(new ColumnSyntax.Identity());
            }
        } else if (cursor.acceptWords("COMMENT")) {
            Token text = cursor.next();
            if (text.kind() != TokenKind.STRING) {
                throw cursor.expected("a string literal after COMMENT");
            }
            out.add(new ColumnSyntax.Comment(text.text()));
        } else if (cursor.acceptWords("COLLATE")) {
            cursor.next();
        } else {
            return false;
        }
        return true;
    }

    /** GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY (true) or a generated column (false, ignored). */
    private static boolean generated(TokenCursor cursor) {
        boolean identity;
        if (cursor.acceptWords("ALWAYS", "AS", "IDENTITY") || cursor.acceptWords("BY", "DEFAULT", "AS", "IDENTITY")) {
            identity = true;
        } else if (cursor.acceptWords("ALWAYS", "AS")) {
            identity = false;
        } else {
            throw cursor.expected("ALWAYS or BY DEFAULT");
        }
        if (cursor.peek().isSymbol("(")) {
            skipParenthesised(cursor);
        }
        if (!identity && !cursor.acceptWords("STORED")) {
            cursor.acceptWords("VIRTUAL");
        }
        return identity;
    }

    private static List<Token> defaultExpression(TokenCursor cursor) {
        List<Token> out = new ArrayList<>();
        int depth = 0;
        while (true) {
            Token t = cursor.peek();
            if (t.isEof() || (depth == 0 && (t.isSymbol(",") || t.isSymbol(")") || t.isSymbol(";")))) {
                break;
            }
            if (depth == 0 && !out.isEmpty() && t.kind() == TokenKind.WORD
                    && OPTION_STARTS.contains(t.upper())) {
                break;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            out.add(cursor.next());
        }
        if (out.isEmpty()) {
            throw cursor.expected("an expression");
        }
        return out;
    }

    public static void skipParenthesised(TokenCursor cursor) {
        cursor.expectSymbol("(");
        int depth = 1;
        while (depth > 0) {
            Token t = cursor.next();
            if (t.isEof()) {
                throw cursor.expected(")");
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
        }
    }

    /** REFERENCES t [(cols)] [ON DELETE|UPDATE action]... [MATCH x] [[NOT] DEFERRABLE] [INITIALLY x]. */
    public static void skipReferences(TokenCursor cursor) {
        cursor.next();
        while (cursor.peek().isSymbol(".")) {
            cursor.next();
            cursor.next();
        }
        if (cursor.peek().isSymbol("(")) {
            skipParenthesised(cursor);
        }
        while (true) {
            if (cursor.acceptWords("ON", "DELETE") || cursor.acceptWords("ON", "UPDATE")) {
                if (!cursor.acceptWords("NO", "ACTION") && !cursor.acceptWords("SET", "NULL")
                        && !cursor.acceptWords("SET", "DEFAULT")) {
                    cursor.next();
                }
            } else if (cursor.acceptWords("MATCH")) {
                cursor.next();
            } else if (cursor.acceptWords("NOT", "DEFERRABLE") || cursor.acceptWords("DEFERRABLE")) {
                continue;
            } else if (cursor.acceptWords("INITIALLY")) {
                cursor.next();
            } else {
                return;
            }
        }
    }
}
