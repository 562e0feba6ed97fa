/** Implementation: PostgreSQL's lexical rules (strings, dollar quotes, comments, placeholders). */
package org.kalamdb.jdbc.sql.lex;
