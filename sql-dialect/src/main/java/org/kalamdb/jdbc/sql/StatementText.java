package org.kalamdb.jdbc.sql;

/**
 * One statement cut out of a script by {@link SqlSplitter}.
 *
 * @param text   the statement as written, without the terminating {@code ;} and without
 *               surrounding whitespace (comments inside or before it are kept)
 * @param offset 0-based offset of {@code text} in the script
 */
public record StatementText(String text, int offset) {
}
