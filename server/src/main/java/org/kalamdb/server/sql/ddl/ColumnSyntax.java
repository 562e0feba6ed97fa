package org.kalamdb.server.sql.ddl;

import java.util.List;

import org.kalamdb.server.sql.lex.Token;

/** A column definition as written in CREATE TABLE or ALTER TABLE ADD/MODIFY COLUMN, before validation. */
public record ColumnSyntax(Token nameToken, TypeSpec type, List<Option> options) {

    public ColumnSyntax {
        options = List.copyOf(options);
    }

    /** The identifier's value (quotes removed, case kept), as sqlparser's Ident.value. */
    public String name() {
        return nameToken.text();
    }

    /** One column option, in the order written. */
    public sealed interface Option permits PrimaryKey, NotNull, Nullable, Default, Identity, Comment {
    }

    public record PrimaryKey() implements Option {
    }

    public record NotNull() implements Option {
    }

    public record Nullable() implements Option {
    }

    /** DEFAULT followed by the expression's tokens. */
    public record Default(List<Token> expression) implements Option {
        public Default {
            expression = List.copyOf(expression);
        }
    }

    /** GENERATED ... AS IDENTITY (and the text-replaced AUTO_INCREMENT): DEFAULT SNOWFLAKE_ID(). */
    public record Identity() implements Option {
    }

    public record Comment(String text) implements Option {
    }
}
