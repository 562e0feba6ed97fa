package org.kalamdb.jdbc.conformance;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The whole suite against a real KalamDB server: runs only when {@code KALAM_TEST_URL} is set (with
 * {@code KALAM_TEST_USER} / {@code KALAM_TEST_PASSWORD} for a DBA account). This condition is the
 * suite's only skip.
 */
@EnabledIfEnvironmentVariable(named = "KALAM_TEST_URL", matches = ".+")
@DisplayName("conformance: KALAM_TEST_URL")
class RemoteConformanceTest extends ConformanceRun {

    private static final KalamTarget TARGET = KalamTarget.fromEnvironment();

    @Override
    protected KalamTarget target() {
        return TARGET;
    }
}
