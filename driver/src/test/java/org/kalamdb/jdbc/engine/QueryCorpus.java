package org.kalamdb.jdbc.engine;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.engine.rewrite.SqlTokenizer;
import org.kalamdb.jdbc.engine.rewrite.Token;
import org.kalamdb.jdbc.engine.rewrite.TokenKind;

/**
 * The differential query corpus, read from a resource: statements end with {@code ;} at the end
 * of a line; a {@code -- params: 1, 'text', 2.5, true, null} line gives the parameters of the
 * next statement; other {@code --} lines are comments.
 */
final class QueryCorpus {

    /** One corpus query: its 1-based line, text and parameter values. */
    record Query(int line, String sql, List<Object> params) {

        /** Whether the outermost query has an ORDER BY, so row order must match too. */
        boolean ordered() {
            int depth = 0;
            Token previous = null;
            for (Token t : SqlTokenizer.tokenize(sql)) {
                if (t.kind() == TokenKind.SPACE) {
                    continue;
                }
                if (t.kind() == TokenKind.LEFT_PAREN) {
                    depth++;
                } else if (t.kind() == TokenKind.RIGHT_PAREN) {
                    depth--;
                } else if (depth == 0 && previous != null && previous.isWord("order") && t.isWord("by")) {
                    return true;
                }
                previous = t;
            }
            return false;
        }

        /**
         * The text for pgjdbc, which reads every {@code ?} as a placeholder: the JSON key-exists
         * operator is written {@code ??} there.
         */
        String postgresSql() {
            List<Token> tokens = SqlTokenizer.tokenize(sql);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.kind() == TokenKind.PARAMETER && t.text().equals("?") && nextIsString(tokens, i)) {
                    out.append("??");
                } else {
                    out.append(sql, t.start(), i + 1 < tokens.size() ? tokens.get(i + 1).start() : sql.length());
                }
            }
            return out.toString();
        }

        private static boolean nextIsString(List<Token> tokens, int i) {
            for (int j = i + 1; j < tokens.size(); j++) {
                if (tokens.get(j).kind() != TokenKind.SPACE) {
                    return tokens.get(j).kind() == TokenKind.STRING;
                }
            }
            return false;
        }
    }

    private QueryCorpus() {
    }

    static List<Query> load(String resource) throws IOException {
        String text;
        try (InputStream in = QueryCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Query> queries = new ArrayList<>();
        List<Object> params = List.of();
        StringBuilder current = new StringBuilder();
        int start = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (current.length() == 0) {
                if (trimmed.startsWith("-- params:")) {
                    params = parseParams(trimmed.substring("-- params:".length()));
                    continue;
                }
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                start = i + 1;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().trim();
                queries.add(new Query(start, sql.substring(0, sql.length() - 1).trim(), params));
                current.setLength(0);
                params = List.of();
            }
        }
        return queries;
    }

    private static List<Object> parseParams(String list) {
        List<Object> values = new ArrayList<>();
        for (Token t : SqlTokenizer.tokenize(list)) {
            switch (t.kind()) {
                case STRING -> values.add(t.stringValue());
                case NUMBER -> values.add(t.text().contains(".") ? new BigDecimal(t.text())
                        : Long.parseLong(t.text()) <= Integer.MAX_VALUE ? (Object) Integer.parseInt(t.text())
                        : (Object) Long.parseLong(t.text()));
                case WORD -> values.add(t.isWord("null") ? null : Boolean.parseBoolean(t.lower()));
                default -> {
                }
            }
        }
        return values;
    }
}
