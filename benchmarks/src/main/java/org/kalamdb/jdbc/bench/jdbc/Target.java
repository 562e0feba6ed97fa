package org.kalamdb.jdbc.bench.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The drivers compared, each with the URL of its database. The two KalamDB sides use this
 * project's driver; PostgreSQL uses pgjdbc 42.7.14 with {@code reWriteBatchedInserts=true}.
 * The URLs of the servers that run outside the benchmark JVM come from environment variables
 * (which JMH's forked JVMs inherit), set by {@code benchmarks/run.sh}.
 */
public enum Target {

    /** This driver with the server in Java in the same JVM ({@code jdbc:kalam:mem:}). */
    KALAM_MEM,
    /** This driver over loopback gRPC to the standalone server in Java (another process). */
    KALAM_GRPC,
    /** pgjdbc on PostgreSQL from the Debian package, over loopback TCP. */
    PGJDBC;

    public static final String GRPC_URL_ENV = "KALAM_BENCH_GRPC_URL";
    public static final String PG_URL_ENV = "KALAM_BENCH_PG_URL";
    /** The in-process database every benchmark of one JVM shares. */
    public static final String MEM_URL = "jdbc:kalam:mem:bench";

    public String url() {
        return switch (this) {
            case KALAM_MEM -> MEM_URL;
            case KALAM_GRPC -> required(GRPC_URL_ENV);
            case PGJDBC -> required(PG_URL_ENV);
        };
    }

    public boolean isKalam() {
        return this != PGJDBC;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    private static String required(String env) {
        String value = System.getenv(env);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + env + " is not set: run the comparison "
                    + "through benchmarks/run.sh, which starts the servers and sets it");
        }
        return value;
    }
}
