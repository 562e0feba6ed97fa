package org.kalamdb.server.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PEM value given either inline (it contains {@code -----BEGIN}) or as a file path, the rule the
 * real server's {@code [rpc_tls]} settings follow (protocol.md 9).
 */
public record PemSource(String value) {

    public PemSource {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("PEM value must not be empty");
        }
    }

    public boolean isInline() {
        return value.contains("-----BEGIN");
    }

    /** The PEM bytes, read from the file when the value is a path. */
    public byte[] bytes() {
        if (isInline()) {
            return value.getBytes(StandardCharsets.US_ASCII);
        }
        try {
            return Files.readAllBytes(Path.of(value.trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PEM file " + value.trim(), e);
        }
    }

    @Override
    public String toString() {
        return isInline() ? "PemSource[inline]" : "PemSource[" + value.trim() + "]";
    }
}
