package org.kalamdb.jdbc.engine.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.engine.rewrite.Node.Composite;
import org.kalamdb.jdbc.engine.rewrite.Node.Leaf;

/**
 * Turns PostgreSQL-dialect SQL into SQL the engine's parser (Calcite's core parser) reads, for
 * the PostgreSQL syntax that parser lacks:
 * <ul>
 *   <li>{@code expr::type} casts, and PostgreSQL type names in casts ({@code text}, {@code int8},
 *       {@code jsonb}, ...);</li>
 *   <li>the JSON operators of KalamDB (server.md section 6): {@code a -> b} becomes
 *       {@code json_get_json(a, b)}, {@code a ->> b} {@code json_as_text(a, b)} and {@code a ? b}
 *       {@code json_contains(a, b)}; a {@code ?} followed by a string literal (or pgjdbc's
 *       {@code ??} escape) is that operator, any other {@code ?} a bind parameter;</li>
 *   <li>{@code $n} parameters, respelled {@code ?} with a map back to n;</li>
 *   <li>{@code E'...'} and dollar-quoted literals, respelled as standard literals;</li>
 *   <li>{@code INTERVAL '2 days'}, {@code now()}, {@code date_trunc('unit', x)},
 *       {@code trunc(...)}, and {@code COALESCE} as the CASE Calcite plans correctly;</li>
 *   <li>LIKE patterns with PostgreSQL's default backslash escape.</li>
 * </ul>
 * Operands are found by PostgreSQL's precedence: {@code ::} binds to the primary on its left;
 * the JSON operators take the primaries on either side, left-associatively.
 */
public final class PostgresRewriter {

    /** Words that may stand before {@code (} without being a function name. */
    private static final Set<String> NOT_FUNCTIONS = Set.of(
            "and", "or", "not", "in", "exists", "where", "on", "select", "when", "then", "else", "as", "from",
            "join", "by", "having", "values", "using", "any", "all", "some", "set", "like", "ilike", "is",
            "between", "union", "intersect", "except", "with", "over", "filter", "within", "lateral", "case",
            "into", "limit", "offset", "returning", "distinct", "group", "order", "partition", "rows", "range");

    /**
     * Words Calcite reserves that PostgreSQL applications often use as names: column names, and
     * KalamDB's namespace {@code system}.
     */
    private static final Set<String> KEYWORD_NAMES = Set.of("day", "month", "year", "hour", "minute", "second",
            "week", "quarter", "date", "time", "timestamp", "value", "result", "running", "language", "start", "size",
            "percent", "system", "dec");

    private static final Set<String> TYPED_LITERAL_PREFIXES = Set.of("date", "time", "timestamp", "interval");

    private static final Pattern INTERVAL_TEXT = Pattern.compile(
            "\\s*([-+]?\\d+)\\s*(years?|mons?|months?|weeks?|days?|hours?|mins?|minutes?|secs?|seconds?)\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> DATE_TRUNC_UNITS = Set.of(
            "second", "minute", "hour", "day", "week", "month", "quarter", "year");

    private int questionMarks;
    private boolean dollarStyle;
    private final List<Integer> parameterSources = new ArrayList<>();

    private PostgresRewriter() {
    }

    /** Rewrites one statement. */
    public static RewrittenSql rewrite(String sql) {
        PostgresRewriter r = new PostgresRewriter();
        List<Node> nodes = r.toNodes(SqlTokenizer.tokenize(sql));
        nodes = r.castOperators(nodes);
        nodes = r.castTypeNames(nodes);
        nodes = r.keywordNames(nodes);
        nodes = r.jsonOperators(nodes);
        nodes = r.functionsAndLiterals(nodes);
        nodes = r.likeEscapes(nodes);
        StringBuilder out = new StringBuilder();
        render(nodes, out);
        int count = 0;
        for (int source : r.parameterSources) {
            count = Math.max(count, source);
        }
        return new RewrittenSql(out.toString().strip(), r.parameterSources, count);
    }

    // ---------------------------------------------------------------- tokens to nodes

