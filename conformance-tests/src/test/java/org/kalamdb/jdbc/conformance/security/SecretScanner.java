package org.kalamdb.jdbc.conformance.security;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The secrets of a test and every form in which they could leak (plain, and the Basic header's
 * base64 of {@code user:password}); checks texts for any of them and reports where one was found.
 */
final class SecretScanner {

    private final Set<String> secrets = new LinkedHashSet<>();
    private final List<String> findings = new ArrayList<>();

    SecretScanner secret(String value) {
        secrets.add(value);
        return this;
    }

    /** The password, and the Basic header value the driver derives from the account. */
    SecretScanner account(String user, String password) {
        secret(password);
        secret(Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Checks {@code text}, found at {@code where}. */
    void scan(String where, Object text) {
        String s = String.valueOf(text);
        for (String secret : secrets) {
            if (s.contains(secret)) {
                findings.add(where + " contains a secret (" + secret.length() + " chars): " + abbreviate(s, secret));
            }
        }
    }

    /** Checks a throwable's whole printed stack trace (causes and suppressed included). */
    void scanThrowable(String where, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        scan(where, trace);
    }

    void assertClean() {
        if (!findings.isEmpty()) {
            fail(findings.size() + " leak(s):\n" + String.join("\n", findings));
        }
    }

    // Shows the context of a leak without printing the secret itself in the report.
    private static String abbreviate(String text, String secret) {
        int at = text.indexOf(secret);
        int from = Math.max(0, at - 80);
        int to = Math.min(text.length(), at + secret.length() + 40);
        return text.substring(from, to).replace(secret, "<SECRET>").replace('\n', ' ');
    }
}
