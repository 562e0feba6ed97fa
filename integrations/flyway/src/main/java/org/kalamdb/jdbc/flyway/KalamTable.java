package org.kalamdb.jdbc.flyway;

import java.sql.SQLException;
import org.flywaydb.core.internal.database.InsertRowLock;
import org.flywaydb.core.internal.database.base.Table;
import org.flywaydb.core.internal.jdbc.JdbcTemplate;

/**
 * A KalamDB table.
 *
 * <p>KalamDB has no table locks. Flyway only ever locks its schema history table, and this class does that with a
 * lock ROW in the history table itself, using Flyway's {@link InsertRowLock}: a row with the reserved
 * {@code installed_rank} {@value #LOCK_RANK} is inserted in autocommit; KalamDB's primary-key check lets exactly
 * one such row exist, so a second migrator retries every second until the row is gone. The holder refreshes the
 * row's {@code installed_on} in the background, and a row left by a crashed migrator expires after
 * {@link InsertRowLock#LOCK_TIMEOUT_MINS} minutes. Flyway reads history rows with {@code installed_rank > -1}, so
 * the lock row never shows up as a migration.
 */
final class KalamTable extends Table<KalamDatabase, KalamSchema> {

    /** The installed_rank {@link InsertRowLock} gives its lock row. */
    static final int LOCK_RANK = -100;

    private InsertRowLock rowLock;

    KalamTable(JdbcTemplate jdbcTemplate, KalamDatabase database, KalamSchema schema, String name) {
        super(jdbcTemplate, database, schema, name);
    }

    @Override
    protected boolean doExists() throws SQLException {
        return new NamespaceCatalog(database.getJdbcMetaData()).tableExists(schema.getName(), name);
    }

    @Override
    protected void doDrop() throws SQLException {
        jdbcTemplate.execute("DROP TABLE " + this);
    }

    @Override
    protected void doLock() throws SQLException {
        // Flyway nests lock() calls (migrate locks, then each history insert locks again): only the outermost
        // call takes the row.
        if (lockDepth > 0) {
            return;
        }
        rowLock().doLock(database.getInsertStatement(this), refreshLockStatement(), deleteExpiredLockStatement(),
                database.getBooleanTrue());
    }

    @Override
    protected void doUnlock() throws SQLException {
        if (lockDepth == 1) {
            rowLock().doUnlock(deleteLockStatement());
        }
    }

    private InsertRowLock rowLock() {
        if (rowLock == null) {
            rowLock = new InsertRowLock(jdbcTemplate);
        }
        return rowLock;
    }

    // The three templates below are filled in by InsertRowLock: '?' becomes the lock id or a UTC timestamp.

    private String refreshLockStatement() {
        return "UPDATE " + this + " SET " + column("installed_on") + " = NOW() WHERE " + lockRowOf("'?'");
    }

    private String deleteExpiredLockStatement() {
        return "DELETE FROM " + this + " WHERE " + column("installed_rank") + " = " + LOCK_RANK
                + " AND " + column("description") + " = '" + InsertRowLock.FLYWAY_LOCK_STRING + "'"
                + " AND " + column("installed_on") + " < TIMESTAMP '?'";
    }

    private String deleteLockStatement() {
        return "DELETE FROM " + this + " WHERE " + lockRowOf("'?'");
    }

    private String lockRowOf(String lockId) {
        return column("installed_rank") + " = " + LOCK_RANK + " AND " + column("version") + " = " + lockId;
    }

    private String column(String name) {
        return database.quote(name);
    }
}
