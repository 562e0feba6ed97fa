package org.kalamdb.jdbc.engine.rewrite;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.engine.rewrite.Node.Leaf;

/**
 * A type name in a cast, read from the nodes: one word or a PostgreSQL multi-word name
 * ({@code double precision}, {@code character varying}, {@code timestamp with time zone}) with
 * optional modifiers ({@code (10, 2)}).
 *
 * @param name the name in lowercase, words separated by single spaces
 * @param args the modifiers' texts
 * @param end  the index of the type name's last node
 * @param text the type as written, for names this class does not map
 */
record TypeName(String name, List<String> args, int end, String text) {

    /** Whether {@link CastTypes} knows this name. */
    boolean known() {
        return CastTypes.toEngine(name, args) != null;
    }

    /** The engine's spelling, or the text as written for an unknown name. */
    String engineSpelling() {
        String mapped = CastTypes.toEngine(name, args);
        return mapped != null ? mapped : text;
    }

    /** Reads a type name starting at {@code i}; null when there is none. */
    static TypeName parse(List<Node> nodes, int i) {
        if (i >= nodes.size() || !(nodes.get(i) instanceof Leaf first)
                || !(first.is(TokenKind.WORD) || first.is(TokenKind.QUOTED_IDENTIFIER))) {
            return null;
        }
        StringBuilder text = new StringBuilder(first.text());
        String name = first.is(TokenKind.WORD) ? first.lower() : first.text();
        int j = i;
        if (name.equals("double") && word(nodes, j + 1, "precision")) {
            name = "double precision";
            text.append(" precision");
            j++;
        } else if ((name.equals("character") || name.equals("char")) && word(nodes, j + 1, "varying")) {
            name = "character varying";
            text.append(" varying");
            j++;
        }
        List<String> args = new ArrayList<>();
        if (j + 1 < nodes.size() && PostgresRewriter.isLeaf(nodes.get(j + 1), TokenKind.LEFT_PAREN)) {
            int close = PostgresRewriter.matchClose(nodes, j + 1);
            StringBuilder arg = new StringBuilder();
            for (int k = j + 2; k < close; k++) {
                if (!(nodes.get(k) instanceof Leaf l)) {
                    return null;
                }
                if (l.is(TokenKind.COMMA)) {
                    args.add(arg.toString());
                    arg.setLength(0);
                } else {
                    arg.append(l.text());
                }
            }
            args.add(arg.toString());
            text.append('(').append(String.join(", ", args)).append(')');
            j = close;
        }
        if ((name.equals("timestamp") || name.equals("time")) && (word(nodes, j + 1, "with") || word(nodes, j + 1, "without"))
                && word(nodes, j + 2, "time") && word(nodes, j + 3, "zone")) {
            boolean with = word(nodes, j + 1, "with");
            name = name + (with ? " with time zone" : " without time zone");
            text.append(with ? " with time zone" : " without time zone");
            j += 3;
        }
        if (name.startsWith("timestamp") || name.startsWith("time")) {
            args = List.of(); // fractional-second precision: the engine keeps milliseconds
        }
        return new TypeName(name, List.copyOf(args), j, text.toString());
    }

    private static boolean word(List<Node> nodes, int i, String w) {
        return i < nodes.size() && nodes.get(i) instanceof Leaf l && l.isWord(w);
    }
}
