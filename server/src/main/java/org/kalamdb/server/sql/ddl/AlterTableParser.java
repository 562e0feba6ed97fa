package org.kalamdb.server.sql.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.sql.lex.SqlLexer;
import org.kalamdb.server.sql.lex.SqlSyntaxException;
import org.kalamdb.server.sql.lex.Token;
import org.kalamdb.server.sql.lex.TokenCursor;

/**
 * ALTER [USER|SHARED|STREAM] TABLE [ns.]t &lt;one operation&gt; (alter_table.rs): ADD/DROP/MODIFY/
 * RENAME COLUMN, ALTER COLUMN SET/DROP NOT NULL and SET/DROP DEFAULT, SET TBLPROPERTIES /
 * SET ACCESS LEVEL, CREATE/DROP [VECTOR] INDEX. Failures carry the parser's bare text.
 */
public final class AlterTableParser {

    private static final Pattern SET_ACCESS_LEVEL = Pattern.compile("(?i)SET\\s+ACCESS\\s+LEVEL\\s+(PUBLIC|PRIVATE|RESTRICTED)");
    private static final Pattern TYPED_PREFIX = Pattern.compile("(?i)^\\s*ALTER\\s+(USER|SHARED|STREAM)\\s+TABLE");
    private static final Pattern CREATE_VECTOR_INDEX = Pattern.compile(
            "(?i)^\\s*ALTER\\s+TABLE\\s+([a-zA-Z_]\\w*(?:\\.[a-zA-Z_]\\w*)?)\\s+CREATE\\s+(?:VECTOR\\s+)?INDEX\\s+([a-zA-Z_]\\w*)\\s*(?:USING\\s+(COSINE|L2|DOT))?\\s*;?\\s*$");
    private static final Pattern DROP_VECTOR_INDEX = Pattern.compile(
            "(?i)^\\s*ALTER\\s+TABLE\\s+([a-zA-Z_]\\w*(?:\\.[a-zA-Z_]\\w*)?)\\s+DROP\\s+(?:VECTOR\\s+)?INDEX\\s+([a-zA-Z_]\\w*)\\s*;?\\s*$");

    private AlterTableParser() {
    }

    public static AlterTableStatement parse(String sql, String defaultNamespace) {
        // The typed prefixes pass the classifier; they carry no meaning for ALTER.
        String untyped = TYPED_PREFIX.matcher(sql).replaceFirst("ALTER TABLE");
        AlterTableStatement vector = vectorIndex(untyped, defaultNamespace);
        if (vector != null) {
            return vector;
        }
        String normalized = WhitespaceWords.trimStatement(untyped);
        Matcher access = SET_ACCESS_LEVEL.matcher(normalized);
        if (access.find()) {
            normalized = access.replaceFirst("SET TBLPROPERTIES (ACCESS_LEVEL = '"
                    + access.group(1).toUpperCase(Locale.ROOT) + "')");
        }
        TokenCursor c = new TokenCursor(SqlLexer.tokenize(normalized));
        c.expectWord("ALTER");
        c.expectWord("TABLE");
        c.acceptWords("IF", "EXISTS");
        List<Token> nameParts = new ArrayList<>();
        do {
            Token part = c.next();
            if (!part.isIdentifier()) {
                throw c.expected("identifier");
            }
            nameParts.add(part);
        } while (c.acceptSymbol("."));
        String namespace;
        String table;
        if (nameParts.size() == 1) {
            namespace = defaultNamespace;
            table = nameParts.get(0).text().toLowerCase(Locale.ROOT);
        } else if (nameParts.size() == 2) {
            namespace = nameParts.get(0).text().toLowerCase(Locale.ROOT);
            table = nameParts.get(1).text().toLowerCase(Locale.ROOT);
        } else {
            throw new SqlSyntaxException("Invalid table reference. Use 'table' or 'namespace.table'");
        }
        AlterOperation operation = operation(c);
        if (c.acceptSymbol(",")) {
            throw new SqlSyntaxException("Only one ALTER TABLE operation is supported per statement");
        }
        c.expectEndOfStatement();
        return new AlterTableStatement(namespace, table, operation);
    }

