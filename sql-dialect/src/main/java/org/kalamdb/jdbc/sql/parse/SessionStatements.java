package org.kalamdb.jdbc.sql.parse;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;
import org.kalamdb.jdbc.sql.plan.NoOp;
import org.kalamdb.jdbc.sql.plan.Plan;
import org.kalamdb.jdbc.sql.plan.ResetAll;
import org.kalamdb.jdbc.sql.plan.SetIgnored;
import org.kalamdb.jdbc.sql.plan.SetSchema;
import org.kalamdb.jdbc.sql.plan.SetUserId;
import org.kalamdb.jdbc.sql.plan.Show;
import org.kalamdb.jdbc.sql.plan.ShowUserId;

/** SET, RESET, SHOW and DISCARD as PostgreSQL spells them. */
final class SessionStatements {

    static final String USER_ID = "kalam.user_id";
    private static final String SEARCH_PATH = "search_path";

    private SessionStatements() {
    }

    /** The cursor is at SET, RESET, SHOW or DISCARD. */
    static Plan parse(TokenCursor c) {
        String first = c.next().value();
        Plan plan = switch (first) {
            case "set" -> set(c);
            case "reset" -> reset(c);
            case "show" -> show(c);
            case "discard" -> discard(c);
            default -> throw new IllegalStateException("not a session statement: " + first);
        };
        c.expectEnd();
        return plan;
    }

    private static Plan set(TokenCursor c) {
        if (c.acceptKeywords("session", "authorization")) {
            return new SetIgnored("session_authorization", restOf(c));
        }
        if (c.acceptKeywords("session", "characteristics", "as", "transaction")) {
            return new SetIgnored("default_transaction", restOf(c));
        }
        boolean local = false;
        if (c.acceptKeywords("local")) {
            local = true;
        } else {
            c.acceptKeywords("session");
        }
        if (c.acceptKeywords("time", "zone")) {
            List<String> values = values(c);
            return new SetIgnored("timezone", values == null ? null : values.get(0));
        }
        if (c.acceptKeywords("schema")) {
            List<String> values = values(c);
            return new SetSchema(values == null ? null : values.get(0), local);
        }
        if (c.acceptKeywords("names")) {
            List<String> values = values(c);
            return new SetIgnored("client_encoding", values == null ? null : values.get(0));
        }
        if (c.acceptKeywords("transaction")) {
            return new SetIgnored("transaction", restOf(c));
        }
        if (c.acceptKeywords("role")) {
            return new SetIgnored("role", restOf(c));
        }
        if (c.acceptKeywords("constraints")) {
            return new SetIgnored("constraints", restOf(c));
        }
        String name = settingName(c);
        if (!c.acceptKeywords("to") && !c.acceptSymbol("=")) {
            if (c.acceptKeywords("from", "current")) {
                return new SetIgnored(name, null);
            }
            throw c.error("syntax error");
        }
        List<String> values = values(c);
        if (name.equals(USER_ID)) {
            if (values != null && values.size() > 1) {
                throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE, "SET " + USER_ID + " takes only one argument");
            }
            return new SetUserId(values == null ? null : Expr.Literal.of(values.get(0)), local, null);
        }
        if (name.equals(SEARCH_PATH)) {
            return new SetSchema(values == null ? null : firstSchema(values), local);
        }
        return new SetIgnored(name, values == null ? null : String.join(", ", values));
    }

    private static String firstSchema(List<String> searchPath) {
        for (String s : searchPath) {
            if (!s.equals("$user")) {
                return s;
            }
        }
        return searchPath.get(0);
    }

    private static Plan reset(TokenCursor c) {
        if (c.acceptKeywords("all")) {
            return new ResetAll();
        }
        if (c.acceptKeywords("time", "zone")) {
            return new SetIgnored("timezone", null);
        }
        if (c.acceptKeywords("session", "authorization")) {
            return new SetIgnored("session_authorization", null);
        }
        String name = settingName(c);
        return switch (name) {
            case USER_ID -> new SetUserId(null, false, null);
            case SEARCH_PATH -> new SetSchema(null, false);
            default -> new SetIgnored(name, null);
        };
    }

    private static Plan show(TokenCursor c) {
        if (c.acceptKeywords("all")) {
            return new Show("all");
        }
        if (c.acceptKeywords("time", "zone")) {
            return new Show("timezone");
        }
        if (c.acceptKeywords("transaction", "isolation", "level")) {
            return new Show("transaction_isolation");
        }
        if (c.acceptKeywords("session", "authorization")) {
            return new Show("session_authorization");
        }
        String name = settingName(c);
        return name.equals(USER_ID) ? new ShowUserId(USER_ID) : new Show(name);
    }

    private static Plan discard(TokenCursor c) {
        if (c.acceptKeywords("all")) {
            return new ResetAll();
        }
        if (c.acceptKeywords("plans") || c.acceptKeywords("sequences") || c.acceptKeywords("temp")
                || c.acceptKeywords("temporary")) {
            return new NoOp("DISCARD");
        }
        throw c.error("syntax error");
    }

    /** A dotted setting name such as {@code kalam.user_id}, folded. */
    private static String settingName(TokenCursor c) {
        StringBuilder sb = new StringBuilder(c.expectName());
        while (c.acceptSymbol(".")) {
            sb.append('.').append(c.expectName());
        }
        return sb.toString();
    }

    /** The comma-separated values of SET, or null for DEFAULT / LOCAL. */
    private static List<String> values(TokenCursor c) {
        if (c.acceptKeywords("default")) {
            return null;
        }
        if (c.peekKeywords("local") && c.peek(1) == null) {
            c.next(); // SET TIME ZONE LOCAL: the default
            return null;
        }
        List<String> out = new ArrayList<>();
        do {
            out.add(value(c));
        } while (c.acceptSymbol(","));
        return out;
    }

    private static String value(TokenCursor c) {
        String sign = "";
        if (c.acceptSymbol("-")) {
            sign = "-";
        } else {
            c.acceptSymbol("+");
        }
        Token t = c.peek();
        if (t == null) {
            throw c.error("syntax error");
        }
        if (t.kind() == TokenKind.NUMBER) {
            c.next();
            return sign + t.text();
        }
        if (!sign.isEmpty()) {
            throw c.error("syntax error");
        }
        if (t.kind() == TokenKind.STRING || t.isName()) {
            c.next();
            return t.value();
        }
        throw c.error("syntax error");
    }

    /** The rest of the statement as written (for settings that are only remembered). */
    private static String restOf(TokenCursor c) {
        String text = c.text(c.index(), c.tokens().size());
        c.reset(c.tokens().size());
        return text.isEmpty() ? null : text;
    }
}
