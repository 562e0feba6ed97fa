package org.kalamdb.server.sql.ddl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.sql.lex.SqlLexer;
import org.kalamdb.server.sql.lex.SqlSyntaxException;
import org.kalamdb.server.sql.lex.Token;
import org.kalamdb.server.sql.lex.TokenCursor;
import org.kalamdb.server.sql.lex.TokenKind;

/**
 * CREATE [USER|SHARED|STREAM] TABLE [IF NOT EXISTS] [ns.]name (...) [USING x] [WITH (...) | OPTIONS (...)]
 * (server.md 2.1–2.4; create_table/parser.rs). The checks run in the real parser's order:
 * syntax, table name, options, table-level PRIMARY KEY, then each column, then the PK column's
 * existence. Failures are {@link SqlSyntaxException}s carrying the bare parser text.
 */
public final class CreateTableParser {

    private static final Pattern CURRENT_USER_CALL = Pattern.compile("(?i)CURRENT_USER\\s*\\(\\s*\\)");
    private static final Pattern USING_ACCESS_METHOD = Pattern.compile("(?i)\\)\\s*USING\\s+([a-zA-Z_][a-zA-Z0-9_]*)\\s*");
    private static final Pattern TYPED_PREFIX = Pattern.compile("(?i)^\\s*CREATE\\s+(USER|SHARED|STREAM)\\s+TABLE");

    private CreateTableParser() {
    }

    /** The written statement before validation. */
    private record Syntax(List<Token> nameParts, boolean ifNotExists, List<ColumnSyntax> columns,
                          List<List<Token>> primaryKeyConstraints, List<TableOptionsClause.Entry> options) {
    }

    public static CreateTableStatement parse(String sql, String defaultNamespace) {
        TableType prefixType = null;
        String normalized = CURRENT_USER_CALL.matcher(sql).replaceAll("CURRENT_USER");
        normalized = USING_ACCESS_METHOD.matcher(normalized).replaceFirst(") ");
        Matcher typed = TYPED_PREFIX.matcher(normalized);
        if (typed.find()) {
            prefixType = TableType.valueOf(typed.group(1).toUpperCase(Locale.ROOT));
            normalized = typed.replaceFirst("CREATE TABLE");
        }
        // MySQL-style auto increment becomes an explicit default (a plain text replace upstream,
        // which only matches the all-upper and all-lower spellings).
        normalized = normalized.replace("AUTO_INCREMENT", "DEFAULT SNOWFLAKE_ID()")
                .replace("auto_increment", "DEFAULT SNOWFLAKE_ID()")
                .replace("AUTO INCREMENT", "DEFAULT SNOWFLAKE_ID()")
                .replace("auto increment", "DEFAULT SNOWFLAKE_ID()");
        Syntax syntax = parseSyntax(new TokenCursor(SqlLexer.tokenize(normalized)));
        return validate(syntax, prefixType, defaultNamespace);
    }

    private static Syntax parseSyntax(TokenCursor c) {
        c.expectWord("CREATE");
        c.expectWord("TABLE");
        boolean ifNotExists = c.acceptWords("IF", "NOT", "EXISTS");
        List<Token> nameParts = new ArrayList<>();
        do {
            Token part = c.next();
            if (!part.isIdentifier()) {
                c.reset(c.position() - (part.isEof() ? 0 : 1));
                throw c.expected("identifier");
            }
            nameParts.add(part);
        } while (c.acceptSymbol("."));
        c.expectSymbol("(");
        List<ColumnSyntax> columns = new ArrayList<>();
        List<List<Token>> pks = new ArrayList<>();
        if (!c.acceptSymbol(")")) {
            while (true) {
                if (!parseTableConstraint(c, pks)) {
                    columns.add(ColumnDefinitionParser.parse(c));
                }
                if (c.acceptSymbol(",")) {
                    continue;
                }
                if (c.acceptSymbol(")")) {
                    break;
                }
                throw c.expected("',' or ')' after column definition");
            }
        }
        List<TableOptionsClause.Entry> options = new ArrayList<>();
        if (c.acceptWords("WITH") || c.acceptWords("OPTIONS")) {
            parseOptions(c, options);
        }
        if (c.acceptSymbol(";")) {
            while (c.acceptSymbol(";")) {
                // extra semicolons are empty statements
            }
            if (!c.atEnd()) {
                throw new SqlSyntaxException("Expected exactly one statement");
            }
        }
        c.expectEndOfStatement();
        return new Syntax(nameParts, ifNotExists, columns, pks, options);
    }

