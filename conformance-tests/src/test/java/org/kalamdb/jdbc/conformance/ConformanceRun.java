package org.kalamdb.jdbc.conformance;

import org.junit.jupiter.api.Nested;

/**
 * Every suite of the conformance suite, bound to one target. A runner extends this class and says
 * which server it talks to; JUnit discovers the inherited {@code @Nested} suites (Trino's
 * one-abstract-suite, several-servers pattern).
 */
abstract class ConformanceRun {

    /** The server every suite of this run talks to. */
    protected abstract KalamTarget target();

    @Nested
    class Driver extends DriverSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class Tenants extends TenantSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class Ddl extends DdlSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class Reads extends ReadSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class Writes extends WriteSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class Transactions extends TransactionSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class Functions extends FunctionSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class Statements extends StatementSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class ErrorsAndStates extends ErrorSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class PgKalamDocs extends PgKalamDocsSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class Queries extends QuerySuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class QueryIsolation extends QueryIsolationSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }

    @Nested
    class ComputedWrites extends ComputedWriteSuite {
        @Override
        protected KalamTarget target() {
            return ConformanceRun.this.target();
        }
    }
}
