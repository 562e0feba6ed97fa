package org.kalamdb.jdbc.sql.parse;

import java.util.Locale;
import java.util.Map;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.ddl.DdlNames;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.plan.AlterAction;
import org.kalamdb.jdbc.sql.plan.AlterTable;
import org.kalamdb.jdbc.sql.plan.NoOp;
import org.kalamdb.jdbc.sql.plan.Plan;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.TableOptions;

/**
 * {@code ALTER [FOREIGN] TABLE [IF EXISTS] [ONLY] name action} with exactly one action of the
 * kinds KalamDB applies (server.md 2.6): ADD COLUMN, DROP COLUMN, ALTER COLUMN SET/DROP NOT NULL,
 * SET/DROP DEFAULT, RENAME COLUMN, and {@code SET (access_level = ...)}. {@code OWNER TO} is a
 * no-op; everything else is 0A000.
 */
final class AlterTableParser {

    private AlterTableParser() {
    }

    /** The cursor is just after {@code ALTER [FOREIGN] TABLE}. */
    static Plan parse(TokenCursor c, boolean foreign) {
        boolean ifExists = c.acceptKeywords("if", "exists");
        c.acceptKeywords("only");
        QualifiedName table = CreateTableParser.ddlName(c);
        c.acceptSymbol("*");
        if (c.acceptKeywords("owner", "to")) {
            c.expectName();
            c.expectEnd();
            return new NoOp("ALTER TABLE OWNER TO");
        }
        AlterAction action = action(c);
        if (c.peekSymbol(",")) {
            throw SqlDialectException.notSupported(
                    "KalamDB applies one ALTER TABLE operation per statement; split it into several statements");
        }
        c.expectEnd();
        return new AlterTable(table, foreign, ifExists, action);
    }

    private static AlterAction action(TokenCursor c) {
        if (c.acceptKeywords("add")) {
            if (c.peekKeywords("constraint") || c.peekKeywords("primary") || c.peekKeywords("unique")
                    || c.peekKeywords("check") || c.peekKeywords("foreign") || c.peekKeywords("exclude")) {
                throw SqlDialectException.notSupported("adding constraints is not supported by KalamDB");
            }
            c.acceptKeywords("column");
            boolean ifNotExists = c.acceptKeywords("if", "not", "exists");
            ColumnParser.ParsedColumn col = ColumnParser.parse(c, false);
            if (col.column().primaryKey()) {
                throw SqlDialectException.notSupported("a PRIMARY KEY column cannot be added to an existing table");
            }
            return new AlterAction.AddColumn(col.column(), ifNotExists);
        }
        if (c.acceptKeywords("drop")) {
            if (c.peekKeywords("constraint")) {
                throw SqlDialectException.notSupported("dropping constraints is not supported by KalamDB");
            }
            c.acceptKeywords("column");
            boolean ifExists = c.acceptKeywords("if", "exists");
            String column = columnName(c);
            if (!c.acceptKeywords("restrict")) {
                c.acceptKeywords("cascade");
            }
            return new AlterAction.DropColumn(column, ifExists);
        }
        if (c.acceptKeywords("alter")) {
            c.acceptKeywords("column");
            String column = columnName(c);
            if (c.acceptKeywords("set", "not", "null")) {
                return new AlterAction.SetNotNull(column);
            }
            if (c.acceptKeywords("drop", "not", "null")) {
                return new AlterAction.DropNotNull(column);
            }
            if (c.acceptKeywords("set", "default")) {
                return new AlterAction.SetDefault(column, ColumnParser.defaultExpression(c));
            }
            if (c.acceptKeywords("drop", "default")) {
                return new AlterAction.DropDefault(column);
            }
            if (c.peekKeywords("type") || c.peekKeywords("set", "data", "type")) {
                throw SqlDialectException.notSupported("changing a column's type is not supported by KalamDB");
            }
            throw SqlDialectException.notSupported("this ALTER COLUMN operation is not supported by KalamDB");
        }
        if (c.acceptKeywords("rename")) {
            if (c.peekKeywords("to")) {
                throw SqlDialectException.notSupported("renaming tables is not supported by KalamDB");
            }
            if (c.peekKeywords("constraint")) {
                throw SqlDialectException.notSupported("renaming constraints is not supported by KalamDB");
            }
            c.acceptKeywords("column");
            String from = columnName(c);
            c.expectKeywords("to");
            Token to = c.peek();
            if (to == null || !to.isName()) {
                throw c.error("syntax error");
            }
            c.next();
            return new AlterAction.RenameColumn(from, DdlNames.checkColumn(to));
        }
        if (c.peekKeywords("set") && c.peek(1) != null && c.peek(1).isSymbol("(")) {
            c.next();
            Map<String, String> options = OptionLists.storageParameters(c);
            if (options.size() != 1 || !options.containsKey("access_level")) {
                throw SqlDialectException.notSupported("ALTER TABLE ... SET (...) supports only access_level");
            }
            String level = options.get("access_level");
            TableOptions.validate("access_level", level);
            return new AlterAction.SetAccessLevel(level.toUpperCase(Locale.ROOT));
        }
        Token t = c.peek();
        if (t == null) {
            throw c.error("syntax error");
        }
        throw new SqlDialectException(SqlStates.FEATURE_NOT_SUPPORTED,
                "ALTER TABLE ... " + t.text().toUpperCase(Locale.ROOT) + " is not supported by KalamDB", t.start() + 1);
    }

    /** An existing column's name: KalamDB names are lower-case identifiers. */
    private static String columnName(TokenCursor c) {
        Token t = c.peek();
        if (t == null || !t.isName()) {
            throw c.error("syntax error");
        }
        c.next();
        return DdlNames.check(t, "column");
    }
}
