package org.kalamdb.jdbc.conformance;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The whole suite against the in-process server of {@code jdbc:kalam:mem:}. */
@DisplayName("conformance: jdbc:kalam:mem:")
class InMemoryConformanceTest {

    private static final KalamTarget TARGET = KalamTarget.inMemory();

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