    /** Table-level constraints; only PRIMARY KEY matters, the others are accepted and ignored. */
    private static boolean parseTableConstraint(TokenCursor c, List<List<Token>> pks) {
        int start = c.position();
        if (c.acceptWords("CONSTRAINT")) {
            c.next();
        }
        if (c.acceptWords("PRIMARY", "KEY")) {
            pks.add(parenthesisedElements(c));
            return true;
        }
        if (c.peek().isWord("UNIQUE")) {
            c.next();
            while (!c.peek().isSymbol("(") && !c.atEnd()) {
                c.next();
            }
            ColumnDefinitionParser.skipParenthesised(c);
            return true;
        }
        if (c.peek().isWord("CHECK") && c.peek(1).isSymbol("(")) {
            c.next();
            ColumnDefinitionParser.skipParenthesised(c);
            return true;
        }
        if (c.acceptWords("FOREIGN", "KEY")) {
            ColumnDefinitionParser.skipParenthesised(c);
            c.expectWord("REFERENCES");
            ColumnDefinitionParser.skipReferences(c);
            return true;
        }
        if (c.position() != start) {
            throw c.expected("PRIMARY, UNIQUE, FOREIGN, or CHECK");
        }
        return false;
    }

    /** The elements of ( a, b DESC, expr ) as token runs. */
    private static List<Token> parenthesisedElements(TokenCursor c) {
        c.expectSymbol("(");
        List<Token> out = new ArrayList<>();
        int depth = 1;
        while (true) {
            Token t = c.next();
            if (t.isEof()) {
                throw c.expected(")");
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                return out;
            }
            out.add(t);
        }
    }

    private static void parseOptions(TokenCursor c, List<TableOptionsClause.Entry> out) {
        c.expectSymbol("(");
        if (c.acceptSymbol(")")) {
            return;
        }
        while (true) {
            Token key = c.next();
            if (!key.isIdentifier()) {
                throw c.expected("option name");
            }
            c.expectSymbol("=");
            List<Token> value = new ArrayList<>();
            int depth = 0;
            while (!(depth == 0 && (c.peek().isSymbol(",") || c.peek().isSymbol(")"))) && !c.atEnd()) {
                Token t = c.next();
                depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
                value.add(t);
            }
            if (value.isEmpty()) {
                throw c.expected("an expression");
            }
            // Upstream: value.to_string().replace('\'', "")
            out.add(new TableOptionsClause.Entry(key.text(), TokenText.render(value).replace("'", "")));
            if (c.acceptSymbol(")")) {
                return;
            }
            c.expectSymbol(",");
        }
    }

