package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.UserDef;

/** system.users (persisted; user.rs), in ordinal order with the model's stable column ids. */
public final class UsersView implements SystemView {

    private static final List<ViewColumn> COLUMNS = List.of(
            ViewColumn.of("user_id", KalamType.TEXT, false, "User identifier (UUID)").asKey().withId(1),
            ViewColumn.of("password_hash", KalamType.TEXT, false, "bcrypt password hash").withId(3),
            ViewColumn.of("role", KalamType.TEXT, false, "User role: user, service, dba, system").withId(4),
            ViewColumn.of("email", KalamType.TEXT, true, "User email address").withId(5),
            ViewColumn.of("auth_type", KalamType.TEXT, false, "Authentication type: Password, OAuth, ApiKey").withId(6),
            ViewColumn.of("auth_data", KalamType.JSON, true, "Authentication data (JSON for OAuth provider/subject)").withId(7),
            ViewColumn.of("storage_mode", KalamType.TEXT, false, "Preferred storage partitioning mode").withId(8),
            ViewColumn.of("storage_id", KalamType.TEXT, true, "Optional preferred storage configuration ID").withId(9),
            ViewColumn.of("failed_login_attempts", KalamType.INT, false, "Number of consecutive failed login attempts").withId(14),
            ViewColumn.of("locked_until", KalamType.TIMESTAMP, true, "Account lockout expiry timestamp").withId(15),
            ViewColumn.of("last_login_at", KalamType.TIMESTAMP, true, "Last successful login timestamp").withId(16),
            ViewColumn.of("created_at", KalamType.TIMESTAMP, false, "Account creation timestamp").withId(10),
            ViewColumn.of("updated_at", KalamType.TIMESTAMP, false, "Last account update timestamp").withId(11),
            ViewColumn.of("last_seen", KalamType.TIMESTAMP, true, "Last authentication timestamp").withId(12),
            ViewColumn.of("deleted_at", KalamType.TIMESTAMP, true, "Soft delete timestamp").withId(13));

    @Override
    public String name() {
        return "users";
    }

    @Override
    public String comment() {
        return "System users for authentication and authorization";
    }

    @Override
    public boolean persisted() {
        return true;
    }

    @Override
    public List<ViewColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(SystemContext context) {
        List<Object[]> rows = new ArrayList<>();
        for (UserDef u : context.catalog().users()) {
            rows.add(new Object[] {u.userId(), u.passwordHash() == null ? "" : u.passwordHash(), u.role(), u.email(),
                u.authType(), null, "table", null, 0, null, null, u.createdAtMicros(), u.updatedAtMicros(), null,
                u.deletedAtMicros()});
        }
        return rows;
    }
}
