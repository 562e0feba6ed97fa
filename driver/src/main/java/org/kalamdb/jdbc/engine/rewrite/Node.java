package org.kalamdb.jdbc.engine.rewrite;

import java.util.List;

/**
 * A unit of a statement being rewritten: a token, or a composite that a rewrite made of fixed
 * text and operand node lists. Composites keep their operands as nodes so that later passes still
 * rewrite inside them ({@code (doc->>'n')::int} becomes a cast whose operand is then rewritten).
 */
sealed interface Node {

    /** Whether whitespace (or a comment) stood before this node in the source. */
    boolean spaceBefore();

    Node withSpaceBefore(boolean space);

    /** A token of the source statement. */
    record Leaf(TokenKind kind, String text, boolean spaceBefore) implements Node {

        boolean is(TokenKind k) {
            return kind == k;
        }

        boolean isWord(String word) {
            return kind == TokenKind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isOperator(String op) {
            return kind == TokenKind.OPERATOR && text.equals(op);
        }

        String lower() {
            return text.toLowerCase(java.util.Locale.ROOT);
        }

        /** The value of a string literal leaf. */
        String stringValue() {
            return new Token(kind, text, 0).stringValue();
        }

        @Override
        public Node withSpaceBefore(boolean space) {
            return new Leaf(kind, text, space);
        }
    }

    /**
     * Rewritten text: each part is either a String (emitted as is) or a {@code List<Node>}
     * (an operand, emitted as its nodes).
     */
    record Composite(List<Object> parts, boolean spaceBefore) implements Node {

        public Composite {
            parts = List.copyOf(parts);
        }

        @Override
        public Node withSpaceBefore(boolean space) {
            return new Composite(parts, space);
        }
    }
}
