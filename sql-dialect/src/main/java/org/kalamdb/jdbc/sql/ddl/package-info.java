/** Implementation: pg_kalam's DDL rules — type mapping, names, column defaults. */
package org.kalamdb.jdbc.sql.ddl;
