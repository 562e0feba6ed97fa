package org.kalamdb.jdbc.sql.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.lex.SqlLexer;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;

/**
 * A possibly schema-qualified object name, folded as PostgreSQL folds identifiers. The PostgreSQL
 * schema is the KalamDB namespace.
 *
 * @param schema the schema (namespace) as written, or null: the connection's current schema
 * @param name   the object name
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** This name with the schema filled in from {@code currentSchema} when none was written. */
    public QualifiedName resolve(String currentSchema) {
        return schema != null ? this : new QualifiedName(currentSchema, name);
    }

    /** The namespace: the written schema, else {@code currentSchema}. */
    public String namespaceOr(String currentSchema) {
        return schema != null ? schema : currentSchema;
    }

    /**
     * Parses {@code name}, {@code schema.name}, {@code "Quoted"."Name"} with PostgreSQL folding;
     * a catalog part ({@code db.schema.name}) is dropped.
     *
     * @throws SqlDialectException 42601 when the text is not a dotted name
     */
    public static QualifiedName parse(String text) {
        List<String> parts = new ArrayList<>();
        boolean expectName = true;
        for (Token t : SqlLexer.tokenize(text)) {
            if (expectName && t.isName()) {
                parts.add(t.value());
                expectName = false;
            } else if (!expectName && t.kind() == TokenKind.PUNCTUATION && t.value().equals(".")) {
                expectName = true;
            } else {
                throw SqlDialectException.syntax("invalid name syntax", t.text(), t.start());
            }
        }
        if (parts.isEmpty() || expectName) {
            throw SqlDialectException.syntax("invalid name syntax", text, 0);
        }
        int n = parts.size();
        return n == 1 ? of(parts.get(0)) : of(parts.get(n - 2), parts.get(n - 1));
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
