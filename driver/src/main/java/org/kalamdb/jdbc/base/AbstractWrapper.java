package org.kalamdb.jdbc.base;

import java.sql.SQLException;
import java.sql.Wrapper;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;

/** {@link Wrapper} for every JDBC object of this driver: it unwraps only to what it is. */
public abstract class AbstractWrapper implements Wrapper {

    @Override
    public final <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface != null && iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw Errors.create(SqlStates.GENERAL_ERROR,
                getClass().getSimpleName() + " does not implement " + (iface == null ? "null" : iface.getName()));
    }

    @Override
    public final boolean isWrapperFor(Class<?> iface) {
        return iface != null && iface.isInstance(this);
    }
}
