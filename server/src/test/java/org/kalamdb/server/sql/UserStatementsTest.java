package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.kalamdb.server.catalog.PasswordHasher;
import org.kalamdb.server.catalog.UserDef;

/** server.md 8 (users and roles): CREATE/ALTER/DROP USER, role aliases, soft delete, system.users. */
class UserStatementsTest extends SqlTestSupport {

    @Test
    void createUserWithRoleAliasesAndEmail() {
        assertEquals("User 'Alice' created", message("CREATE USER Alice WITH PASSWORD 's3cret' ROLE admin EMAIL 'a@x.io'"));
        UserDef alice = catalog.user("Alice");
        assertEquals("dba", alice.role());
        assertEquals("a@x.io", alice.email());
        assertEquals("Password", alice.authType());
        assertTrue(PasswordHasher.verify("s3cret", alice.passwordHash()));
        message("CREATE USER 'bob' WITH PASSWORD 'p' ROLE analyst");
        assertEquals("service", catalog.user("bob").role());
        message("CREATE USER carol WITH PASSWORD 'p' ROLE readonly");
        assertEquals("user", catalog.user("carol").role());
        message("CREATE USER svc WITH INTERNAL ROLE system");
        assertEquals("system", catalog.user("svc").role());
        assertNull(catalog.user("svc").passwordHash());
        message("CREATE USER ext WITH OAUTH '{\"provider\":\"google\",\"subject\":\"42\"}' ROLE user");
        assertEquals("OAuth", catalog.user("ext").authType());
    }

    @Test
    void createUserErrors() {
        message("CREATE USER alice WITH PASSWORD 'p' ROLE user");
        assertError("Already exists: User 'alice' already exists", "CREATE USER alice WITH PASSWORD 'p' ROLE user");
        assertError("Invalid SQL: Invalid role 'boss'. Hint: Valid roles: dba, admin, developer, analyst, viewer, user, "
                + "service, system", "CREATE USER x WITH PASSWORD 'p' ROLE boss");
        assertError("Invalid SQL: Expected ROLE keyword. Hint: ROLE is required: ... ROLE dba",
                "CREATE USER x WITH PASSWORD 'p'");
        assertError("Invalid SQL: Expected PASSWORD, OAUTH, or INTERNAL after WITH. Hint: Valid auth types: "
                + "WITH PASSWORD 'pass', WITH OAUTH, WITH INTERNAL", "CREATE USER x WITH TOKEN 'p' ROLE user");
        assertError("Invalid operation: OAuth user requires 'subject' field",
                "CREATE USER y WITH OAUTH '{\"provider\":\"g\"}' ROLE user");
    }

    @Test
    void alterUser() {
        message("CREATE USER alice WITH PASSWORD 'old' ROLE user");
        assertEquals("User 'alice' updated", message("ALTER USER alice SET PASSWORD 'new'"));
        assertTrue(PasswordHasher.verify("new", catalog.user("alice").passwordHash()));
        message("ALTER USER alice SET ROLE developer");
        assertEquals("service", catalog.user("alice").role());
        message("ALTER USER alice SET EMAIL 'alice@x.io'");
        assertEquals("alice@x.io", catalog.user("alice").email());
        // The SQL identity is a DBA, and a DBA may not grant the system role.
        assertError("Unauthorized: DBA cannot grant System role", "ALTER USER alice SET ROLE system");
        assertError("Not found: User 'nobody' not found", "ALTER USER nobody SET EMAIL 'x'");
    }

    @Test
    void dropUserIsASoftDelete() {
        message("CREATE USER alice WITH PASSWORD 'p' ROLE user");
        assertEquals("User 'alice' dropped (soft delete)", message("DROP USER alice"));
        assertNotNull(catalog.user("alice").deletedAtMicros());
        assertError("Already exists: User 'alice' already exists", "CREATE USER alice WITH PASSWORD 'p' ROLE user");
        assertEquals("User 'zed' does not exist (skipped)", message("DROP USER IF EXISTS zed"));
        assertError("Not found: User 'zed' not found", "DROP USER zed");
        ResultTable users = query("SELECT user_id, role, auth_type, storage_mode, deleted_at IS NOT NULL FROM system.users");
        assertEquals(List.of(List.of("alice", "user", "Password", "table", true)), rows(users));
    }
}
