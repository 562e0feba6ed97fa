package org.kalamdb.jdbc.sql.parse;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.ddl.DdlNames;
import org.kalamdb.jdbc.sql.ddl.DefaultExpressions;
import org.kalamdb.jdbc.sql.ddl.PgTypes;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;
import org.kalamdb.jdbc.sql.plan.ColumnDef;
import org.kalamdb.jdbc.sql.plan.ColumnDefault;

/**
 * One column definition of CREATE [FOREIGN] TABLE or ALTER TABLE ADD COLUMN:
 * {@code name type [constraint ...]}. Applies pg_kalam's SERIAL / IDENTITY rewrite
 * (extension.md 1.5): SERIAL types become integers with {@code DEFAULT SNOWFLAKE_ID()} unless a
 * DEFAULT is written; {@code GENERATED ... AS IDENTITY} becomes {@code DEFAULT SNOWFLAKE_ID()}.
 * Constraints KalamDB does not enforce (CHECK, UNIQUE, REFERENCES, COLLATE) are collected as
 * ignored.
 */
final class ColumnParser {

    /** Keywords that end a DEFAULT expression (they start the next column constraint). */
    private static final List<String> CONSTRAINT_STARTS = List.of("constraint", "primary", "unique", "check",
            "references", "default", "generated", "collate", "deferrable", "initially");

    /**
     * @param column  the normalised column
     * @param ignored constraints written but not sent to KalamDB, as written
     */
    record ParsedColumn(ColumnDef column, List<String> ignored) {
    }

    private ColumnParser() {
    }

    static boolean atElementEnd(TokenCursor c) {
        return c.atEnd() || c.peekSymbol(",") || c.peekSymbol(")");
    }

    static ParsedColumn parse(TokenCursor c, boolean foreignTable) {
        Token nameToken = c.peek();
        if (nameToken == null || !nameToken.isName()) {
            throw c.error("syntax error");
        }
        c.next();
        String name = DdlNames.checkColumn(nameToken);
        PgTypes.ParsedType type = PgTypes.parse(c);
        List<String> ignored = new ArrayList<>();
        Boolean nullable = null;
        boolean primaryKey = false;
        boolean identity = false;
        ColumnDefault defaultValue = null;
        while (!atElementEnd(c)) {
            int start = c.index();
            if (c.acceptKeywords("constraint")) {
                c.expectName();
                continue;
            }
            if (c.acceptKeywords("not", "null")) {
                nullable = conflict(nullable, false, name);
            } else if (c.acceptKeywords("null")) {
                nullable = conflict(nullable, true, name);
            } else if (c.acceptKeywords("primary", "key")) {
                primaryKey = true;
            } else if (c.acceptKeywords("unique")) {
                if (c.acceptKeywords("nulls")) {
                    c.acceptKeywords("not");
                    c.expectKeywords("distinct");
                }
                ignored.add(c.text(start, c.index()));
            } else if (c.peekKeywords("check")) {
                c.next();
                c.skipParenthesized();
                c.acceptKeywords("no", "inherit");
                ignored.add(c.text(start, c.index()));
            } else if (c.acceptKeywords("default")) {
                if (defaultValue != null) {
                    throw new SqlDialectException(SqlStates.SYNTAX_ERROR,
                            "multiple default values specified for column \"" + name + "\"");
                }
                defaultValue = defaultExpression(c);
            } else if (c.acceptKeywords("generated")) {
                generated(c, name);
                identity = true;
            } else if (c.peekKeywords("references")) {
                references(c);
                ignored.add(c.text(start, c.index()));
            } else if (c.acceptKeywords("collate")) {
                c.expectQualifiedName();
                ignored.add(c.text(start, c.index()));
            } else if (c.acceptKeywords("not", "deferrable") || c.acceptKeywords("deferrable")
                    || c.acceptKeywords("initially", "deferred") || c.acceptKeywords("initially", "immediate")) {
                continue;
            } else if (foreignTable && c.acceptKeywords("options")) {
                c.skipParenthesized();
            } else {
                throw c.error("syntax error");
            }
        }
        if (identity && defaultValue != null) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR,
                    "both default and identity specified for column \"" + name + "\"");
        }
        if (defaultValue == null && (identity || type.serial() != PgTypes.Serial.NONE)) {
            defaultValue = ColumnDefault.SNOWFLAKE_ID;
        }
        ColumnDef def = new ColumnDef(name, type.type(), type.declared(), Boolean.FALSE.equals(nullable),
                primaryKey, defaultValue);
        return new ParsedColumn(def, ignored);
    }

    private static Boolean conflict(Boolean current, boolean nullable, String column) {
        if (current != null && current != nullable) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR,
                    "conflicting NULL/NOT NULL declarations for column \"" + column + "\"");
        }
        return nullable;
    }

    /** The DEFAULT expression: tokens up to the next constraint keyword or the end of the element. */
    static ColumnDefault defaultExpression(TokenCursor c) {
        int start = c.index();
        int depth = 0;
        while (!c.atEnd()) {
            Token t = c.peek();
            if (depth == 0 && c.index() > start && (t.isSymbol(",") || t.isSymbol(")") || isConstraintStart(c))) {
                break;
            }
            if (depth == 0 && t.isSymbol(")")) {
                break;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            c.next();
        }
        if (c.index() == start) {
            throw c.error("syntax error");
        }
        String text = c.text(start, c.index());
        return DefaultExpressions.of(
                ExpressionParsing.parse(c.tokens().subList(start, c.index()), "DEFAULT", text), text);
    }

    private static boolean isConstraintStart(TokenCursor c) {
        Token t = c.peek();
        if (t.kind() != TokenKind.IDENTIFIER) {
            return false;
        }
        if (CONSTRAINT_STARTS.contains(t.value())) {
            return true;
        }
        if (t.value().equals("not")) {
            Token next = c.peek(1);
            return next != null && (next.isKeyword("null") || next.isKeyword("deferrable"));
        }
        return t.value().equals("null");
    }

    /** After GENERATED: {@code ALWAYS|BY DEFAULT AS IDENTITY [(options)]}; stored generated columns are refused. */
    private static void generated(TokenCursor c, String column) {
        if (!c.acceptKeywords("always") && !c.acceptKeywords("by", "default")) {
            throw c.error("syntax error");
        }
        c.expectKeywords("as");
        if (c.acceptKeywords("identity")) {
            if (c.peekSymbol("(")) {
                c.skipParenthesized();
            }
            return;
        }
        throw SqlDialectException.notSupported("generated column \"" + column + "\" is not supported by KalamDB");
    }

    /** {@code REFERENCES table [(cols)] [MATCH x] [ON DELETE|UPDATE action]...}. */
    private static void references(TokenCursor c) {
        c.expectKeywords("references");
        c.expectQualifiedName();
        if (c.peekSymbol("(")) {
            c.skipParenthesized();
        }
        if (c.acceptKeywords("match")) {
            c.next();
        }
        while (c.acceptKeywords("on")) {
            if (!c.acceptKeywords("delete") && !c.acceptKeywords("update")) {
                throw c.error("syntax error");
            }
            if (c.acceptKeywords("no", "action") || c.acceptKeywords("restrict") || c.acceptKeywords("cascade")
                    || c.acceptKeywords("set", "null") || c.acceptKeywords("set", "default")) {
                if (c.peekSymbol("(")) {
                    c.skipParenthesized();
                }
                continue;
            }
            throw c.error("syntax error");
        }
    }
}
