package org.kalamdb.server.sql.ddl;

import java.util.List;

/**
 * A column type as written: its keywords upper-cased (e.g. DOUBLE PRECISION, INT UNSIGNED), the
 * raw modifiers inside its parentheses, whether it ends in {@code []}, and the dotted custom name
 * in lowercase for types that are not keywords.
 */
public record TypeSpec(List<String> words, List<String> modifiers, boolean array, boolean hasParens) {

    public TypeSpec {
        words = List.copyOf(words);
        modifiers = List.copyOf(modifiers);
    }

    public String base() {
        return words.get(0);
    }

    public boolean has(String word) {
        return words.contains(word);
    }
}
