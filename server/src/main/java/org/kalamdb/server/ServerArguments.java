package org.kalamdb.server;

import java.util.Arrays;
import java.util.List;

import org.kalamdb.server.tls.PemSource;
import org.kalamdb.server.tls.TlsSettings;

/** The {@code serve} command line, turned into a {@link ServerConfig}. */
final class ServerArguments {

    static final String USAGE = String.join("\n",
            "usage: serve --port <p> [--host 127.0.0.1] [--auth-token <t>] [--user <name>:<password>:<role>]...",
            "             [--idle-prune-ms <ms>] [--lease-ms <ms>] [--transaction-timeout-s <s>]",
            "             [--tls-cert <pem> --tls-key <pem> [--tls-ca <pem> [--require-client-cert]]]",
            "PEM values are file paths or inline PEM text. Without --auth-token/--user: no authentication.");

    private ServerArguments() {
    }

    /** @throws IllegalArgumentException with a message fit for the user */
    static ServerConfig parse(String[] args) {
        List<String> a = Arrays.asList(args);
        int i = !a.isEmpty() && a.get(0).equals("serve") ? 1 : 0;
        ServerConfig.Builder config = ServerConfig.builder();
        boolean portGiven = false;
        String cert = null;
        String key = null;
        String ca = null;
        boolean requireClientCert = false;
        for (; i < a.size(); i++) {
            String option = a.get(i);
            switch (option) {
                case "--port" -> {
                    config.port(integer(option, value(a, ++i, option)));
                    portGiven = true;
                }
                case "--host" -> config.host(value(a, ++i, option));
                case "--auth-token" -> config.authToken(value(a, ++i, option));
                case "--user" -> config.user(value(a, ++i, option));
                case "--idle-prune-ms" -> config.idlePruneMs(number(option, value(a, ++i, option)));
                case "--lease-ms" -> config.leaseMs(number(option, value(a, ++i, option)));
                case "--transaction-timeout-s" -> config.transactionTimeoutSeconds(integer(option, value(a, ++i, option)));
                case "--tls-cert" -> cert = value(a, ++i, option);
                case "--tls-key" -> key = value(a, ++i, option);
                case "--tls-ca" -> ca = value(a, ++i, option);
                case "--require-client-cert" -> requireClientCert = true;
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        if (!portGiven) {
            throw new IllegalArgumentException("--port is required (0 picks a free port)");
        }
        if (cert != null || key != null || ca != null || requireClientCert) {
            if (cert == null || key == null) {
                throw new IllegalArgumentException("TLS needs both --tls-cert and --tls-key");
            }
            if (requireClientCert && ca == null) {
                throw new IllegalArgumentException("--require-client-cert needs --tls-ca");
            }
            config.tls(new TlsSettings(new PemSource(cert), new PemSource(key), ca == null ? null : new PemSource(ca),
                    requireClientCert));
        }
        return config.build();
    }

    private static String value(List<String> a, int i, String option) {
        if (i >= a.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return a.get(i);
    }

    private static long number(String option, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + v + "'");
        }
    }

    private static int integer(String option, String v) {
        long n = number(option, v);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " is out of range: " + v);
        }
        return (int) n;
    }
}
