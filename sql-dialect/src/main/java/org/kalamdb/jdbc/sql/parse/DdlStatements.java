package org.kalamdb.jdbc.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.ddl.DdlNames;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.plan.CreateSchema;
import org.kalamdb.jdbc.sql.plan.DropSchema;
import org.kalamdb.jdbc.sql.plan.DropTables;
import org.kalamdb.jdbc.sql.plan.ImportForeignSchema;
import org.kalamdb.jdbc.sql.plan.NoOp;
import org.kalamdb.jdbc.sql.plan.Plan;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.Unsupported;

/**
 * CREATE, ALTER, DROP, IMPORT FOREIGN SCHEMA, GRANT, REVOKE and COMMENT: the table and schema
 * forms become DDL plans, pg_kalam's setup statements (extension, server, user mapping, grants on
 * {@code kalam_exec}) become {@link NoOp}, and other PostgreSQL objects KalamDB does not have
 * become {@link Unsupported}.
 */
final class DdlStatements {

    private DdlStatements() {
    }

    static Plan create(TokenCursor c) {
        c.expectKeywords("create");
        c.acceptKeywords("or", "replace");
        if (c.peekKeywords("global") || c.peekKeywords("local") || c.peekKeywords("temp")
                || c.peekKeywords("temporary") || c.peekKeywords("unlogged")) {
            throw SqlDialectException.notSupported(
                    "temporary and unlogged tables are not supported by KalamDB");
        }
        if (c.acceptKeywords("table")) {
            return CreateTableParser.createTable(c);
        }
        if (c.acceptKeywords("foreign", "table")) {
            return CreateTableParser.createForeignTable(c);
        }
        if (c.acceptKeywords("schema")) {
            return createSchema(c);
        }
        if (c.peekKeywords("extension") || c.peekKeywords("server") || c.peekKeywords("user", "mapping")
                || c.peekKeywords("foreign", "data", "wrapper")) {
            return noOp(c, "CREATE");
        }
        return unsupportedObject(c, "CREATE");
    }

    static Plan alter(TokenCursor c) {
        c.expectKeywords("alter");
        if (c.acceptKeywords("table")) {
            return AlterTableParser.parse(c, false);
        }
        if (c.acceptKeywords("foreign", "table")) {
            return AlterTableParser.parse(c, true);
        }
        if (c.peekKeywords("extension") || c.peekKeywords("server") || c.peekKeywords("user", "mapping")
                || c.peekKeywords("foreign", "data", "wrapper")) {
            return noOp(c, "ALTER");
        }
        return unsupportedObject(c, "ALTER");
    }

    static Plan drop(TokenCursor c) {
        c.expectKeywords("drop");
        if (c.acceptKeywords("table")) {
            return dropTables(c, false);
        }
        if (c.acceptKeywords("foreign", "table")) {
            return dropTables(c, true);
        }
        if (c.acceptKeywords("schema")) {
            return dropSchema(c);
        }
        if (c.peekKeywords("extension") || c.peekKeywords("server") || c.peekKeywords("user", "mapping")
                || c.peekKeywords("foreign", "data", "wrapper")) {
            return noOp(c, "DROP");
        }
        return unsupportedObject(c, "DROP");
    }

    /** {@code IMPORT FOREIGN SCHEMA remote [LIMIT TO|EXCEPT (...)] FROM SERVER s INTO local [OPTIONS (...)]}. */
    static Plan importForeignSchema(TokenCursor c) {
        c.expectKeywords("import", "foreign", "schema");
        String remote = c.expectName();
        if (c.acceptKeywords("limit", "to") || c.acceptKeywords("except")) {
            c.skipParenthesized();
        }
        c.expectKeywords("from", "server");
        String server = c.expectName();
        c.expectKeywords("into");
        String local = c.expectName();
        if (c.acceptKeywords("options")) {
            OptionLists.fdwOptions(c);
        }
        c.expectEnd();
        return new ImportForeignSchema(remote, server, local);
    }

