package org.kalamdb.jdbc.engine.calcite;

import java.sql.SQLException;

/**
 * Carries a {@link SQLException} from a {@link org.kalamdb.jdbc.engine.TableSource} through
 * Calcite's enumerators, which cannot throw checked exceptions; the engine unwraps it so the
 * caller sees the source's own exception.
 */
public final class ScanFailure extends RuntimeException {

    public ScanFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
