package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.sql.expr.EvaluationContext;
import org.kalamdb.jdbc.util.DriverInfo;
import org.kalamdb.jdbc.util.SnowflakeIdGenerator;
import org.kalamdb.jdbc.util.TimeOrderedIds;

/**
 * The functions of pg_kalam and of the PostgreSQL session that the expression evaluator does not
 * know by itself (extension.md 5.2): {@code kalam_exec(text)}, {@code kalam_version()},
 * {@code kalam_compiled_mode()} (always {@code remote}), {@code kalam_user_id()},
 * {@code kalam_user_id_guc_name()}, {@code snowflake_id()} with the server's layout (D4),
 * {@code uuid_v7()}, {@code ulid()}, {@code current_setting(name)}, {@code current_schema()},
 * {@code current_database()}, {@code current_user}, {@code version()}. {@code now()} is the
 * transaction's start time, as in PostgreSQL.
 */
final class SessionFunctions implements EvaluationContext {

    private final ExecutionContext context;
    private final OffsetDateTime statementTime = OffsetDateTime.now(ZoneOffset.UTC);

    SessionFunctions(ExecutionContext context) {
        this.context = context;
    }

    @Override
    public OffsetDateTime now() {
        return context.session().now(statementTime);
    }

    @Override
    public long nextSnowflakeId() {
        return SnowflakeIdGenerator.shared().nextId();
    }

    @Override
    public Object call(String name, List<Object> args) {
        try {
            return callChecked(name, args);
        } catch (SQLException e) {
            throw new ExecutionContext.SqlExceptionCarrier(e);
        }
    }

    private Object callChecked(String name, List<Object> args) throws SQLException {
        switch (name) {
            case "kalam_exec" -> {
                requireArgs(name, args, 1);
                if (args.get(0) == null) {
                    return null;
                }
                return KalamExec.run(context, String.valueOf(args.get(0)));
            }
            case "kalam_version" -> {
                requireArgs(name, args, 0);
                return DriverInfo.version();
            }
            case "kalam_compiled_mode" -> {
                requireArgs(name, args, 0);
                return "remote";
            }
            case "kalam_user_id" -> {
                requireArgs(name, args, 0);
                return context.session().tenant().userId();
            }
            case "kalam_user_id_guc_name" -> {
                requireArgs(name, args, 0);
                return "kalam.user_id";
            }
            case "uuid_v7" -> {
                requireArgs(name, args, 0);
                return TimeOrderedIds.uuidV7().toString();
            }
            case "ulid" -> {
                requireArgs(name, args, 0);
                return TimeOrderedIds.ulid();
            }
            case "current_setting" -> {
                if (args.isEmpty() || args.size() > 2) {
                    throw EvaluationContext.undefinedFunction(name, args);
                }
                boolean missingOk = args.size() == 2 && Boolean.TRUE.equals(args.get(1));
                return setting(String.valueOf(args.get(0)), missingOk);
            }
            case "current_schema" -> {
                requireArgs(name, args, 0);
                return context.session().namespace();
            }
            case "current_database", "current_catalog" -> {
                requireArgs(name, args, 0);
                return "kalam";
            }
            case "current_user", "session_user", "user", "current_role" -> {
                requireArgs(name, args, 0);
                String user = context.settings().loginUser();
                return user == null ? "pg-extension" : user;
            }
            case "version" -> {
                requireArgs(name, args, 0);
                return "KalamDB (remote, through kalam-jdbc " + DriverInfo.version() + ")";
            }
            default -> throw EvaluationContext.undefinedFunction(name, args);
        }
    }

    /** current_setting(name): kalam.user_id, search_path, and the settings SET remembered. */
    String setting(String name, boolean missingOk) throws SQLException {
        String key = name.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "kalam.user_id" -> {
                return context.session().tenant().userId();
            }
            case "search_path" -> {
                return context.session().namespace();
            }
            case "transaction_read_only", "default_transaction_read_only" -> {
                return context.settings().readOnly() ? "on" : "off";
            }
            default -> {
                String v = context.settings().ignored(key);
                if (v == null && !missingOk) {
                    throw Errors.create("42704", "unrecognized configuration parameter \"" + name + "\"");
                }
                return v;
            }
        }
    }

    private static void requireArgs(String name, List<Object> args, int count) {
        if (args.size() != count) {
            throw EvaluationContext.undefinedFunction(name, args);
        }
    }

}