    /** GRANT / REVOKE: a no-op for pg_kalam's {@code kalam_exec} grants, otherwise unsupported. */
    static Plan grantOrRevoke(TokenCursor c) {
        String command = c.next().value().toUpperCase(Locale.ROOT);
        for (Token t : c.tokens()) {
            if (t.isKeyword("kalam_exec")) {
                return new NoOp(command);
            }
        }
        return new Unsupported(command, command + " is not supported: KalamDB has no PostgreSQL roles;"
                + " privileges come from the KalamDB account the connection logs in with");
    }

    private static Plan createSchema(TokenCursor c) {
        boolean ifNotExists = c.acceptKeywords("if", "not", "exists");
        Token nameToken;
        if (c.acceptKeywords("authorization")) {
            nameToken = c.peek();
            c.expectName();
        } else {
            nameToken = c.peek();
            c.expectName();
            if (c.acceptKeywords("authorization")) {
                c.expectName();
            }
        }
        if (!c.atEnd()) {
            throw SqlDialectException.notSupported("CREATE SCHEMA with schema elements is not supported;"
                    + " create the tables with separate statements");
        }
        return new CreateSchema(DdlNames.check(nameToken, "namespace"), ifNotExists);
    }

    private static Plan dropTables(TokenCursor c, boolean foreign) {
        boolean ifExists = c.acceptKeywords("if", "exists");
        List<QualifiedName> tables = new ArrayList<>();
        do {
            tables.add(CreateTableParser.ddlName(c));
        } while (c.acceptSymbol(","));
        boolean cascade = c.acceptKeywords("cascade");
        if (!cascade) {
            c.acceptKeywords("restrict");
        }
        c.expectEnd();
        return new DropTables(tables, ifExists, foreign, cascade);
    }

    private static Plan dropSchema(TokenCursor c) {
        boolean ifExists = c.acceptKeywords("if", "exists");
        List<String> names = new ArrayList<>();
        do {
            Token t = c.peek();
            c.expectName();
            names.add(DdlNames.check(t, "namespace"));
        } while (c.acceptSymbol(","));
        boolean cascade = c.acceptKeywords("cascade");
        if (!cascade) {
            c.acceptKeywords("restrict");
        }
        c.expectEnd();
        return new DropSchema(names, ifExists, cascade);
    }

    /** The command words (e.g. {@code CREATE EXTENSION}) of a statement accepted without effect. */
    private static Plan noOp(TokenCursor c, String verb) {
        return new NoOp(verb + " " + objectWords(c));
    }

    private static Plan unsupportedObject(TokenCursor c, String verb) {
        Token t = c.peek();
        if (t == null || !t.isName()) {
            throw c.error("syntax error");
        }
        String command = verb + " " + objectWords(c);
        String reason = switch (t.value()) {
            case "index", "unique" -> command + " is not supported: KalamDB tables have no secondary indexes";
            case "sequence" -> command + " is not supported: use a BIGINT column with DEFAULT SNOWFLAKE_ID()";
            default -> command + " is not supported by KalamDB";
        };
        return new Unsupported(command, reason);
    }

    /** One or two upper-case words naming the object kind, e.g. {@code EXTENSION}, {@code USER MAPPING}. */
    private static String objectWords(TokenCursor c) {
        Token first = c.peek();
        Token second = c.peek(1);
        String one = first == null ? "" : first.text().toUpperCase(Locale.ROOT);
        boolean twoWords = second != null && switch (first.value()) {
            case "user" -> second.isKeyword("mapping");
            case "foreign", "materialized", "event", "text", "access", "unique" -> true;
            default -> false;
        };
        if (twoWords) {
            String two = one + " " + second.text().toUpperCase(Locale.ROOT);
            Token third = c.peek(2);
            if (first.value().equals("foreign") && second.isKeyword("data") && third != null) {
                return two + " " + third.text().toUpperCase(Locale.ROOT);
            }
            return two;
        }
        return one;
    }
}