    private static CreateTableStatement validate(Syntax s, TableType prefixType, String defaultNamespace) {
        String namespace;
        Token tablePart;
        Token namespacePart = null;
        if (s.nameParts().size() == 1) {
            namespace = defaultNamespace;
            tablePart = s.nameParts().get(0);
        } else if (s.nameParts().size() == 2) {
            namespacePart = s.nameParts().get(0);
            namespace = displayName(namespacePart).toLowerCase(Locale.ROOT);
            tablePart = s.nameParts().get(1);
        } else {
            throw new SqlSyntaxException("Invalid table name format. Expected 'table_name' or 'namespace.table_name'");
        }
        String table = displayName(tablePart).toLowerCase(Locale.ROOT);
        if (!NameValidator.isAlphanumeric(namespace)) {
            throw new SqlSyntaxException("Invalid namespace name '" + namespace
                    + "'. Only alphanumeric characters and underscores are allowed" + location(namespacePart) + ".");
        }
        if (!NameValidator.isAlphanumeric(table)) {
            throw new SqlSyntaxException("Invalid table name '" + table
                    + "'. Only alphanumeric characters and underscores are allowed" + location(tablePart) + ".");
        }
        TableOptionsClause.Parsed options = TableOptionsClause.validate(s.options(), prefixType);
        String primaryKey = null;
        for (List<Token> pk : s.primaryKeyConstraints()) {
            List<List<Token>> elements = splitOnCommas(pk);
            if (elements.size() != 1) {
                throw new SqlSyntaxException("Composite PRIMARY KEYs are not supported yet");
            }
            if (primaryKey != null) {
                throw new SqlSyntaxException("Multiple PRIMARY KEY definitions found");
            }
            List<Token> element = elements.get(0);
            boolean simple = !element.isEmpty() && element.get(0).isIdentifier()
                    && (element.size() == 1 || element.size() == 2 && (element.get(1).isWord("ASC") || element.get(1).isWord("DESC")));
            if (!simple) {
                throw new SqlSyntaxException("Complex expressions in PRIMARY KEY not supported");
            }
            primaryKey = element.get(0).text();
        }
        List<CreateTableStatement.Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, ColumnDefault> defaults = new HashMap<>();
        for (ColumnSyntax col : s.columns()) {
            String name = col.name();
            if (!NameValidator.isAlphanumeric(name)) {
                throw new SqlSyntaxException("Invalid column name '" + name
                        + "'. Only alphanumeric characters and underscores are allowed.");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new SqlSyntaxException("Duplicate column name '" + name + "'. Column names are case-insensitive.");
            }
            TypeMapping.Mapped mapped = TypeMapping.map(col.type());
            boolean nullable = true;
            String comment = null;
            for (ColumnSyntax.Option option : col.options()) {
                if (option instanceof ColumnSyntax.PrimaryKey) {
                    if (primaryKey != null) {
                        throw new SqlSyntaxException("Multiple PRIMARY KEY definitions found");
                    }
                    primaryKey = name;
                    nullable = false;
                } else if (option instanceof ColumnSyntax.NotNull) {
                    nullable = false;
                } else if (option instanceof ColumnSyntax.Default d) {
                    defaults.put(name, DefaultValues.fromTokens(d.expression()));
                } else if (option instanceof ColumnSyntax.Identity) {
                    defaults.put(name, new ColumnDefault.FunctionCall("SNOWFLAKE_ID"));
                } else if (option instanceof ColumnSyntax.Comment cm) {
                    comment = cm.text();
                }
            }
            if (mapped.serial() && !defaults.containsKey(name)) {
                defaults.put(name, new ColumnDefault.FunctionCall("SNOWFLAKE_ID"));
            }
            columns.add(new CreateTableStatement.Column(name, mapped.type(), nullable, defaults.get(name), comment));
        }
        if (columns.isEmpty()) {
            throw new SqlSyntaxException("Table must have at least one column");
        }
        if (primaryKey != null) {
            int index = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(primaryKey)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                throw new SqlSyntaxException("PRIMARY KEY column '" + primaryKey + "' not found in column list");
            }
            CreateTableStatement.Column pk = columns.get(index);
            columns.set(index, new CreateTableStatement.Column(pk.name(), pk.type(), false, pk.defaultValue(), pk.comment()));
        }
        return new CreateTableStatement(namespace, table, options.type(), columns, primaryKey, options.storageId(),
                options.useUserStorage(), options.flushPolicyJson(), options.ttlSeconds(), options.accessLevel(),
                s.ifNotExists());
    }

    /** An object-name part as sqlparser displays it: quoted identifiers keep their quotes. */
    private static String displayName(Token part) {
        return part.kind() == TokenKind.QUOTED_IDENT ? part.raw() : part.text();
    }

    private static String location(Token part) {
        return part == null ? "" : " (line " + part.line() + ", col " + part.column() + ")";
    }

    private static List<List<Token>> splitOnCommas(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            if (depth == 0 && t.isSymbol(",")) {
                out.add(current);
                current = new ArrayList<>();
                continue;
            }
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            current.add(t);
        }
        out.add(current);
        return out;
    }
}