    private static AlterTableStatement vectorIndex(String sql, String defaultNamespace) {
        Matcher create = CREATE_VECTOR_INDEX.matcher(sql);
        if (create.matches()) {
            String metric = create.group(3) == null ? "Cosine" : metricName(create.group(3));
            return reference(create.group(1), defaultNamespace, new AlterOperation.CreateVectorIndex(create.group(2), metric));
        }
        Matcher drop = DROP_VECTOR_INDEX.matcher(sql);
        if (drop.matches()) {
            return reference(drop.group(1), defaultNamespace, new AlterOperation.DropVectorIndex(drop.group(2)));
        }
        return null;
    }

    private static String metricName(String metric) {
        return switch (metric.toUpperCase(Locale.ROOT)) {
            case "L2" -> "L2";
            case "DOT" -> "Dot";
            default -> "Cosine";
        };
    }

    private static AlterTableStatement reference(String ref, String defaultNamespace, AlterOperation op) {
        int dot = ref.indexOf('.');
        if (dot < 0) {
            return new AlterTableStatement(defaultNamespace, ref.toLowerCase(Locale.ROOT), op);
        }
        return new AlterTableStatement(ref.substring(0, dot).toLowerCase(Locale.ROOT),
                ref.substring(dot + 1).toLowerCase(Locale.ROOT), op);
    }

    private static AlterOperation operation(TokenCursor c) {
        if (c.acceptWords("ADD")) {
            if (isConstraintStart(c)) {
                throw new SqlSyntaxException("Unsupported ALTER TABLE operation");
            }
            c.acceptWords("COLUMN");
            c.acceptWords("IF", "NOT", "EXISTS");
            ColumnSyntax column = ColumnDefinitionParser.parse(c);
            rejectPosition(c);
            boolean nullable = true;
            ColumnDefault defaultValue = null;
            for (ColumnSyntax.Option o : column.options()) {
                if (o instanceof ColumnSyntax.NotNull) {
                    nullable = false;
                } else if (o instanceof ColumnSyntax.Nullable) {
                    nullable = true;
                } else if (o instanceof ColumnSyntax.Default d) {
                    defaultValue = DefaultValues.fromTokens(d.expression());
                }
            }
            return new AlterOperation.AddColumn(column.name(), TypeMapping.map(column.type()).type(), nullable, defaultValue);
        }
        if (c.acceptWords("DROP")) {
            if (c.peek().isWord("CONSTRAINT") || c.peek().isWord("PRIMARY") || c.peek().isWord("FOREIGN")) {
                throw new SqlSyntaxException("Unsupported ALTER TABLE operation");
            }
            c.acceptWords("COLUMN");
            c.acceptWords("IF", "EXISTS");
            List<String> names = new ArrayList<>();
            do {
                Token name = c.next();
                if (!name.isIdentifier()) {
                    throw c.expected("identifier");
                }
                names.add(name.text());
            } while (c.acceptSymbol(","));
            boolean behaviour = c.acceptWords("CASCADE") || c.acceptWords("RESTRICT");
            if (names.size() != 1) {
                throw new SqlSyntaxException("ALTER TABLE only supports dropping one column at a time");
            }
            if (behaviour) {
                throw new SqlSyntaxException("DROP COLUMN CASCADE/RESTRICT is not supported");
            }
            return new AlterOperation.DropColumn(names.get(0));
        }
        if (c.acceptWords("MODIFY")) {
            c.acceptWords("COLUMN");
            ColumnSyntax column = ColumnDefinitionParser.parse(c);
            rejectPosition(c);
            Boolean nullable = null;
            for (ColumnSyntax.Option o : column.options()) {
                if (o instanceof ColumnSyntax.NotNull) {
                    nullable = false;
                } else if (o instanceof ColumnSyntax.Nullable) {
                    nullable = true;
                }
            }
            return new AlterOperation.ModifyColumn(column.name(), TypeMapping.map(column.type()).type(), nullable);
        }
        if (c.acceptWords("ALTER")) {
            c.acceptWords("COLUMN");
            Token name = c.next();
            if (!name.isIdentifier()) {
                throw c.expected("identifier");
            }
            return alterColumn(c, name.text());
        }
        if (c.acceptWords("RENAME")) {
            if (c.acceptWords("COLUMN")) {
                Token from = c.next();
                c.expectWord("TO");
                Token to = c.next();
                if (!from.isIdentifier() || !to.isIdentifier()) {
                    throw c.expected("identifier");
                }
                return new AlterOperation.RenameColumn(from.text(), to.text());
            }
            throw new SqlSyntaxException("Unsupported ALTER TABLE operation");
        }
        if (c.acceptWords("SET", "TBLPROPERTIES")) {
            return accessLevel(c);
        }
        if (c.atEnd()) {
            throw c.expected("ADD, RENAME, PARTITION, SWAP, DROP, REPLICA IDENTITY, SET, or SET TBLPROPERTIES after ALTER TABLE");
        }
        throw new SqlSyntaxException("Unsupported ALTER TABLE operation");
    }

