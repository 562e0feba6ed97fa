package org.kalamdb.server.sql.ddl;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.PasswordHasher;
import org.kalamdb.server.catalog.UserDef;
import org.kalamdb.server.sql.SqlErrors;
import org.kalamdb.server.sql.StatementResult;
import org.kalamdb.server.sql.lex.SqlLexer;
import org.kalamdb.server.sql.lex.SqlSyntaxException;
import org.kalamdb.server.sql.lex.Token;
import org.kalamdb.server.sql.lex.TokenCursor;
import org.kalamdb.server.sql.lex.TokenKind;

/**
 * CREATE USER, ALTER USER and DROP USER (server.md 8; user_commands.rs and the user handlers),
 * run as the DBA identity. Tokens after a complete statement are ignored, as upstream.
 */
public final class UserCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog;
    private final String actorRole;

    public UserCommands(Catalog catalog, String actorRole) {
        this.catalog = catalog;
        this.actorRole = actorRole;
    }

    public StatementResult create(String sql) {
        TokenCursor c = cursor(sql);
        expect(c, "CREATE", "Expected CREATE", "Syntax: CREATE USER username WITH PASSWORD 'pass' ROLE role");
        expect(c, "USER", "Expected USER after CREATE", "Syntax: CREATE USER username WITH PASSWORD 'pass' ROLE role");
        String username = identifier(c.next(), "Expected username after CREATE USER",
                "Username can be unquoted (alice) or quoted ('alice')");
        expect(c, "WITH", "Expected WITH after username", "Syntax: CREATE USER username WITH PASSWORD|OAUTH|INTERNAL ...");
        Token auth = c.next();
        String authType;
        String secret = null;
        if (auth.isWord("PASSWORD")) {
            authType = "Password";
            secret = identifier(c.next(), "Expected password value after PASSWORD",
                    "Password must be quoted: WITH PASSWORD 'secret'");
        } else if (auth.isWord("OAUTH")) {
            authType = "OAuth";
            if (c.peek().kind() == TokenKind.STRING) {
                secret = c.next().text();
            }
        } else if (auth.isWord("INTERNAL")) {
            authType = "Internal";
        } else {
            throw error("Expected PASSWORD, OAUTH, or INTERNAL after WITH",
                    "Valid auth types: WITH PASSWORD 'pass', WITH OAUTH, WITH INTERNAL");
        }
        expect(c, "ROLE", "Expected ROLE keyword", "ROLE is required: ... ROLE dba");
        String role = role(identifier(c.next(), "Expected role name after ROLE",
                "Valid roles: dba, admin, developer, service, user, system"));
        String email = null;
        if (c.acceptWords("EMAIL")) {
            email = identifier(c.next(), "Expected email address after EMAIL",
                    "Email must be quoted: EMAIL 'user@example.com'");
        }
        if (catalog.user(username) != null) {
            throw SqlErrors.alreadyExists("User '" + username + "' already exists");
        }
        String hash = null;
        if (authType.equals("Password")) {
            hash = PasswordHasher.hash(secret);
        } else if (authType.equals("OAuth")) {
            validateOauth(secret);
        }
        long now = System.currentTimeMillis() * 1000;
        catalog.createUser(new UserDef(username, hash, role, email, authType, now, now, null));
        return new StatementResult.Message("User '" + username + "' created");
    }

    public StatementResult alter(String sql) {
        TokenCursor c = cursor(sql);
        String hint = "Syntax: ALTER USER username SET PASSWORD|ROLE|EMAIL ...";
        expect(c, "ALTER", "Expected ALTER", hint);
        expect(c, "USER", "Expected USER after ALTER", hint);
        String username = identifier(c.next(), "Expected username after ALTER USER",
                "Username can be unquoted (root) or quoted ('root')");
        expect(c, "SET", "Expected SET after username", hint);
        Token what = c.next();
        UserDef existing;
        long now = System.currentTimeMillis() * 1000;
        if (what.isWord("PASSWORD")) {
            String password = identifier(c.next(), "Expected password value after SET PASSWORD",
                    "Password must be quoted: SET PASSWORD 'newsecret'");
            existing = require(username);
            catalog.putUser(new UserDef(existing.userId(), PasswordHasher.hash(password), existing.role(),
                    existing.email(), existing.authType(), existing.createdAtMicros(), now, existing.deletedAtMicros()));
        } else if (what.isWord("ROLE")) {
            String role = role(identifier(c.next(), "Expected role name after SET ROLE",
                    "Valid roles: dba, admin, developer, service, user, system"));
            existing = require(username);
            if (actorRole.equals("dba") && role.equals("system")) {
                throw SqlErrors.unauthorized("DBA cannot grant System role");
            }
            catalog.putUser(new UserDef(existing.userId(), existing.passwordHash(), role, existing.email(),
                    existing.authType(), existing.createdAtMicros(), now, existing.deletedAtMicros()));
        } else if (what.isWord("EMAIL")) {
            String email = identifier(c.next(), "Expected email address after SET EMAIL",
                    "Email must be quoted: SET EMAIL 'user@example.com'");
            existing = require(username);
            catalog.putUser(new UserDef(existing.userId(), existing.passwordHash(), existing.role(), email,
                    existing.authType(), existing.createdAtMicros(), now, existing.deletedAtMicros()));
        } else {
            throw error("Expected PASSWORD, ROLE, or EMAIL after SET",
                    "Valid modifications: SET PASSWORD 'pass', SET ROLE admin, SET EMAIL 'x@y.com'");
        }
        return new StatementResult.Message("User '" + username + "' updated");
    }

    /** Soft delete: sets deleted_at; the account stays listed in system.users. */
    public StatementResult drop(String sql) {
        TokenCursor c = cursor(sql);
        String hint = "Syntax: DROP USER [IF EXISTS] username";
        expect(c, "DROP", "Expected DROP", hint);
        expect(c, "USER", "Expected USER after DROP", hint);
        boolean ifExists = false;
        if (c.acceptWords("IF")) {
            expect(c, "EXISTS", "Expected EXISTS after IF", "Syntax: DROP USER IF EXISTS username");
            ifExists = true;
        }
        String username = identifier(c.next(), "Expected username", "Username can be unquoted (alice) or quoted ('alice')");
        UserDef existing = catalog.user(username);
        if (existing == null) {
            if (ifExists) {
                return new StatementResult.Message("User '" + username + "' does not exist (skipped)");
            }
            throw SqlErrors.notFound("User '" + username + "' not found");
        }
        long now = System.currentTimeMillis() * 1000;
        catalog.putUser(new UserDef(existing.userId(), existing.passwordHash(), existing.role(), existing.email(),
                existing.authType(), existing.createdAtMicros(), existing.updatedAtMicros(), now));
        return new StatementResult.Message("User '" + username + "' dropped (soft delete)");
    }

    /** Role aliases: dba|admin, developer|analyst|service, viewer|readonly|user, system. */
    static String role(String written) {
        return switch (written.toLowerCase(Locale.ROOT)) {
            case "dba", "admin" -> "dba";
            case "developer", "analyst", "service" -> "service";
            case "viewer", "readonly", "user" -> "user";
            case "system" -> "system";
            default -> throw error("Invalid role '" + written + "'",
                    "Valid roles: dba, admin, developer, analyst, viewer, user, service, system");
        };
    }

    private UserDef require(String username) {
        UserDef existing = catalog.user(username);
        if (existing == null) {
            throw SqlErrors.notFound("User '" + username + "' not found");
        }
        return existing;
    }

    private static void validateOauth(String payload) {
        if (payload == null) {
            throw SqlErrors.invalidOperation("OAuth user requires JSON payload with provider and subject");
        }
        JsonNode json;
        try {
            json = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw SqlErrors.invalidOperation("Invalid OAuth JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.path("provider").isTextual()) {
            throw SqlErrors.invalidOperation("OAuth user requires 'provider' field");
        }
        if (!json.path("subject").isTextual()) {
            throw SqlErrors.invalidOperation("OAuth user requires 'subject' field");
        }
    }

    private static TokenCursor cursor(String sql) {
        try {
            List<Token> tokens = SqlLexer.tokenize(sql);
            return new TokenCursor(tokens);
        } catch (SqlSyntaxException e) {
            throw new SqlSyntaxException("Tokenization error: " + e.getMessage());
        }
    }

    private static void expect(TokenCursor c, String keyword, String message, String hint) {
        if (!c.next().isWord(keyword)) {
            throw error(message, hint);
        }
    }

    /** Word, 'string' or "quoted": its value. */
    private static String identifier(Token t, String message, String hint) {
        if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.STRING || t.kind() == TokenKind.QUOTED_IDENT) {
            return t.text();
        }
        throw error(message, hint);
    }

    private static SqlSyntaxException error(String message, String hint) {
        return new SqlSyntaxException(message + ". Hint: " + hint);
    }
}
