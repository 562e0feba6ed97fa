package org.kalamdb.jdbc.sql.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.ddl.DdlNames;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.plan.ColumnDef;
import org.kalamdb.jdbc.sql.plan.CreateForeignTable;
import org.kalamdb.jdbc.sql.plan.CreateTable;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.TableOptions;
import org.kalamdb.jdbc.sql.plan.TableType;

/**
 * {@code CREATE TABLE ... [USING kalamdb] [WITH (...)]} and {@code CREATE FOREIGN TABLE ... SERVER s
 * [OPTIONS (...)]}, with every check made before anything is sent (extension.md 1.2–1.8): reserved
 * system columns, unknown or malformed options, unsupported types, duplicate columns, several or
 * composite primary keys.
 */
final class CreateTableParser {

    private CreateTableParser() {
    }

    /** The cursor is just after {@code CREATE TABLE}. */
    static CreateTable createTable(TokenCursor c) {
        boolean ifNotExists = c.acceptKeywords("if", "not", "exists");
        QualifiedName name = ddlName(c);
        if (c.peekKeywords("as") || c.peekKeywords("of") || c.peekKeywords("partition", "of")) {
            throw SqlDialectException.notSupported("CREATE TABLE ... " + c.peek().text().toUpperCase(java.util.Locale.ROOT)
                    + " is not supported by KalamDB; declare the columns");
        }
        Body body = body(c, name, false);
        boolean usingKalamdb = false;
        Map<String, String> options = new LinkedHashMap<>();
        while (!c.atEnd()) {
            if (c.acceptKeywords("using")) {
                Token method = c.peek();
                String m = c.expectName();
                if (!m.equalsIgnoreCase("kalamdb")) {
                    throw new SqlDialectException(SqlStates.FEATURE_NOT_SUPPORTED, "table access method \"" + m
                            + "\" is not supported; write USING kalamdb or leave USING out", method.start() + 1);
                }
                usingKalamdb = true;
            } else if (c.peekKeywords("with") && c.peek(1) != null && c.peek(1).isSymbol("(")) {
                c.next();
                options.putAll(OptionLists.storageParameters(c));
            } else if (c.acceptKeywords("without", "oids")) {
                continue;
            } else if (c.peekKeywords("inherits") || c.peekKeywords("partition") || c.peekKeywords("on", "commit")
                    || c.peekKeywords("tablespace")) {
                throw SqlDialectException.notSupported("CREATE TABLE ... " + c.peek().text().toUpperCase(java.util.Locale.ROOT)
                        + " is not supported by KalamDB");
            } else {
                throw c.error("syntax error");
            }
        }
        options.forEach(TableOptions::validate);
        return new CreateTable(name, ifNotExists, usingKalamdb, body.columns, body.primaryKey, options, body.ignored);
    }

    /** The cursor is just after {@code CREATE FOREIGN TABLE}. */
    static CreateForeignTable createForeignTable(TokenCursor c) {
        boolean ifNotExists = c.acceptKeywords("if", "not", "exists");
        QualifiedName name = ddlName(c);
        if (c.peekKeywords("partition", "of")) {
            throw SqlDialectException.notSupported("CREATE FOREIGN TABLE ... PARTITION OF is not supported");
        }
        Body body = body(c, name, true);
        if (body.primaryKey != null || body.columns.stream().anyMatch(ColumnDef::primaryKey)) {
            throw SqlDialectException.notSupported("primary key constraints are not supported on foreign tables;"
                    + " a column named id is the key");
        }
        c.expectKeywords("server");
        String server = c.expectName();
        Map<String, String> options = c.acceptKeywords("options") ? OptionLists.fdwOptions(c) : Map.of();
        c.expectEnd();
        for (Map.Entry<String, String> o : options.entrySet()) {
            validateForeignOption(o.getKey(), o.getValue());
        }
        return new CreateForeignTable(name, ifNotExists, body.columns, server, options);
    }