    private static boolean isConstraintStart(TokenCursor c) {
        return c.peek().isWord("CONSTRAINT") || (c.peek().isWord("PRIMARY") && c.peek(1).isWord("KEY"))
                || (c.peek().isWord("FOREIGN") && c.peek(1).isWord("KEY"))
                || (c.peek().isWord("UNIQUE") && (c.peek(1).isSymbol("(") || c.peek(1).isWord("KEY")))
                || (c.peek().isWord("CHECK") && c.peek(1).isSymbol("("));
    }

    private static void rejectPosition(TokenCursor c) {
        if (c.peek().isWord("FIRST") || c.peek().isWord("AFTER")) {
            throw new SqlSyntaxException("Column position modifiers (FIRST/AFTER) are not supported");
        }
    }

    private static AlterOperation alterColumn(TokenCursor c, String column) {
        if (c.acceptWords("SET", "NOT", "NULL")) {
            return new AlterOperation.SetNullable(column, false);
        }
        if (c.acceptWords("DROP", "NOT", "NULL")) {
            return new AlterOperation.SetNullable(column, true);
        }
        if (c.acceptWords("SET", "DEFAULT")) {
            List<Token> expression = new ArrayList<>();
            while (!c.atEnd() && !c.peek().isSymbol(";") && !c.peek().isSymbol(",")) {
                expression.add(c.next());
            }
            if (expression.isEmpty()) {
                throw c.expected("an expression");
            }
            return new AlterOperation.SetDefault(column, DefaultValues.fromTokens(expression));
        }
        if (c.acceptWords("DROP", "DEFAULT")) {
            return new AlterOperation.DropDefault(column);
        }
        if (c.peek().isWord("TYPE") || c.peek().isWord("SET") && c.peek(1).isWord("DATA") || c.peek().isWord("ADD")) {
            throw new SqlSyntaxException("Unsupported ALTER COLUMN operation");
        }
        throw c.expected("SET/DROP NOT NULL, SET DEFAULT, or SET DATA TYPE after ALTER COLUMN");
    }

    private static AlterOperation accessLevel(TokenCursor c) {
        c.expectSymbol("(");
        String level = null;
        while (!c.acceptSymbol(")")) {
            Token key = c.next();
            if (!key.isIdentifier()) {
                throw c.expected("property name");
            }
            c.expectSymbol("=");
            Token value = c.next();
            if (value.isEof()) {
                throw c.expected("an expression");
            }
            if (key.text().equalsIgnoreCase("ACCESS_LEVEL") && level == null) {
                String upper = value.text().toUpperCase(Locale.ROOT);
                if (!upper.equals("PUBLIC") && !upper.equals("PRIVATE") && !upper.equals("RESTRICTED") && !upper.equals("DBA")) {
                    throw new SqlSyntaxException("Invalid ACCESS_LEVEL '" + upper
                            + "'. Supported values: PUBLIC, PRIVATE, RESTRICTED, DBA");
                }
                level = upper.toLowerCase(Locale.ROOT);
            }
            c.acceptSymbol(",");
        }
        if (level == null) {
            throw new SqlSyntaxException("ACCESS_LEVEL property is required for SET ACCESS LEVEL");
        }
        return new AlterOperation.SetAccessLevel(level);
    }
}
