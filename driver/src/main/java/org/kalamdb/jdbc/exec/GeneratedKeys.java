package org.kalamdb.jdbc.exec;

import java.util.List;

/** Which generated keys an INSERT should report (Statement.RETURN_GENERATED_KEYS and friends). */
public sealed interface GeneratedKeys {

    None NONE = new None();
    PrimaryKey PRIMARY_KEY = new PrimaryKey();

    /** No keys asked for. */
    record None() implements GeneratedKeys {
    }

    /** RETURN_GENERATED_KEYS: the primary-key column of the inserted rows. */
    record PrimaryKey() implements GeneratedKeys {
    }

    /** Named columns (lower-cased unless quoted by the caller). */
    record Columns(List<String> names) implements GeneratedKeys {
        public Columns {
            names = List.copyOf(names);
        }
    }

    /** Columns by 1-based position in the table. */
    record Indexes(List<Integer> indexes) implements GeneratedKeys {
        public Indexes {
            indexes = List.copyOf(indexes);
        }
    }
}
