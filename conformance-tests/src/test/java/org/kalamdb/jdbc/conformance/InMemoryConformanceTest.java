package org.kalamdb.jdbc.conformance;

import org.junit.jupiter.api.DisplayName;

/** The whole suite against the in-process server of {@code jdbc:kalam:mem:}. */
@DisplayName("conformance: jdbc:kalam:mem:")
class InMemoryConformanceTest extends ConformanceRun {

    private static final KalamTarget TARGET = KalamTarget.inMemory();

    @Override
    protected KalamTarget target() {
        return TARGET;
    }
}