    private static void validateForeignOption(String key, String value) {
        switch (key) {
            case "table_type" -> TableType.parse(value, "table_type");
            case "namespace", "table" -> {
                // accepted and ignored, as pg_kalam does: identity is the PostgreSQL schema and name
            }
            case "type" -> throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                    "foreign tables take the option table_type, not type");
            default -> TableOptions.validate(key, value);
        }
    }

    /** {@code name} or {@code schema.name}, checked as KalamDB namespace and table names. */
    static QualifiedName ddlName(TokenCursor c) {
        Token first = c.peek();
        if (first == null || !first.isName()) {
            throw c.error("syntax error");
        }
        c.next();
        if (!c.acceptSymbol(".")) {
            return QualifiedName.of(DdlNames.check(first, "table"));
        }
        Token second = c.peek();
        if (second == null || !second.isName()) {
            throw c.error("syntax error");
        }
        c.next();
        return QualifiedName.of(DdlNames.check(first, "namespace"), DdlNames.check(second, "table"));
    }

    /** The parenthesised element list. */
    private record Body(List<ColumnDef> columns, String primaryKey, List<String> ignored) {
    }

    private static Body body(TokenCursor c, QualifiedName table, boolean foreign) {
        c.expectSymbol("(");
        List<ColumnDef> columns = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<String> tablePrimaryKey = null;
        Token primaryKeyAt = null;
        if (!c.peekSymbol(")")) {
            do {
                int start = c.index();
                if (c.acceptKeywords("constraint")) {
                    c.expectName();
                }
                if (c.peekKeywords("primary", "key")) {
                    if (tablePrimaryKey != null) {
                        throw multiplePrimaryKeys(table);
                    }
                    primaryKeyAt = c.peek();
                    c.next();
                    c.next();
                    tablePrimaryKey = columnList(c);
                    skipIndexParameters(c);
                } else if (c.peekKeywords("unique") || c.peekKeywords("check") || c.peekKeywords("foreign", "key")) {
                    skipElement(c);
                    ignored.add(c.text(start, c.index()));
                } else if (c.peekKeywords("exclude") || c.peekKeywords("like")) {
                    throw SqlDialectException.notSupported(c.peek().text().toUpperCase(java.util.Locale.ROOT)
                            + " in CREATE TABLE is not supported by KalamDB");
                } else if (c.index() > start) {
                    throw c.error("syntax error"); // CONSTRAINT name before something that is no constraint
                } else {
                    ColumnParser.ParsedColumn col = ColumnParser.parse(c, foreign);
                    columns.add(col.column());
                    ignored.addAll(col.ignored());
                }
            } while (c.acceptSymbol(","));
        }
        c.expectSymbol(")");
        return new Body(List.copyOf(columns), checkedPrimaryKey(table, columns, tablePrimaryKey, primaryKeyAt), ignored);
    }

    private static String checkedPrimaryKey(QualifiedName table, List<ColumnDef> columns, List<String> tablePk, Token at) {
        if (columns.isEmpty()) {
            throw new SqlDialectException(SqlStates.INVALID_TABLE_DEFINITION,
                    "table \"" + table.name() + "\" needs at least one column");
        }
        Set<String> names = new HashSet<>();
        int inlineKeys = 0;
        for (ColumnDef col : columns) {
            if (!names.add(col.name())) {
                throw new SqlDialectException(SqlStates.DUPLICATE_COLUMN,
                        "column \"" + col.name() + "\" specified more than once");
            }
            if (col.primaryKey()) {
                inlineKeys++;
            }
        }
        if (inlineKeys + (tablePk == null ? 0 : 1) > 1) {
            throw multiplePrimaryKeys(table);
        }
        if (tablePk == null) {
            return null;
        }
        if (tablePk.size() > 1) {
            throw SqlDialectException.notSupported("composite PRIMARY KEYs are not supported by KalamDB"
                    + " (PRIMARY KEY (" + String.join(", ", tablePk) + "))");
        }
        String pk = tablePk.get(0);
        if (!names.contains(pk)) {
            throw new SqlDialectException(SqlStates.UNDEFINED_COLUMN,
                    "column \"" + pk + "\" named in key does not exist", at.start() + 1);
        }
        return pk;
    }

    private static SqlDialectException multiplePrimaryKeys(QualifiedName table) {
        return new SqlDialectException(SqlStates.INVALID_TABLE_DEFINITION,
                "multiple primary keys for table \"" + table.name() + "\" are not allowed");
    }

    private static List<String> columnList(TokenCursor c) {
        List<String> out = new ArrayList<>();
        c.expectSymbol("(");
        do {
            out.add(c.expectName());
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
        return out;
    }

    /** PRIMARY KEY's optional {@code INCLUDE (...)}, {@code WITH (...)}, {@code USING INDEX TABLESPACE x}. */
    private static void skipIndexParameters(TokenCursor c) {
        while (!ColumnParser.atElementEnd(c)) {
            if (c.acceptKeywords("include") || c.acceptKeywords("with")) {
                c.skipParenthesized();
            } else if (c.acceptKeywords("using", "index", "tablespace")) {
                c.expectName();
            } else if (c.acceptKeywords("deferrable") || c.acceptKeywords("not", "deferrable")
                    || c.acceptKeywords("initially", "deferred") || c.acceptKeywords("initially", "immediate")) {
                continue;
            } else {
                throw c.error("syntax error");
            }
        }
    }

    /** Consumes one element up to the next top-level {@code ,} or the closing {@code )}. */
    private static void skipElement(TokenCursor c) {
        int depth = 0;
        while (!c.atEnd()) {
            Token t = c.peek();
            if (depth == 0 && (t.isSymbol(",") || t.isSymbol(")"))) {
                return;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            c.next();
        }
    }
}
