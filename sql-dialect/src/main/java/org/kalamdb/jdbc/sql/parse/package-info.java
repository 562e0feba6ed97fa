/**
 * Implementation: statement parsers. Session, transaction and DDL statements are parsed by hand
 * from tokens; queries and writes go through JSqlParser and are translated into plans.
 */
package org.kalamdb.jdbc.sql.parse;
