package org.kalamdb.jdbc.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads a PEM value that is either inline text (contains {@code -----BEGIN}) or a file path. */
final class PemSource {

    private PemSource() {}

    /**
     * @param value the property value
     * @param property the property name, for the error text
     */
    static byte[] read(String value, String property) {
        if (TlsConfig.isInlinePem(value)) {
            return value.getBytes(StandardCharsets.US_ASCII);
        }
        try {
            return Files.readAllBytes(Path.of(value.trim()));
        } catch (IOException | InvalidPathException e) {
            throw TransportException.invalidConfiguration(
                    property + ": failed reading PEM file '" + value.trim() + "': " + e);
        }
    }
}
