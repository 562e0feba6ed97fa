package org.kalamdb.jdbc.conformance;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The whole suite against a real KalamDB server: runs only when {@code KALAM_TEST_URL} is set (with
 * {@code KALAM_TEST_USER} / {@code KALAM_TEST_PASSWORD} for a DBA account). This condition is the
 * suite's only skip.
 */
@EnabledIfEnvironmentVariable(named = "KALAM_TEST_URL", matches = ".+")
@DisplayName("conformance: KALAM_TEST_URL")
class RemoteConformanceTest {

    private static final KalamTarget TARGET = KalamTarget.fromEnvironment();

    @Nested
    class Driver extends DriverSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Tenants extends TenantSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Ddl extends DdlSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Reads extends ReadSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Writes extends WriteSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Transactions extends TransactionSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Functions extends FunctionSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }

    @Nested
    class Statements extends StatementSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }

    @Nested
    class ErrorsAndStates extends ErrorSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }

    @Nested
    class PgKalamDocs extends PgKalamDocsSuite {
        @Override
        protected KalamTarget target() {
            return TARGET;
        }
    }
}
