package org.kalamdb.server.catalog;

/** A namespace (server.md 1): lowercase id, creation time in µs, options JSON text. */
public record NamespaceDef(String name, long createdAtMicros, String optionsJson) {
}
