package org.kalamdb.jdbc.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What the differential tests share, once per test run: a PostgreSQL loaded with the
 * {@link DifferentialDataset}, and an engine session over the same rows in memory. When
 * PostgreSQL cannot be had, {@link #unavailable()} says why and the tests are skipped with that
 * message (the one skip these tests allow). JUnit closes it (an AutoCloseable in the root store)
 * at the end of the run.
 */
final class DifferentialFixture implements AutoCloseable {

    static final long SEED = 20_240_601L;

    private final PostgresServer server;
    private final Connection pg;
    private final EngineSession engine;
    private final String unavailable;

    private DifferentialFixture(PostgresServer server, Connection pg, EngineSession engine, String unavailable) {
        this.server = server;
        this.pg = pg;
        this.engine = engine;
        this.unavailable = unavailable;
    }

    private static DifferentialFixture create() {
        DifferentialDataset data = new DifferentialDataset(SEED);
        EngineSession engine = QueryEngine.instance().openSession(data.toSource(), DifferentialDataset.NAMESPACE);
        Optional<PostgresServer> server = PostgresServer.start();
        if (server.isEmpty()) {
            String why = PostgresServer.unavailableReason();
            System.err.println("SKIPPED differential tests against PostgreSQL: " + why);
            return new DifferentialFixture(null, null, engine, why);
        }
        try {
            Connection pg = server.get().connect();
            data.loadInto(pg);
            try (Statement s = pg.createStatement()) {
                s.execute("SET search_path TO " + DifferentialDataset.NAMESPACE);
                s.execute("SET TimeZone TO 'UTC'");
                s.execute("SET extra_float_digits TO 3");
            }
            return new DifferentialFixture(server.get(), pg, engine, null);
        } catch (SQLException e) {
            throw new IllegalStateException("loading the dataset into PostgreSQL failed", e);
        }
    }

    /** Why PostgreSQL is unavailable, or null when it is there. */
    String unavailable() {
        return unavailable;
    }

    EngineSession engine() {
        return engine;
    }

    /** Runs {@code sql} on PostgreSQL with these parameters. */
    PgResult postgres(String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return PgResult.read(rs);
            }
        } catch (SQLException e) {
            // Leave the connection usable for the next query (autocommit, but be sure).
            if (!pg.getAutoCommit()) {
                pg.rollback();
            }
            throw e;
        }
    }

    /** Runs a DML statement with RETURNING on PostgreSQL in a transaction that is rolled back. */
    PgResult postgresRolledBack(String sql) throws SQLException {
        pg.setAutoCommit(false);
        try (Statement s = pg.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return PgResult.read(rs);
        } finally {
            pg.rollback();
            pg.setAutoCommit(true);
        }
    }

    @Override
    public void close() throws Exception {
        engine.close();
        if (pg != null) {
            pg.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Gives test classes the run's one fixture, in their {@code @BeforeAll} methods. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
            return p.getParameter().getType() == DifferentialFixture.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext c) {
            return c.getRoot().getStore(ExtensionContext.Namespace.create(DifferentialFixture.class))
                    .getOrComputeIfAbsent("fixture", k -> create(), DifferentialFixture.class);
        }
    }
}
