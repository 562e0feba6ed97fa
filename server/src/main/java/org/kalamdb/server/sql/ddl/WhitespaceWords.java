package org.kalamdb.server.sql.ddl;

import java.util.Arrays;
import java.util.List;

/**
 * The whitespace-token view of a statement that KalamDB's simple DDL parsers use
 * (ddl/parsing.rs): trimmed, trailing semicolons removed, split on whitespace. Quotes stay part
 * of a token.
 */
public final class WhitespaceWords {

    private WhitespaceWords() {
    }

    /** {@code sql.trim().trim_end_matches(';')}. */
    public static String trimStatement(String sql) {
        String s = sql.strip();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ';') {
            end--;
        }
        return s.substring(0, end);
    }

    public static List<String> split(String sql) {
        String s = trimStatement(sql).strip();
        if (s.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(s.split("\\s+"));
    }

    /** Rust's {@code trim_matches(c)}: strips every leading and trailing occurrence of c. */
    public static String trimMatches(String s, char c) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == c) {
            start++;
        }
        while (end > start && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * {@code parse_create_drop_statement}: the entity name after the command and an optional IF
     * clause; extra tokens after the name are ignored, as upstream.
     */
    public static NameWithFlag parseCreateDrop(String sql, String command, String ifClause) {
        List<String> tokens = split(sql);
        String[] commandParts = command.split(" ");
        String[] ifParts = ifClause.split(" ");
        if (tokens.size() < commandParts.length) {
            throw new org.kalamdb.server.sql.lex.SqlSyntaxException("Expected " + command + " statement");
        }
        for (int i = 0; i < commandParts.length; i++) {
            if (!tokens.get(i).equalsIgnoreCase(commandParts[i])) {
                throw new org.kalamdb.server.sql.lex.SqlSyntaxException("Expected " + command + " statement");
            }
        }
        boolean hasIf = false;
        if (tokens.size() > commandParts.length + ifParts.length) {
            hasIf = true;
            for (int i = 0; i < ifParts.length; i++) {
                if (!tokens.get(commandParts.length + i).equalsIgnoreCase(ifParts[i])) {
                    hasIf = false;
                    break;
                }
            }
        }
        int skip = commandParts.length + (hasIf ? ifParts.length : 0);
        if (tokens.size() <= skip) {
            throw new org.kalamdb.server.sql.lex.SqlSyntaxException("Entity name is required after " + command);
        }
        return new NameWithFlag(tokens.get(skip), hasIf);
    }

    /** A parsed entity name and whether the IF [NOT] EXISTS clause was present. */
    public record NameWithFlag(String name, boolean flag) {
    }
}
