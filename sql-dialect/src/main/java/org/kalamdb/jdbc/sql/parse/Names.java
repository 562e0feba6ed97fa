package org.kalamdb.jdbc.sql.parse;

import java.util.List;

import net.sf.jsqlparser.schema.Table;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.lex.SqlLexer;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.TableRef;

/** PostgreSQL identifier folding for names JSqlParser hands back as written. */
final class Names {

    private Names() {
    }

    /** {@code "Quoted"} keeps its case (with {@code ""} unescaped); anything else is lower-cased. */
    static String fold(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1).replace("\"\"", "\"");
        }
        return SqlLexer.foldIdentifier(raw);
    }

    /** A JSqlParser table as a folded name (catalog part dropped). */
    static QualifiedName table(Table t) {
        List<String> parts = t.getNameParts(); // innermost first: [table, schema, catalog]
        String name = fold(parts.get(0));
        String schema = parts.size() > 1 ? fold(parts.get(1)) : null;
        return new QualifiedName(schema, name);
    }

    /** A JSqlParser table with its alias; 42601 when the statement named none. */
    static TableRef tableRef(Table t) {
        if (t == null || t.getName() == null) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "syntax error at end of input: a table name is missing");
        }
        String alias = t.getAlias() == null ? null : fold(t.getAlias().getName());
        return new TableRef(table(t), alias);
    }
}
