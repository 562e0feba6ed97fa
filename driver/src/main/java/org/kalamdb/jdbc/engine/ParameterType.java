package org.kalamdb.jdbc.engine;

import java.util.Objects;

import org.kalamdb.jdbc.types.KalamType;

/**
 * The type the engine inferred for one bind parameter from its context ({@code id = ?} makes it
 * the type of {@code id}); a parameter whose context tells nothing is TEXT, as PostgreSQL's
 * "unknown" is. Values bound to it are converted to this type.
 */
public record ParameterType(KalamType type, int precision, int scale) {

    public ParameterType {
        Objects.requireNonNull(type, "type");
    }
}
