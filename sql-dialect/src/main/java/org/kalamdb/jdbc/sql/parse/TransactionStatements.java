package org.kalamdb.jdbc.sql.parse;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.plan.Begin;
import org.kalamdb.jdbc.sql.plan.Commit;
import org.kalamdb.jdbc.sql.plan.IsolationLevel;
import org.kalamdb.jdbc.sql.plan.Plan;
import org.kalamdb.jdbc.sql.plan.ReleaseSavepoint;
import org.kalamdb.jdbc.sql.plan.Rollback;
import org.kalamdb.jdbc.sql.plan.RollbackToSavepoint;
import org.kalamdb.jdbc.sql.plan.Savepoint;
import org.kalamdb.jdbc.sql.plan.Unsupported;

/**
 * BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE and the two-phase
 * forms, as PostgreSQL spells them.
 */
final class TransactionStatements {

    private TransactionStatements() {
    }

    /** The cursor is at the first keyword, which the caller has identified. */
    static Plan parse(TokenCursor c) {
        String first = c.next().value();
        return switch (first) {
            case "begin" -> {
                c.acceptKeywords("work");
                c.acceptKeywords("transaction");
                yield begin(c);
            }
            case "start" -> {
                c.expectKeywords("transaction");
                yield begin(c);
            }
            case "commit", "end" -> {
                if (first.equals("commit") && c.acceptKeywords("prepared")) {
                    yield twoPhase("COMMIT PREPARED");
                }
                workOrTransaction(c);
                noChain(c);
                c.expectEnd();
                yield new Commit();
            }
            case "rollback", "abort" -> rollback(c, first);
            case "savepoint" -> {
                String name = c.expectName();
                c.expectEnd();
                yield new Savepoint(name);
            }
            case "release" -> {
                c.acceptKeywords("savepoint");
                String name = c.expectName();
                c.expectEnd();
                yield new ReleaseSavepoint(name);
            }
            case "prepare" -> {
                c.expectKeywords("transaction");
                yield twoPhase("PREPARE TRANSACTION");
            }
            default -> throw new IllegalStateException("not a transaction statement: " + first);
        };
    }

    private static Plan rollback(TokenCursor c, String first) {
        if (first.equals("rollback") && c.acceptKeywords("prepared")) {
            return twoPhase("ROLLBACK PREPARED");
        }
        workOrTransaction(c);
        if (first.equals("rollback") && c.acceptKeywords("to")) {
            c.acceptKeywords("savepoint");
            String name = c.expectName();
            c.expectEnd();
            return new RollbackToSavepoint(name);
        }
        noChain(c);
        c.expectEnd();
        return new Rollback();
    }

    private static void workOrTransaction(TokenCursor c) {
        if (!c.acceptKeywords("work")) {
            c.acceptKeywords("transaction");
        }
    }

    private static void noChain(TokenCursor c) {
        if (c.acceptKeywords("and", "no", "chain")) {
            return;
        }
        if (c.peekKeywords("and", "chain")) {
            throw SqlDialectException.notSupported("AND CHAIN is not supported");
        }
    }

    private static Plan twoPhase(String command) {
        return new Unsupported(command, "two-phase commit (" + command + ") is not supported by KalamDB");
    }

    private static Begin begin(TokenCursor c) {
        IsolationLevel isolation = null;
        Boolean readOnly = null;
        while (!c.atEnd()) {
            if (c.acceptKeywords("isolation", "level")) {
                isolation = isolationLevel(c);
            } else if (c.acceptKeywords("read", "only")) {
                readOnly = true;
            } else if (c.acceptKeywords("read", "write")) {
                readOnly = false;
            } else if (c.acceptKeywords("not", "deferrable") || c.acceptKeywords("deferrable")) {
                // only meaningful for SERIALIZABLE READ ONLY; nothing to do
            } else {
                throw c.error("syntax error");
            }
            c.acceptSymbol(","); // modes are separated by commas or, as PostgreSQL also accepts, by spaces
        }
        return new Begin(isolation, readOnly);
    }

    static IsolationLevel isolationLevel(TokenCursor c) {
        if (c.acceptKeywords("serializable")) {
            return IsolationLevel.SERIALIZABLE;
        }
        if (c.acceptKeywords("repeatable", "read")) {
            return IsolationLevel.REPEATABLE_READ;
        }
        if (c.acceptKeywords("read", "committed")) {
            return IsolationLevel.READ_COMMITTED;
        }
        if (c.acceptKeywords("read", "uncommitted")) {
            return IsolationLevel.READ_UNCOMMITTED;
        }
        throw c.error("syntax error");
    }
}
