package org.kalamdb.server.sql.query;

import java.util.List;
import java.util.Locale;

import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;

import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.server.sql.EngineError;

/**
 * The scalar functions this engine evaluates: KalamDB's (SNOWFLAKE_ID, UUID_V7, ULID,
 * CURRENT_USER/CURRENT_ROLE, rewritten upstream to KDB_CURRENT_USER()/KDB_CURRENT_ROLE()) and
 * a few common DataFusion ones (now, lower, upper, length, abs, coalesce, concat, trim, round).
 */
final class ScalarFunctions {

    private final EvalContext context;

    ScalarFunctions(EvalContext context) {
        this.context = context;
    }

    /** Bare CURRENT_USER / CURRENT_ROLE parse as column references. */
    Compiled keywordColumn(Column c) {
        if (c.getTable() != null && c.getTable().getName() != null) {
            return null;
        }
        String name = c.getColumnName();
        if (name.equalsIgnoreCase("current_user")) {
            return currentUser();
        }
        if (name.equalsIgnoreCase("current_role")) {
            return currentRole();
        }
        return null;
    }

    Compiled timeKeyword(String keyword) {
        String k = keyword.toUpperCase(Locale.ROOT);
        if (k.startsWith("CURRENT_TIMESTAMP") || k.startsWith("LOCALTIMESTAMP") || k.equals("NOW")) {
            return now();
        }
        if (k.startsWith("CURRENT_DATE")) {
            int days = (int) Math.floorDiv(context.statementEpochNanos(), 86_400_000_000_000L);
            return Compiled.computed(row -> days, ArrowType.DATE32, true, "current_date()");
        }
        throw EngineError.notImplemented("Unsupported SQL keyword " + keyword);
    }

    Compiled call(Function f, List<Compiled> args) {
        String name = f.getName().toLowerCase(Locale.ROOT);
        if (Aggregates.isAggregate(name)) {
            throw new AggregateInScalarContext(name);
        }
        String display = name + "(" + String.join(", ", args.stream().map(Compiled::display).toList()) + ")";
        switch (name) {
            case "snowflake_id":
                arity(name, args, 0);
                return Compiled.computed(row -> IdGenerators.snowflakeFunction(), ArrowType.INT64, true, display);
            case "uuid_v7":
                arity(name, args, 0);
                return Compiled.computed(row -> IdGenerators.uuidV7(), ArrowType.UTF8, true, display);
            case "ulid":
                arity(name, args, 0);
                return Compiled.computed(row -> IdGenerators.ulid(), ArrowType.UTF8, true, display);
            case "current_user", "current_user_id", "kdb_current_user":
                arity(name, args, 0);
                return currentUser();
            case "current_role", "kdb_current_role":
                arity(name, args, 0);
                return currentRole();
            case "now", "current_timestamp":
                arity(name, args, 0);
                return now();
            case "lower", "upper":
                arity(name, args, 1);
                boolean lower = name.equals("lower");
                return unary(args.get(0), ArrowType.UTF8, display, v -> {
                    String s = ValueCasts.toText(v);
                    return lower ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
                });
            case "length", "char_length", "character_length":
                arity(name, args, 1);
                return unary(args.get(0), ArrowType.INT32, display, v -> ValueCasts.toText(v).codePointCount(0,
                        ValueCasts.toText(v).length()));
            case "trim", "btrim":
                arity(name, args, 1);
                return unary(args.get(0), ArrowType.UTF8, display, v -> ValueCasts.toText(v).strip());
            case "abs":
                arity(name, args, 1);
                return unary(args.get(0), args.get(0).type(), display, v -> SqlOps.compareNumbers((Number) v, 0L) < 0
                        ? SqlOps.arithmetic("-", 0L, (Number) v) : v);
            case "round":
                return round(args, display);
            case "coalesce":
                return coalesce(args, display);
            case "concat":
                return Compiled.computed(row -> {
                    StringBuilder sb = new StringBuilder();
                    for (Compiled a : args) {
                        Object v = a.eval().eval(row);
                        if (v != null) {
                            sb.append(ValueCasts.toText(v));
                        }
                    }
                    return sb.toString();
                }, ArrowType.UTF8, false, display);
            default:
                throw new EngineError("Error during planning: Invalid function '" + name + "'.");
        }
    }

    private Compiled currentUser() {
        String user = context.identity().userId();
        return Compiled.computed(row -> user, ArrowType.UTF8, true, "kdb_current_user()");
    }

    private Compiled currentRole() {
        String role = context.identity().role();
        return Compiled.computed(row -> role, ArrowType.UTF8, true, "kdb_current_role()");
    }

    private Compiled now() {
        long nanos = context.statementEpochNanos();
        return Compiled.computed(row -> nanos, ArrowTypes.TIMESTAMP_NANOS_UTC, false, "now()");
    }

    private static Compiled unary(Compiled arg, ArrowType type, String display, java.util.function.Function<Object, Object> f) {
        return Compiled.computed(row -> {
            Object v = arg.eval().eval(row);
            return v == null ? null : f.apply(v);
        }, type, true, display);
    }

    private static Compiled round(List<Compiled> args, String display) {
        if (args.isEmpty() || args.size() > 2) {
            throw new EngineError("Error during planning: round expects 1 or 2 arguments");
        }
        Compiled value = args.get(0);
        Compiled places = args.size() == 2 ? args.get(1) : null;
        return Compiled.computed(row -> {
            Object v = value.eval().eval(row);
            if (v == null) {
                return null;
            }
            int digits = places == null ? 0 : ((Number) places.eval().eval(row)).intValue();
            return new java.math.BigDecimal(((Number) v).doubleValue())
                    .setScale(digits, java.math.RoundingMode.HALF_UP).doubleValue();
        }, ArrowType.FLOAT64, true, display);
    }

    private static Compiled coalesce(List<Compiled> args, String display) {
        ArrowType type = ArrowTypes.NULL;
        for (Compiled a : args) {
            if (!(a.type() instanceof ArrowType.Null)) {
                type = a.type();
                break;
            }
        }
        return Compiled.computed(row -> {
            for (Compiled a : args) {
                Object v = a.eval().eval(row);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }, type, true, display);
    }

    private static void arity(String name, List<Compiled> args, int expected) {
        if (args.size() != expected) {
            throw new EngineError("Error during planning: Function '" + name + "' expects " + expected
                    + " arguments but received " + args.size());
        }
    }
}