    private List<Node> toNodes(List<Token> tokens) {
        List<Node> nodes = new ArrayList<>();
        boolean space = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case SPACE -> {
                    space = true;
                    continue;
                }
                case PARAMETER -> nodes.add(parameter(t, nextSignificant(tokens, i), space));
                case OPERATOR -> nodes.add(t.text().equals("??")
                        ? new Leaf(TokenKind.OPERATOR, "?", space)
                        : new Leaf(TokenKind.OPERATOR, t.text(), space));
                default -> nodes.add(new Leaf(t.kind(), t.text(), space));
            }
            space = false;
        }
        // One statement: a trailing semicolon is allowed, as PostgreSQL allows it.
        while (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof Leaf l && l.is(TokenKind.SEMICOLON)) {
            nodes.remove(nodes.size() - 1);
        }
        return nodes;
    }

    private static Token nextSignificant(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).kind() != TokenKind.SPACE) {
                return tokens.get(j);
            }
        }
        return null;
    }

    private Node parameter(Token t, Token next, boolean space) {
        if (t.text().equals("?")) {
            if (next != null && next.kind() == TokenKind.STRING) {
                // "doc ? 'key'": the JSON key-exists operator, never a placeholder.
                return new Leaf(TokenKind.OPERATOR, "?", space);
            }
            if (dollarStyle) {
                throw new SqlRewriteException("cannot mix ? and $n parameters in one statement");
            }
            questionMarks++;
            parameterSources.add(questionMarks);
        } else {
            if (questionMarks > 0) {
                throw new SqlRewriteException("cannot mix ? and $n parameters in one statement");
            }
            dollarStyle = true;
            int index = Integer.parseInt(t.text().substring(1));
            if (index < 1) {
                throw new SqlRewriteException("there is no parameter " + t.text());
            }
            parameterSources.add(index);
        }
        return new Leaf(TokenKind.PARAMETER, "?", space);
    }

    // ---------------------------------------------------------------- passes

    /** {@code x::type} to {@code CAST(x AS type)}, left to right so that chains nest. */
    private List<Node> castOperators(List<Node> input) {
        List<Node> nodes = descend(input, this::castOperators);
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Leaf op && op.isOperator("::"))) {
                continue;
            }
            int start = primaryStart(nodes, i - 1, "::");
            TypeName type = TypeName.parse(nodes, i + 1);
            if (type == null) {
                throw new SqlRewriteException("expected a type name after ::");
            }
            List<Node> operand = copy(nodes, start, i);
            Node replacement;
            if (type.name().equals("interval") && operand.size() == 1 && operand.get(0) instanceof Leaf s
                    && s.is(TokenKind.STRING) && intervalLiteral(s) != null) {
                replacement = new Leaf(TokenKind.WORD, intervalLiteral(s), false);
            } else {
                String engineType = type.engineSpelling();
                replacement = new Composite(List.of("CAST(", operand, " AS " + engineType + ")"), false);
            }
            replace(nodes, start, type.end(), replacement);
            i = start;
        }
        return nodes;
    }

    /** PostgreSQL type names inside {@code CAST(x AS type)}. */
    private List<Node> castTypeNames(List<Node> input) {
        List<Node> nodes = descend(input, this::castTypeNames);
        for (int i = 0; i + 1 < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Leaf w && w.isWord("cast") && isLeaf(nodes.get(i + 1), TokenKind.LEFT_PAREN))) {
                continue;
            }
            int close = matchClose(nodes, i + 1);
            int as = -1;
            int depth = 0;
            for (int j = i + 2; j < close; j++) {
                Node n = nodes.get(j);
                if (isLeaf(n, TokenKind.LEFT_PAREN)) {
                    depth++;
                } else if (isLeaf(n, TokenKind.RIGHT_PAREN)) {
                    depth--;
                } else if (depth == 0 && n instanceof Leaf l && l.isWord("as")) {
                    as = j;
                }
            }
            if (as < 0) {
                continue;
            }
            TypeName type = TypeName.parse(nodes, as + 1);
            if (type != null && type.end() == close - 1 && type.known()) {
                // A composite, so that no later pass reads the type name as a column name.
                replace(nodes, as + 1, close - 1, new Composite(List.of(type.engineSpelling()), true));
            }
        }
        return nodes;
    }

    /**
     * Column names and aliases that PostgreSQL allows but Calcite reserves ({@code day},
     * {@code value}, {@code date}, ...) are quoted, unless the word stands where it is a keyword:
     * a typed literal ({@code DATE '...'}), an interval unit, {@code EXTRACT(day FROM ...)},
     * {@code FLOOR(x TO day)}, a function call.
     */
    private List<Node> keywordNames(List<Node> input) {
        List<Node> nodes = descend(input, this::keywordNames);
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Leaf w && w.is(TokenKind.WORD) && KEYWORD_NAMES.contains(w.lower())
                    && usedAsName(nodes, i)) {
                nodes.set(i, new Leaf(TokenKind.QUOTED_IDENTIFIER, '"' + w.lower() + '"', w.spaceBefore()));
            }
        }
        return nodes;
    }

    private static boolean usedAsName(List<Node> nodes, int i) {
        Node prev = i > 0 ? nodes.get(i - 1) : null;
        Node next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
        if (prev != null && isLeaf(prev, TokenKind.DOT) || next != null && isLeaf(next, TokenKind.DOT)) {
            return true;
        }
        if (next != null && (isLeaf(next, TokenKind.LEFT_PAREN) || isLeaf(next, TokenKind.STRING))) {
            return false;
        }
        if (isWord(prev, "to") || isWord(next, "to") || isWord(next, "zone")) {
            return false;
        }
        if (isWord(next, "from") && prev != null && isLeaf(prev, TokenKind.LEFT_PAREN)) {
            return false;
        }
        return !(prev != null && isLeaf(prev, TokenKind.STRING) && i >= 2 && isWord(nodes.get(i - 2), "interval"));
    }

    private static boolean isWord(Node n, String word) {
        return n instanceof Leaf l && l.isWord(word);
    }

    /** {@code ->}, {@code ->>} and the JSON {@code ?} to the KalamDB JSON functions. */
    private List<Node> jsonOperators(List<Node> input) {
        List<Node> nodes = descend(input, this::jsonOperators);
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Leaf op && op.is(TokenKind.OPERATOR))) {
                continue;
            }
            String function = switch (op.text()) {
                case "->" -> "json_get_json";
                case "->>" -> "json_as_text";
                case "?" -> "json_contains";
                default -> null;
            };
            if (function == null) {
                continue;
            }
            int start = primaryStart(nodes, i - 1, op.text());
            int end = primaryEnd(nodes, i + 1, op.text());
            List<Node> left = copy(nodes, start, i);
            List<Node> right = copy(nodes, i + 1, end + 1);
            replace(nodes, start, end, new Composite(List.of(function + "(", left, ", ", right, ")"), false));
            i = start;
        }
        return nodes;
    }

    /** {@code INTERVAL '2 days'}, {@code now()}, {@code date_trunc('month', x)}, {@code trunc(x)}. */
    private List<Node> functionsAndLiterals(List<Node> input) {
        List<Node> nodes = descend(input, this::functionsAndLiterals);
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Leaf w && w.is(TokenKind.WORD))) {
                continue;
            }
            boolean call = i + 1 < nodes.size() && isLeaf(nodes.get(i + 1), TokenKind.LEFT_PAREN)
                    && !(i > 0 && nodes.get(i - 1) instanceof Leaf d && d.is(TokenKind.DOT));
            String word = w.lower();
            if (word.equals("interval") && i + 1 < nodes.size() && nodes.get(i + 1) instanceof Leaf s
                    && s.is(TokenKind.STRING) && intervalLiteral(s) != null && !followedByWord(nodes, i + 2)) {
                replace(nodes, i, i + 1, new Leaf(TokenKind.WORD, intervalLiteral(s), w.spaceBefore()));
            } else if (call && word.equals("now") && i + 2 < nodes.size() && isLeaf(nodes.get(i + 2), TokenKind.RIGHT_PAREN)) {
                replace(nodes, i, i + 2, new Leaf(TokenKind.WORD, "CURRENT_TIMESTAMP", w.spaceBefore()));
            } else if (call && word.equals("trunc")) {
                nodes.set(i, new Leaf(TokenKind.WORD, "TRUNCATE", w.spaceBefore()));
            } else if (call && word.equals("date_trunc")) {
                rewriteDateTrunc(nodes, i);
            } else if (call && word.equals("coalesce")) {
                rewriteCoalesce(nodes, i);
            }
        }
        return nodes;
    }

    private static boolean followedByWord(List<Node> nodes, int i) {
        return i < nodes.size() && nodes.get(i) instanceof Leaf l && l.is(TokenKind.WORD)
                && !Set.of("and", "or", "from", "where", "as", "then", "else", "end", "when", "order", "group",
                "limit", "offset", "union", "except", "intersect", "is", "not", "between", "like", "ilike", "in",
                "having").contains(l.lower());
    }

    /**
     * {@code COALESCE(a, b, ...)} to {@code CASE WHEN a IS NULL THEN ... ELSE a END}. Calcite
     * expands COALESCE into {@code CASE WHEN a IS NOT NULL THEN a ...}, and its simplifier then
     * gets a WHERE clause such as {@code COALESCE(a, 39) < 22} wrong for NULL {@code a} (it drops
     * the IS NOT NULL guard of a cast it cannot evaluate on NULL); the IS NULL form is planned
     * correctly. Arguments with parameters are left alone: repeating them would repeat a {@code ?}.
     */
    private static void rewriteCoalesce(List<Node> nodes, int i) {
        int close = matchClose(nodes, i + 1);
        List<List<Node>> args = new ArrayList<>();
        int depth = 0;
        int start = i + 2;
        for (int j = i + 2; j < close; j++) {
            Node n = nodes.get(j);
            if (isLeaf(n, TokenKind.LEFT_PAREN)) {
                depth++;
            } else if (isLeaf(n, TokenKind.RIGHT_PAREN)) {
                depth--;
            } else if (depth == 0 && isLeaf(n, TokenKind.COMMA)) {
                args.add(copy(nodes, start, j));
                start = j + 1;
            }
        }
        args.add(copy(nodes, start, close));
        if (args.size() < 2 || args.stream().anyMatch(List::isEmpty)) {
            return;
        }
        for (int k = 0; k < args.size() - 1; k++) {
            if (containsParameter(args.get(k))) {
                return;
            }
        }
        replace(nodes, i, close, coalesceCase(args, 0));
    }

    private static Node coalesceCase(List<List<Node>> args, int k) {
        List<Node> arg = args.get(k);
        if (k == args.size() - 1) {
            return new Composite(List.of("(", arg, ")"), false);
        }
        return new Composite(List.of("(CASE WHEN (", arg, ") IS NULL THEN ", List.of(coalesceCase(args, k + 1)),
                " ELSE (", arg, ") END)"), false);
    }

    private static boolean containsParameter(List<Node> nodes) {
        for (Node n : nodes) {
            if (n instanceof Leaf l && l.is(TokenKind.PARAMETER)) {
                return true;
            }
            if (n instanceof Composite c) {
                for (Object part : c.parts()) {
                    if (part instanceof List<?> operand && containsParameter(nodeList(operand))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code date_trunc('unit', x)} to {@code FLOOR(x TO UNIT)}, for the units both agree on. */
    private static void rewriteDateTrunc(List<Node> nodes, int i) {
        int close = matchClose(nodes, i + 1);
        if (close < i + 5 || !(nodes.get(i + 2) instanceof Leaf unit && unit.is(TokenKind.STRING))
                || !isLeaf(nodes.get(i + 3), TokenKind.COMMA)) {
            return;
        }
        String u = unit.stringValue().toLowerCase(Locale.ROOT);
        if (!DATE_TRUNC_UNITS.contains(u)) {
            return;
        }
        List<Node> operand = copy(nodes, i + 4, close);
        replace(nodes, i, close, new Composite(
                List.of("FLOOR(", operand, " TO " + u.toUpperCase(Locale.ROOT) + ")"), nodes.get(i).spaceBefore()));
    }

    /**
     * PostgreSQL's LIKE takes backslash as the escape character when none is given; Calcite's has
     * none. A literal pattern with a backslash gets {@code ESCAPE '\'}, with PostgreSQL's reading
     * of a backslash before an ordinary character (that character itself).
     */
    private List<Node> likeEscapes(List<Node> input) {
        List<Node> nodes = descend(input, this::likeEscapes);
        for (int i = 0; i + 1 < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Leaf w && (w.isWord("like") || w.isWord("ilike")))) {
                continue;
            }
            if (!(nodes.get(i + 1) instanceof Leaf p && p.is(TokenKind.STRING) && p.text().contains("\\"))) {
                continue;
            }
            if (i + 2 < nodes.size() && nodes.get(i + 2) instanceof Leaf e && e.isWord("escape")) {
                continue;
            }
            String pattern = normalizeBackslashes(p.stringValue());
            nodes.set(i + 1, new Leaf(TokenKind.STRING, Token.quote(pattern), p.spaceBefore()));
            nodes.add(i + 2, new Leaf(TokenKind.WORD, "ESCAPE '\\'", true));
        }
        return nodes;
    }

    private static String normalizeBackslashes(String pattern) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(++i);
                if (next == '%' || next == '_' || next == '\\') {
                    out.append('\\');
                }
                out.append(next);
            } else if (c == '\\') {
                out.append("\\\\");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code '2 days'} as {@code INTERVAL '2' DAY}; null when the text is not one number and unit. */
    private static String intervalLiteral(Leaf string) {
        Matcher m = INTERVAL_TEXT.matcher(string.stringValue());
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1).replace("+", ""));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        String sqlUnit;
        if (unit.startsWith("year")) {
            sqlUnit = "YEAR";
        } else if (unit.startsWith("mon")) {
            sqlUnit = "MONTH";
        } else if (unit.startsWith("week")) {
            n *= 7;
            sqlUnit = "DAY";
        } else if (unit.startsWith("day")) {
            sqlUnit = "DAY";
        } else if (unit.startsWith("hour")) {
            sqlUnit = "HOUR";
        } else if (unit.startsWith("min")) {
            sqlUnit = "MINUTE";
        } else {
            sqlUnit = "SECOND";
        }
        return "INTERVAL '" + n + "' " + sqlUnit;
    }

    // ---------------------------------------------------------------- operands

    /** The index of the first node of the primary expression that ends at {@code end}. */
    private static int primaryStart(List<Node> nodes, int end, String operator) {
        if (end < 0) {
            throw new SqlRewriteException("operator " + operator + " has no left operand");
        }
        Node n = nodes.get(end);
        if (n instanceof Composite) {
            return end;
        }
        Leaf leaf = (Leaf) n;
        switch (leaf.kind()) {
            case RIGHT_PAREN: {
                int open = matchOpen(nodes, end);
                if (open > 0 && isFunctionName(nodes.get(open - 1))) {
                    return qualifierStart(nodes, open - 1);
                }
                return open;
            }
            case RIGHT_BRACKET: {
                int open = end;
                while (open >= 0 && !isLeaf(nodes.get(open), TokenKind.LEFT_BRACKET)) {
                    open--;
                }
                return primaryStart(nodes, open - 1, operator);
            }
            case WORD:
                if (leaf.isWord("end")) {
                    return matchCase(nodes, end);
                }
                return qualifierStart(nodes, end);
            case QUOTED_IDENTIFIER:
                return qualifierStart(nodes, end);
            case STRING:
                if (end > 0 && nodes.get(end - 1) instanceof Leaf prefix && prefix.is(TokenKind.WORD)
                        && TYPED_LITERAL_PREFIXES.contains(prefix.lower())) {
                    return end - 1;
                }
                return end;
            case NUMBER:
            case PARAMETER:
                return end;
            default:
                throw new SqlRewriteException("operator " + operator + " has no left operand");
        }
    }

    /** The index of the last node of the primary expression that starts at {@code start}. */
    private static int primaryEnd(List<Node> nodes, int start, String operator) {
        if (start >= nodes.size()) {
            throw new SqlRewriteException("operator " + operator + " has no right operand");
        }
        Node n = nodes.get(start);
        if (n instanceof Composite) {
            return start;
        }
        Leaf leaf = (Leaf) n;
        switch (leaf.kind()) {
            case OPERATOR:
                if (leaf.isOperator("-") || leaf.isOperator("+")) {
                    return primaryEnd(nodes, start + 1, operator);
                }
                throw new SqlRewriteException("operator " + operator + " has no right operand");
            case LEFT_PAREN:
                return matchClose(nodes, start);
            case WORD:
            case QUOTED_IDENTIFIER: {
                if (leaf.isWord("case")) {
                    return matchEnd(nodes, start);
                }
                if (leaf.is(TokenKind.WORD) && TYPED_LITERAL_PREFIXES.contains(leaf.lower())
                        && start + 1 < nodes.size() && isLeaf(nodes.get(start + 1), TokenKind.STRING)) {
                    return start + 1;
                }
                int j = start;
                while (j + 2 < nodes.size() && isLeaf(nodes.get(j + 1), TokenKind.DOT) && isName(nodes.get(j + 2))) {
                    j += 2;
                }
                if (j + 1 < nodes.size() && isLeaf(nodes.get(j + 1), TokenKind.LEFT_PAREN) && isFunctionName(nodes.get(j))) {
                    return matchClose(nodes, j + 1);
                }
                return j;
            }
            case STRING:
            case NUMBER:
            case PARAMETER:
                return start;
            default:
                throw new SqlRewriteException("operator " + operator + " has no right operand");
        }
    }

    private static int qualifierStart(List<Node> nodes, int i) {
        int j = i;
        while (j - 2 >= 0 && isLeaf(nodes.get(j - 1), TokenKind.DOT) && isName(nodes.get(j - 2))) {
            j -= 2;
        }
        return j;
    }

    private static boolean isName(Node n) {
        return n instanceof Leaf l && (l.is(TokenKind.WORD) || l.is(TokenKind.QUOTED_IDENTIFIER));
    }

    private static boolean isFunctionName(Node n) {
        if (!(n instanceof Leaf l)) {
            return false;
        }
        return l.is(TokenKind.QUOTED_IDENTIFIER) || (l.is(TokenKind.WORD) && !NOT_FUNCTIONS.contains(l.lower()));
    }

    static int matchClose(List<Node> nodes, int open) {
        int depth = 0;
        for (int i = open; i < nodes.size(); i++) {
            if (isLeaf(nodes.get(i), TokenKind.LEFT_PAREN)) {
                depth++;
            } else if (isLeaf(nodes.get(i), TokenKind.RIGHT_PAREN) && --depth == 0) {
                return i;
            }
        }
        throw new SqlRewriteException("unbalanced parentheses");
    }

    private static int matchOpen(List<Node> nodes, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (isLeaf(nodes.get(i), TokenKind.RIGHT_PAREN)) {
                depth++;
            } else if (isLeaf(nodes.get(i), TokenKind.LEFT_PAREN) && --depth == 0) {
                return i;
            }
        }
        throw new SqlRewriteException("unbalanced parentheses");
    }

    private static int matchCase(List<Node> nodes, int end) {
        int depth = 0;
        for (int i = end; i >= 0; i--) {
            if (nodes.get(i) instanceof Leaf l && l.isWord("end")) {
                depth++;
            } else if (nodes.get(i) instanceof Leaf l && l.isWord("case") && --depth == 0) {
                return i;
            }
        }
        throw new SqlRewriteException("END without CASE");
    }

    private static int matchEnd(List<Node> nodes, int start) {
        int depth = 0;
        for (int i = start; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Leaf l && l.isWord("case")) {
                depth++;
            } else if (nodes.get(i) instanceof Leaf l && l.isWord("end") && --depth == 0) {
                return i;
            }
        }
        throw new SqlRewriteException("CASE without END");
    }

    static boolean isLeaf(Node n, TokenKind kind) {
        return n instanceof Leaf l && l.is(kind);
    }

    // ---------------------------------------------------------------- list helpers

    /** Applies {@code pass} inside every composite of {@code nodes}; returns a mutable copy. */
    private static List<Node> descend(List<Node> nodes, java.util.function.UnaryOperator<List<Node>> pass) {
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            if (n instanceof Composite c) {
                List<Object> parts = new ArrayList<>();
                for (Object part : c.parts()) {
                    if (part instanceof List<?> operand) {
                        parts.add(pass.apply(nodeList(operand)));
                    } else {
                        parts.add(part);
                    }
                }
                out.add(new Composite(parts, c.spaceBefore()));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private static List<Node> nodeList(List<?> operand) {
        List<Node> list = new ArrayList<>(operand.size());
        for (Object o : operand) {
            list.add((Node) o);
        }
        return list;
    }

    /** Nodes {@code from} (inclusive) to {@code to} (exclusive), the first without leading space. */
    private static List<Node> copy(List<Node> nodes, int from, int to) {
        List<Node> out = new ArrayList<>(nodes.subList(from, to));
        if (!out.isEmpty()) {
            out.set(0, out.get(0).withSpaceBefore(false));
        }
        return out;
    }

    /** Replaces nodes {@code from}..{@code to} (both inclusive) by one node keeping the leading space. */
    private static void replace(List<Node> nodes, int from, int to, Node replacement) {
        boolean space = nodes.get(from).spaceBefore();
        nodes.subList(from, to + 1).clear();
        nodes.add(from, replacement.withSpaceBefore(space));
    }

    private static void render(List<Node> nodes, StringBuilder out) {
        for (Node n : nodes) {
            if (n.spaceBefore() && out.length() > 0) {
                out.append(' ');
            }
            if (n instanceof Leaf l) {
                out.append(l.text());
            } else {
                for (Object part : ((Composite) n).parts()) {
                    if (part instanceof String s) {
                        out.append(s);
                    } else {
                        render(nodeList((List<?>) part), out);
                    }
                }
            }
        }
    }
}
